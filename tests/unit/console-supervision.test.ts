import { homeFor, mayOpen, viewsFor } from '../../gateway/web/src/console/rules/navigation';
import { mayOpenSupervisionCase, supervisionCasePath } from '../../gateway/web/src/console/rules/supervision-nav';
import {
  compact,
  complaintOverdueText,
  complaintSteps,
  fileComplaintProblem,
  noteProblem,
  openRecordProblem,
  overdueText,
  recentPeriod,
  rectificationSteps,
  STAFF_CHANNEL_OPTIONS,
} from '../../gateway/web/src/console/rules/supervision';
import { withUnitName } from '../../gateway/web/src/console/rules/review-rows';
import type { Role } from '../../gateway/web/src/shared/roles';

const SUPERVISION_PATHS = ['/supervision/warnings', '/supervision/records', '/supervision/complaints', '/supervision/reviews', '/supervision/refusals'];
const ROLES: Role[] = ['COUNTY_ADMIN', 'COUNTY_CLERK', 'TOWNSHIP_CLERK', 'SUPERVISOR', 'VIEWER', 'SERVICE'];

describe('e-supervision navigation', () => {
  test('a supervisor gets the 电子监察 group after the overview, which stays home', () => {
    const views = viewsFor('SUPERVISOR');
    expect(views.filter((v) => v.group === '电子监察').map((v) => [v.path, v.label])).toEqual([
      ['/supervision/warnings', '预警'],
      ['/supervision/records', '督办'],
      ['/supervision/complaints', '效能投诉'],
      ['/supervision/reviews', '好差评/整改'],
      ['/supervision/refusals', '否定报备'],
      // The audit log the graph lets the efficiency office read, in the same group.
      ['/admin/audit', '操作日志'],
    ]);
    expect(homeFor('SUPERVISOR')).toMatchObject({ path: '/overview' });
    for (const p of SUPERVISION_PATHS) expect(mayOpen('SUPERVISOR', p)).toBe(true);
    expect(mayOpen('SUPERVISOR', '/my-supervision')).toBe(false);
  });

  test('only supervisors open the e-supervision views; every other role is refused', () => {
    for (const role of ROLES.filter((r) => r !== 'SUPERVISOR')) {
      for (const p of SUPERVISION_PATHS) expect([role, p, mayOpen(role, p)]).toEqual([role, p, false]);
      expect(mayOpen(role, '/supervision/cases/county/abc')).toBe(false);
    }
  });

  test('the units’ clerks get the workbench view 督办与整改; nobody else does', () => {
    for (const role of ['COUNTY_CLERK', 'TOWNSHIP_CLERK'] as const) {
      expect(viewsFor(role).at(-1)).toEqual({ path: '/my-supervision', label: '督办与整改' });
      expect(mayOpen(role, '/my-supervision')).toBe(true);
    }
    for (const role of ['COUNTY_ADMIN', 'SUPERVISOR', 'VIEWER', 'SERVICE'] as const) expect(mayOpen(role, '/my-supervision')).toBe(false);
  });

  test('supervisors open a case of either tier read-only, and only by a well-formed address', () => {
    expect(supervisionCasePath('county', 'c1')).toBe('/supervision/cases/county/c1');
    expect(mayOpen('SUPERVISOR', supervisionCasePath('county', 'c1'))).toBe(true);
    expect(mayOpen('SUPERVISOR', supervisionCasePath('township', 't1'))).toBe(true);
    expect(mayOpenSupervisionCase('SUPERVISOR', '/supervision/cases/city/c1')).toBe(false);
    expect(mayOpenSupervisionCase('SUPERVISOR', '/supervision/cases/county/c1/x')).toBe(false);
    expect(mayOpen('SUPERVISOR', '/cases/c1')).toBe(false);
  });
});

describe('e-supervision rules', () => {
  test('steps follow the graph’s allowed actions in a fixed order', () => {
    expect(complaintSteps(['DISMISS', 'START', 'EXTEND']).map((s) => s.label)).toEqual(['开始办理', '延期', '不予受理']);
    expect(complaintSteps([])).toEqual([]);
    expect(rectificationSteps(['CANNOT_RECTIFY', 'START', 'INVALIDATE']).map((s) => s.action)).toEqual(['START', 'INVALIDATE', 'CANNOT_RECTIFY']);
  });

  test('a note is checked before it is sent', () => {
    const [start, , extend, close] = complaintSteps(['START', 'REPLY', 'EXTEND', 'CLOSE']);
    expect(noteProblem(start!, '')).toBeNull();
    expect(noteProblem(close!, '  ')).toBe('请填写处理结果');
    expect(noteProblem(close!, '长'.repeat(1001))).toContain('1000');
    expect(noteProblem(extend!, '材料需外省核实', null)).toBe('请填写延期的工作日数');
    expect(noteProblem(extend!, '材料需外省核实', 3)).toBeNull();
  });

  test('a hand-opened record names its case or unit and a reason', () => {
    expect(openRecordProblem({ target: 'county', caseNumber: ' ', unitId: null, reason: 'x' })).toBe('请填写办件编号');
    expect(openRecordProblem({ target: 'unit', caseNumber: '', unitId: null, reason: 'x' })).toBe('请选择被督办单位');
    expect(openRecordProblem({ target: 'unit', caseNumber: '', unitId: 'u', reason: ' ' })).toBe('请填写督办事由');
    expect(openRecordProblem({ target: 'township', caseNumber: 'N-1', unitId: null, reason: '超期未办' })).toBeNull();
  });

  test('a complaint taken by staff: unit, name, a mobile if any, text; the web form is not a staff channel', () => {
    const ok = { unitId: 'u', name: '王五', phone: '', text: '推诿' };
    expect(fileComplaintProblem(ok)).toBeNull();
    expect(fileComplaintProblem({ ...ok, unitId: null })).toBe('请选择被投诉单位');
    expect(fileComplaintProblem({ ...ok, phone: '0839-1234567' })).toBe('手机号码应为 11 位');
    expect(fileComplaintProblem({ ...ok, text: '' })).toBe('请填写投诉内容');
    expect(STAFF_CHANNEL_OPTIONS.map((o) => o.value)).not.toContain('PUBLIC_FORM');
  });

  test('overdue cells, filters, periods and review rows', () => {
    expect(overdueText({ overdue: false, workingDaysOverdue: 0 })).toBe('—');
    expect(overdueText({ overdue: true, workingDaysOverdue: 3 })).toBe('超期 3 个工作日');
    expect(overdueText({ overdue: true, workingDaysOverdue: 0 })).toBe('已超期');
    expect(complaintOverdueText({ overdue: false, daysOverdue: 2 })).toBe('超期 2 个工作日');
    expect(compact({ a: null, b: [], c: '', d: false, e: ['X'] })).toEqual({ d: false, e: ['X'] });
    expect(recentPeriod('2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    expect(withUnitName([{ department: { name: '市监局' } }, { township: { name: '白水乡' } }]).map((r) => r.unitName)).toEqual(['市监局', '白水乡']);
  });
});
