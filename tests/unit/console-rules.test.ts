import { actionInput, actionProblem, emptyActionForm, mayExpedite, offeredActions } from '../../gateway/web/src/console/rules/actions';
import { tierOfPath, tierPaths } from '../../gateway/web/src/console/rules/tier';
import { forwardingDelayText } from '../../gateway/web/src/console/rules/case-detail';
import { searchFilter, searchProblem } from '../../gateway/web/src/console/rules/queue';
import { allowedActionNames } from '../../subgraphs/shared/cases/case-view';
import { STATUS_LABELS_ZH, canExpedite, type CaseStatus } from '../../subgraphs/shared/domain/lifecycle';
import { applicantInput, idNumberProblem, nameProblem, phoneProblem } from '../../gateway/web/src/console/rules/applicant';
import { homeFor, mayOpen, viewsFor } from '../../gateway/web/src/console/rules/navigation';
import { daysLeftText, pageOffset, queueFilter, warningText } from '../../gateway/web/src/console/rules/queue';
import { materialCopies, missingMandatoryNotice, receiveProblem } from '../../gateway/web/src/console/rules/receive';
import { creditCodeCheckChar, residentIdCheckChar } from '../../subgraphs/shared/domain/identity';

const ID17 = '51102219900307123';
const ID = ID17 + residentIdCheckChar(ID17);
const CODE17 = '91511099MA6ABCDE1';
const CODE = CODE17 + creditCodeCheckChar(CODE17);
const wrongLast = (s: string, alphabet: string) => s.slice(0, 17) + [...alphabet].find((c) => c !== s[17]);

describe('navigation by role', () => {
  test('a county clerk works the queue and receives; the queue is home', () => {
    expect(viewsFor('COUNTY_CLERK').map((v) => v.label)).toEqual(['我的办件', '收件', '督办与整改']);
    expect(homeFor('COUNTY_CLERK')).toMatchObject({ path: '/queue' });
    expect(mayOpen('COUNTY_CLERK', '/cases/abc')).toBe(true);
  });
  test('a township clerk works the township window and receives there, takes in delegated items, and follows them on 待办', () => {
    expect(viewsFor('TOWNSHIP_CLERK')).toEqual([
      { path: '/township-cases', label: '乡镇窗口' },
      { path: '/township-receive', label: '收件' },
      { path: '/intake', label: '委托受理' },
      { path: '/township', label: '待办' },
      { path: '/my-supervision', label: '督办与整改' },
    ]);
    expect(homeFor('TOWNSHIP_CLERK')).toEqual({ path: '/township-cases', label: '乡镇窗口' });
    expect(mayOpen('TOWNSHIP_CLERK', '/township-cases/abc')).toBe(true);
    expect(mayOpen('TOWNSHIP_CLERK', '/township-receive')).toBe(true);
    expect(mayOpen('TOWNSHIP_CLERK', '/intakes/abc')).toBe(true);
    expect(mayOpen('COUNTY_CLERK', '/township-cases/abc')).toBe(false);
    expect(mayOpen('COUNTY_CLERK', '/township-cases')).toBe(false);
  });
  test('supervisors and administrators land on the overview and may read the township boards; a viewer sees the overview only', () => {
    for (const role of ['SUPERVISOR', 'COUNTY_ADMIN'] as const) {
      expect(viewsFor(role).filter((v) => !v.group).map((v) => [v.path, v.label])).toEqual([
        ['/overview', '总览'],
        ['/township', '乡镇工作台'],
      ]);
      expect(homeFor(role)).toMatchObject({ path: '/overview' });
      expect(mayOpen(role, '/intakes/abc')).toBe(true);
      expect(mayOpen(role, '/intake')).toBe(false);
      expect(mayOpen(role, '/township-cases')).toBe(false);
    }
    expect(viewsFor('VIEWER')).toEqual([{ path: '/overview', label: '总览' }]);
    expect(mayOpen('VIEWER', '/township')).toBe(false);
    expect(mayOpen('VIEWER', '/intakes/abc')).toBe(false);
    for (const role of ['SUPERVISOR', 'COUNTY_ADMIN', 'VIEWER', 'TOWNSHIP_CLERK', 'COUNTY_CLERK'] as const) expect(viewsFor(role).some((v) => v.external)).toBe(false);
  });
  test('a role cannot open another role’s view by its address', () => {
    expect(mayOpen('SUPERVISOR', '/queue')).toBe(false);
    expect(mayOpen('TOWNSHIP_CLERK', '/cases/abc')).toBe(false);
    expect(mayOpen('TOWNSHIP_CLERK', '/overview')).toBe(false);
    expect(mayOpen('TOWNSHIP_CLERK', '/receive')).toBe(false);
    expect(mayOpen('COUNTY_CLERK', '/township')).toBe(false);
    expect(mayOpen('COUNTY_CLERK', '/intake')).toBe(false);
    expect(mayOpen('COUNTY_CLERK', '/intakes/abc')).toBe(false);
    expect(mayOpen('COUNTY_CLERK', '/overview')).toBe(false);
  });
});

