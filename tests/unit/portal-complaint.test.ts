import {
  checkComplaintLookup,
  chineseDate,
  complaintInput,
  complaintProblems,
  complaintStandingText,
  complaintUnitGroups,
  lookupHref,
  LOOKUP_MESSAGES,
  MAX_COMPLAINANT_NAME,
  MAX_COMPLAINT_TEXT,
  newComplaintForm,
  parseUnit,
} from '../../gateway/web/src/portal/rules/complaint';
import * as server from '../../subgraphs/shared/domain/complaint';
import { checkComplaintFiling } from '../../subgraphs/shared/domain/complaint-filing';
import { checkComplaintTracking } from '../../subgraphs/shared/domain/complaint-tracking';

const form = (patch: Partial<ReturnType<typeof newComplaintForm>> = {}) => ({ ...newComplaintForm(), unit: 'DEPARTMENT:d1', text: '窗口推诿', name: '张三', ...patch });

describe('the portal complaint form', () => {
  test('uses the graph\'s limits', () => {
    expect(MAX_COMPLAINT_TEXT).toBe(server.MAX_COMPLAINT_TEXT);
    expect(MAX_COMPLAINANT_NAME).toBe(server.MAX_COMPLAINANT_NAME);
  });

  test('an empty form names the unit, the text and the name; the case number and phone are optional', () => {
    expect(complaintProblems(newComplaintForm())).toEqual({ unit: '请选择被投诉单位', text: '请填写投诉内容', name: '请填写您的姓名' });
    expect(complaintProblems(form())).toEqual({});
  });

  test('refuses what the graph refuses, and passes what it passes', () => {
    const cases = [
      form({ text: '字'.repeat(MAX_COMPLAINT_TEXT + 1) }),
      form({ text: '字'.repeat(MAX_COMPLAINT_TEXT) }),
      form({ name: '名'.repeat(MAX_COMPLAINANT_NAME + 1) }),
      form({ name: '  ' }),
      form({ phone: '1381234567' }),
      form({ phone: '13812345678' }),
      form({ caseNumber: 'scjg-20260930-0001' }),
      form({ caseNumber: 'SCJG-2026-0001' }),
      form({ text: '   ' }),
    ];
    for (const f of cases) {
      const portalOk = Object.keys(complaintProblems(f)).length === 0;
      const i = complaintInput({ ...f }, 'req-12345678');
      let graphOk = true;
      try {
        checkComplaintFiling(i);
      } catch {
        graphOk = false;
      }
      expect([f, portalOk]).toEqual([f, graphOk]);
    }
    expect(complaintProblems(form({ phone: '123' })).phone).toBe('请填写 11 位手机号码，或留空');
    expect(complaintProblems(form({ caseNumber: 'x' })).caseNumber).toMatch(/^办件编号格式不正确/);
  });

  test('sends a ComplaintInput without a channel, trimmed, blanks as null', () => {
    expect(complaintInput(form({ unit: 'TOWNSHIP:t9', caseNumber: ' scjg-20260930-0001 ', text: ' 推诿 ', name: ' 张三 ', phone: '' }), 'req-12345678')).toEqual({
      requestId: 'req-12345678',
      unitType: 'TOWNSHIP',
      unitId: 't9',
      caseNumber: 'SCJG-20260930-0001',
      complainantName: '张三',
      complainantPhone: null,
      text: '推诿',
    });
    expect(() => complaintInput(newComplaintForm(), 'req-12345678')).toThrow();
  });

  test('groups the directory: departments, then townships; an empty group is left out', () => {
    expect(complaintUnitGroups({ departments: [{ id: 'd1', name: '市场监管局' }], townships: [{ id: 't1', name: '河口镇' }] })).toEqual([
      { label: '县级部门', options: [{ value: 'DEPARTMENT:d1', label: '市场监管局' }] },
      { label: '乡镇', options: [{ value: 'TOWNSHIP:t1', label: '河口镇' }] },
    ]);
    expect(complaintUnitGroups({ departments: [], townships: [{ id: 't1', name: '河口镇' }] }).map((g) => g.label)).toEqual(['乡镇']);
    expect(parseUnit('DEPARTMENT:d1')).toEqual({ unitType: 'DEPARTMENT', unitId: 'd1' });
    expect(parseUnit('')).toBeNull();
    expect(parseUnit('VILLAGE:v1')).toBeNull();
  });
});

describe('the complaint look-up', () => {
  test('normalises like the graph and checks only the shape', () => {
    const raw = { number: ' ts-20261201-0007 ', queryCode: 'ab3 k7m' };
    expect(checkComplaintLookup(raw)).toEqual({ ok: true, query: checkComplaintTracking(raw) });
    expect(checkComplaintLookup({ number: '', queryCode: '' })).toEqual({ ok: false, problems: { number: LOOKUP_MESSAGES.numberMissing, queryCode: LOOKUP_MESSAGES.codeMissing } });
    expect(checkComplaintLookup({ number: 'SCJG-20261201-0007', queryCode: 'AB1K0M' })).toEqual({ ok: false, problems: { number: LOOKUP_MESSAGES.numberShape, queryCode: LOOKUP_MESSAGES.codeShape } });
  });

  test('the receipt links to the look-up with the pair filled in', () => {
    expect(lookupHref({ number: 'TS-20261201-0007', queryCode: 'AB3K7M' })).toBe('#/complaint-status?number=TS-20261201-0007&code=AB3K7M');
  });

  test('says where a complaint stands in words', () => {
    expect(chineseDate('2026-12-08')).toBe('2026年12月8日');
    expect(chineseDate(null)).toBe('—');
    expect(complaintStandingText({ status: 'RECEIVED', dueDate: '2026-12-08', extended: false, closedOn: null })).toBe('将于2026年12月8日前办结。');
    expect(complaintStandingText({ status: 'HANDLING', dueDate: '2026-12-11', extended: true, closedOn: null })).toBe('办理期限已延长，将于2026年12月11日前办结。');
    expect(complaintStandingText({ status: 'CLOSED', dueDate: '2026-12-08', extended: false, closedOn: '2026-12-03' })).toBe('已于2026年12月3日办结。');
    expect(complaintStandingText({ status: 'DISMISSED', dueDate: '2026-12-08', extended: false, closedOn: '2026-12-02' })).toBe('已于2026年12月2日决定不予受理。');
  });
});