describe('actions a case offers', () => {
  const statuses = Object.keys(STATUS_LABELS_ZH) as CaseStatus[];
  test.each(statuses)('%s: every SPEC §4.2 action its state allows (handling steps aside), nothing else', (status) => {
    const allowed = allowedActionNames(status) as Parameters<typeof offeredActions>[0];
    const offered = offeredActions(allowed).map((a) => a.action);
    expect([...offered].sort()).toEqual(allowed.filter((a) => a !== 'RECORD_STEP').sort());
    expect(mayExpedite(status as never)).toBe(canExpedite(status));
  });
  test('the states of the remaining actions', () => {
    const of = (status: string) => offeredActions(allowedActionNames(status) as never).map((a) => a.action);
    expect(of('SUPPLEMENT_REQUESTED')).toEqual(['RESUBMIT', 'WITHDRAW']);
    expect(of('IN_PROGRESS')).toEqual(expect.arrayContaining(['ENTER_SPECIAL_PROCEDURE', 'APPROVE', 'REJECT', 'WITHDRAW']));
    expect(of('SPECIAL_PROCEDURE')).toEqual(['RESUME', 'WITHDRAW']);
    expect(of('DELIVERED')).toEqual([]);
    expect(of('WITHDRAWN')).toEqual([]);
    expect(mayExpedite('RECEIVED')).toBe(true);
    expect(mayExpedite('APPROVED')).toBe(false);
  });
  test('a special procedure needs its A.7 kind and a reason, which the history note carries', () => {
    const sp = offeredActions(['ENTER_SPECIAL_PROCEDURE'])[0]!;
    const f = emptyActionForm();
    expect(actionProblem(sp, { ...f, reason: '需组织听证' })).toBe('请选择特别程序种类');
    expect(actionProblem(sp, { ...f, specialProcedureKind: 'OTHER', reason: ' ' })).toBe('请填写原因');
    expect(actionProblem(sp, { ...f, specialProcedureKind: 'OTHER', reason: '听'.repeat(300), note: '注'.repeat(250) })).toContain('合计不能超过');
    expect(actionInput({ id: 'c1', version: 4 }, sp, { ...f, specialProcedureKind: 'OTHER', reason: ' 需组织听证 ', note: '通知申请人' })).toEqual({
      id: 'c1',
      version: 4,
      action: 'ENTER_SPECIAL_PROCEDURE',
      specialProcedureKind: 'OTHER',
      note: '原因：需组织听证；通知申请人',
    });
  });
  test('a withdrawal’s reason is optional and sent only when given; resubmit and resume take nothing', () => {
    const w = offeredActions(['WITHDRAW'])[0]!;
    const f = emptyActionForm();
    expect(actionProblem(w, f)).toBeNull();
    expect(actionInput({ id: 'c1', version: 2 }, w, f)).toEqual({ id: 'c1', version: 2, action: 'WITHDRAW' });
    expect(actionInput({ id: 'c1', version: 2 }, w, { ...f, reason: '申请人书面申请撤回' })).toEqual({ id: 'c1', version: 2, action: 'WITHDRAW', reason: '申请人书面申请撤回' });
    for (const a of ['RESUBMIT', 'RESUME'] as const) {
      const spec = offeredActions([a])[0]!;
      expect(actionProblem(spec, f)).toBeNull();
      expect(actionInput({ id: 'c1', version: 3 }, spec, { ...f, reason: 'ignored' })).toEqual({ id: 'c1', version: 3, action: a });
    }
  });
  test('only what the state allows and the console does, primary steps first', () => {
    expect(offeredActions(['ACCEPT', 'NOT_ACCEPT', 'REQUEST_SUPPLEMENT', 'WITHDRAW']).map((a) => a.action)).toEqual(['ACCEPT', 'REQUEST_SUPPLEMENT', 'NOT_ACCEPT', 'WITHDRAW']);
    expect(offeredActions(['DELIVER']).map((a) => a.label)).toEqual(['送达']);
    expect(offeredActions([])).toEqual([]);
  });
  const spec = (a: Parameters<typeof offeredActions>[0][number]) => offeredActions([a])[0]!;
  test('refusals need a reason, a notice its materials, an approval its document number', () => {
    const f = emptyActionForm();
    expect(actionProblem(spec('NOT_ACCEPT'), { ...f, reason: '  ' })).toBe('请填写原因');
    expect(actionProblem(spec('REJECT'), { ...f, reason: '不符合条件' })).toBeNull();
    expect(actionProblem(spec('REQUEST_SUPPLEMENT'), f)).toBe('请勾选需要补正的材料');
    expect(actionProblem(spec('APPROVE'), f)).toBe('请填写批文或证照编号');
    expect(actionProblem(spec('ACCEPT'), f)).toBeNull();
    expect(actionProblem(spec('ACCEPT'), { ...f, note: 'x'.repeat(501) })).toBe('填写的文字不能超过 500 字');
  });
  test('express delivery needs a waybill; in person does not', () => {
    const f = emptyActionForm();
    expect(actionProblem(spec('DELIVER'), f)).toBeNull();
    expect(actionProblem(spec('DELIVER'), { ...f, deliveryMethod: 'EXPRESS' })).toBe('邮寄送达请填写快递单号');
  });
  test('the input carries only the action’s own fields, trimmed, with the version seen', () => {
    const f = { ...emptyActionForm(), reason: ' 原因 ', note: '', trackingNumber: 'SF1', resultDocumentNumber: 'X' };
    expect(actionInput({ id: 'c1', version: 3 }, spec('REJECT'), f)).toEqual({ id: 'c1', version: 3, action: 'REJECT', reason: '原因' });
    expect(actionInput({ id: 'c1', version: 3 }, spec('DELIVER'), { ...f, deliveryMethod: 'EXPRESS', note: ' 附言 ' })).toEqual({
      id: 'c1',
      version: 3,
      action: 'DELIVER',
      note: '附言',
      deliveryMethod: 'EXPRESS',
      trackingNumber: 'SF1',
    });
    expect(actionInput({ id: 'c1', version: 1 }, spec('DELIVER'), f)).toEqual({ id: 'c1', version: 1, action: 'DELIVER', deliveryMethod: 'IN_PERSON' });
  });
});

describe('the receiving form', () => {
  test('the ID number is checked while typing: length first, then the check digit', () => {
    expect(idNumberProblem('PERSON', '')).toBe('请填写身份证号码');
    expect(idNumberProblem('PERSON', '5110')).toBe('身份证号码应为 18 位，已输入 4 位');
    expect(idNumberProblem('PERSON', wrongLast(ID, '0123456789X'))).toBe('身份证号码校验不通过，请逐位核对');
    expect(idNumberProblem('PERSON', ID)).toBeNull();
    expect(idNumberProblem('PERSON', ` ${ID.toLowerCase()} `)).toBeNull();
  });
  test('an organisation’s credit code has its own check digit', () => {
    expect(idNumberProblem('ORGANISATION', CODE)).toBeNull();
    expect(idNumberProblem('ORGANISATION', wrongLast(CODE, '0123456789ABCDEFGHJKLMNPQRTUWXY'))).toBe('统一社会信用代码校验不通过，请逐位核对');
    expect(idNumberProblem('ORGANISATION', ID)).not.toBeNull();
  });
  test('name required, phone optional but a mobile number when given', () => {
    expect(nameProblem('ORGANISATION', ' ')).toBe('请填写单位名称');
    expect(phoneProblem('')).toBeNull();
    expect(phoneProblem('12345')).toBe('请填写 11 位手机号码');
    expect(phoneProblem('13800138000')).toBeNull();
  });
  test('the whole form: item first, then the applicant', () => {
    const a = { kind: 'PERSON' as const, name: '张三', idNumber: ID, phone: '' };
    expect(receiveProblem(null, a)).toBe('请选择申请的事项');
    expect(receiveProblem('i1', { ...a, name: '' })).toBe('请填写姓名');
    expect(receiveProblem('i1', a)).toBeNull();
    expect(applicantInput({ ...a, idNumber: ` ${ID.toLowerCase()}`, name: ' 张三 ' })).toEqual({ name: '张三', idType: 'RESIDENT_ID', idNumber: ID, phone: null });
    expect(applicantInput({ kind: 'ORGANISATION', name: '某公司', idNumber: CODE, phone: '13800138000' })).toMatchObject({ idType: 'CREDIT_CODE', phone: '13800138000' });
  });
  test('mandatory materials not ticked are named; the case may still be received', () => {
    const m = [
      { name: '申请书', originals: 1, copies: 0, mandatory: true },
      { name: '身份证明', originals: 1, copies: 1, mandatory: true },
      { name: '其他', originals: 0, copies: 0, mandatory: false },
    ];
    expect(missingMandatoryNotice(m, ['申请书'])).toBe('缺少必要材料：身份证明。可以收件，但补齐前不能受理，需一次性告知补正。');
    expect(missingMandatoryNotice(m, ['申请书', '身份证明'])).toBeNull();
    expect(m.map(materialCopies)).toEqual(['原件 1 份', '原件 1 份 · 复印件 1 份', '无需纸质材料']);
  });
});

describe('the two windows and their documents', () => {
  test('each tier’s views, and which tier a path belongs to', () => {
    expect(tierPaths('county').case('x')).toBe('/cases/x');
    expect(tierPaths('township').case('x')).toBe('/township-cases/x');
    expect(['/queue', '/receive', '/cases/1'].map(tierOfPath)).toEqual(['county', 'county', 'county']);
    expect(['/township-cases', '/township-receive', '/township-cases/1'].map(tierOfPath)).toEqual(['township', 'township', 'township']);
    expect(tierOfPath('/home')).toBeNull();
  });
  test('the forwarding delay in a clerk’s units', () => {
    expect(forwardingDelayText(null)).toBe('尚未转报');
    expect(forwardingDelayText(2)).toBe('2 秒');
    expect(forwardingDelayText(125)).toBe('2 分钟');
    expect(forwardingDelayText(3 * 3600)).toBe('3 小时');
    expect(forwardingDelayText(3 * 3600 + 600)).toBe('3 小时 10 分钟');
    expect(forwardingDelayText(50 * 3600)).toBe('2 天 2 小时');
  });
});

describe('the queue search', () => {
  test('an empty box searches nothing; the text is trimmed, an ID number in capitals', () => {
    expect(searchFilter(null)).toEqual({});
    expect(searchFilter({ kind: 'number', text: '   ' })).toEqual({});
    expect(searchFilter({ kind: 'number', text: ' SCJG-20261116-0001 ' })).toEqual({ number: 'SCJG-20261116-0001' });
    expect(searchFilter({ kind: 'applicantName', text: '张三 ' })).toEqual({ applicantName: '张三' });
    expect(searchFilter({ kind: 'applicantIdNumber', text: '11010519491231002x' })).toEqual({ applicantIdNumber: '11010519491231002X' });
    expect(queueFilter({ status: [], warning: [], itemId: 'i1', search: { kind: 'applicantName', text: '李四' } })).toEqual({ itemId: 'i1', applicantName: '李四' });
  });
  test('a too long term is stopped before it is sent', () => {
    expect(searchProblem({ kind: 'applicantIdNumber', text: '1'.repeat(19) })).toContain('18');
    expect(searchProblem({ kind: 'number', text: 'X'.repeat(41) })).toContain('40');
    expect(searchProblem({ kind: 'applicantIdNumber', text: '1'.repeat(18) })).toBeNull();
  });
});

describe('the queue', () => {
  test('filters send only what was chosen; pages are offsets', () => {
    expect(queueFilter({ status: [], warning: [] })).toEqual({});
    expect(queueFilter({ status: ['RECEIVED'], warning: ['RED'] })).toEqual({ status: ['RECEIVED'], warning: ['RED'] });
    // 网上申报 still to accept: the channel filter alone, as the graph takes it (a list).
    expect(queueFilter({ status: [], warning: [], channel: 'ONLINE' })).toEqual({ channel: ['ONLINE'] });
    expect(queueFilter({ status: [], warning: [], channel: null })).toEqual({});
    expect([1, 2, 3].map((p) => pageOffset(p))).toEqual([0, 20, 40]);
    expect(pageOffset(0)).toBe(0);
  });
  test('the clock cell and the light', () => {
    expect(daysLeftText({ workingDaysLeft: 3, overdue: false })).toBe('3 个工作日');
    expect(daysLeftText({ workingDaysLeft: 0, overdue: true })).toBe('已超期');
    expect(daysLeftText({ workingDaysLeft: 0, workingDaysOverdue: 0, overdue: true })).toBe('已超期');
    expect(daysLeftText({ workingDaysLeft: 0, workingDaysOverdue: 3, overdue: true })).toBe('超期 3 个工作日');
    expect(daysLeftText({ workingDaysLeft: null, overdue: false })).toBe('—');
    expect(warningText('YELLOW')).toBe('预警');
    expect(warningText(null)).toBe('—');
  });
});
