import { handoverVariables, splitMaterials, supplementVariables, NOTE_MAX } from '../../gateway/web/src/township/forms';
import {
  firstTabWithWork,
  listCounts,
  pickTownship,
  resultOf,
  searchWithTownship,
  sortRows,
  statusFacts,
  townshipFromSearch,
  type IntakeRow,
  type WorkList,
} from '../../gateway/web/src/township/model';

const intake = { id: 'i-1', version: 4 };

function row(p: Partial<IntakeRow>): IntakeRow {
  return {
    id: p.number ?? 'x',
    number: 'x',
    version: 1,
    itemName: '食品经营许可',
    applicant: { name: '张*' },
    acceptedAt: '2026-11-20T01:00:00.000Z',
    dueDate: null,
    clerkName: '李娜',
    stage: 'AT_COUNTY',
    forwardAttempts: 1,
    forwardingError: null,
    forwardingWarning: false,
    waitingSeconds: null,
    missingMaterials: [],
    resultDocumentNumber: null,
    refusalReason: null,
    countyStatus: null,
    countyStatusLabel: null,
    countyCaseNumber: null,
    ...p,
  };
}

describe('handover form', () => {
  test('in person: no tracking number is sent, even when one was typed before switching', () => {
    expect(handoverVariables(intake, { method: 'IN_PERSON', trackingNumber: 'SF123456789', note: '  本人领取 ' })).toEqual({
      ok: true,
      variables: { id: 'i-1', version: 4, method: 'IN_PERSON', trackingNumber: null, note: '本人领取' },
    });
  });

  test('express needs a tracking number, said in Chinese, before anything is sent', () => {
    const r = handoverVariables(intake, { method: 'EXPRESS', trackingNumber: '   ', note: '' });
    expect(r).toEqual({ ok: false, field: 'trackingNumber', message: '邮寄送达须填写快递运单号。' });
  });

  test('express tracking numbers: spaces removed, implausible ones refused', () => {
    expect(handoverVariables(intake, { method: 'EXPRESS', trackingNumber: ' SF 1234 5678 901 ', note: '' })).toMatchObject({
      ok: true,
      variables: { method: 'EXPRESS', trackingNumber: 'SF12345678901', note: null },
    });
    expect(handoverVariables(intake, { method: 'EXPRESS', trackingNumber: '12', note: '' })).toMatchObject({ ok: false, field: 'trackingNumber' });
    expect(handoverVariables(intake, { method: 'EXPRESS', trackingNumber: '顺丰123456', note: '' })).toMatchObject({ ok: false, field: 'trackingNumber' });
  });

  test('an unknown method and an oversize note are refused', () => {
    expect(handoverVariables(intake, { method: '', trackingNumber: '', note: '' })).toMatchObject({ ok: false, field: 'method' });
    const r = handoverVariables(intake, { method: 'IN_PERSON', trackingNumber: '', note: '备'.repeat(NOTE_MAX + 1) });
    expect(r).toMatchObject({ ok: false, field: 'note' });
    expect(handoverVariables(intake, { method: 'IN_PERSON', trackingNumber: '', note: '备'.repeat(NOTE_MAX) }).ok).toBe(true);
  });
});

describe('supplement form', () => {
  const s = { id: 'i-2', version: 7, missingMaterials: ['场所使用证明', '法定代表人身份证明'] };

  test('all missing materials ticked, extras added once, in order', () => {
    expect(supplementVariables(s, { ticked: ['法定代表人身份证明', '场所使用证明'], extra: '授权委托书、场所使用证明，照片', note: '' })).toEqual({
      ok: true,
      variables: { id: 'i-2', version: 7, submittedMaterials: ['场所使用证明', '法定代表人身份证明', '授权委托书', '照片'], note: null },
    });
  });

  test('an unticked material blocks the resubmission and is named', () => {
    const r = supplementVariables(s, { ticked: ['场所使用证明'], extra: '', note: '' });
    expect(r).toEqual({ ok: false, field: 'materials', message: '以下材料尚未收齐：法定代表人身份证明。须全部收齐后方可提交补正。' });
  });

  test('nothing to submit, an overlong material name or note', () => {
    expect(supplementVariables({ ...s, missingMaterials: [] }, { ticked: [], extra: ' 、 ', note: '' })).toMatchObject({ ok: false, field: 'extra' });
    expect(supplementVariables(s, { ticked: s.missingMaterials, extra: '材'.repeat(101), note: '' })).toMatchObject({ ok: false, field: 'extra' });
    expect(supplementVariables(s, { ticked: s.missingMaterials, extra: '', note: 'x'.repeat(NOTE_MAX + 1) })).toMatchObject({ ok: false, field: 'note' });
  });

  test('splitMaterials takes the separators clerks type', () => {
    expect(splitMaterials('甲、乙,丙，丁;戊；己\n庚\r\n甲')).toEqual(['甲', '乙', '丙', '丁', '戊', '己', '庚']);
    expect(splitMaterials('   ')).toEqual([]);
  });
});

describe('work lists', () => {
  test('waiting rows: past the forwarding limit first, then the longest waiting', () => {
    const rows = [
      row({ number: 'B', acceptedAt: '2026-11-20T02:00:00Z' }),
      row({ number: 'C', acceptedAt: '2026-11-20T02:30:00Z', forwardingWarning: true }),
      row({ number: 'A', acceptedAt: '2026-11-20T01:00:00Z' }),
    ];
    expect(sortRows('waitingForward', rows).map((r) => r.number)).toEqual(['C', 'A', 'B']);
    expect(rows.map((r) => r.number)).toEqual(['B', 'C', 'A']); // the answer itself is left alone
  });

  test('other lists: nearest due date first, rows without one last', () => {
    const rows = [row({ number: 'N', dueDate: null }), row({ number: 'L', dueDate: '2026-11-30' }), row({ number: 'E', dueDate: '2026-11-23' })];
    expect(sortRows('readyForHandover', rows).map((r) => r.number)).toEqual(['E', 'L', 'N']);
  });

  const list = (p: Partial<WorkList>): WorkList => ({ township: { id: 't', name: '河口镇', status: null }, waitingForward: [], supplementsToCollect: [], readyForHandover: [], overdue: [], ...p });

  test('counts per list and the first tab with work', () => {
    const w = list({ readyForHandover: [row({ number: '1' }), row({ number: '2' })], overdue: [row({ number: '3' })] });
    expect(listCounts(w)).toEqual({ waitingForward: 0, supplementsToCollect: 0, readyForHandover: 2, overdue: 1 });
    expect(firstTabWithWork(w)).toBe('readyForHandover');
    expect(firstTabWithWork(list({}))).toBe('waitingForward');
  });

  test('result of the county: document number for an approval, reason for a rejection', () => {
    expect(resultOf({ countyStatus: 'APPROVED', countyStatusLabel: '准予许可', resultDocumentNumber: '临政务〔2026〕101号', refusalReason: null })).toEqual({ label: '准予许可', text: '临政务〔2026〕101号', approved: true });
    expect(resultOf({ countyStatus: 'REJECTED', countyStatusLabel: '不予许可', resultDocumentNumber: null, refusalReason: '材料不符' })).toEqual({ label: '不予许可', text: '材料不符', approved: false });
  });
});

describe('status strip', () => {
  test('figures, the oldest waiting age and the last contact in Beijing time', () => {
    const facts = statusFacts({ open: true, todayIntake: 5, backlog: 12, overdue: 1, waitingForward: 2, oldestWaitingSeconds: 7500, lastCountyContactAt: '2026-11-20T02:58:00.000Z' });
    expect(facts.map((f) => [f.label, f.value, f.tone])).toEqual([
      ['服务状态', '开放', 'good'],
      ['今日受理', '5', 'plain'],
      ['积压', '12', 'plain'],
      ['超期', '1', 'bad'],
      ['待转报', '2', 'warn'],
      ['最近与县中心联系', '2026-11-20 10:58', 'plain'],
    ]);
    expect(facts.find((f) => f.key === 'waitingForward')!.detail).toBe('最久已等待 2小时5分');
  });

  test('closed, nothing waiting, never in contact', () => {
    const facts = statusFacts({ open: false, todayIntake: 0, backlog: 0, overdue: 0, waitingForward: 0, oldestWaitingSeconds: null, lastCountyContactAt: null });
    expect(facts.map((f) => f.value)).toEqual(['休息', '0', '0', '0', '0', '尚无记录']);
    expect(facts.find((f) => f.key === 'lastCountyContactAt')!.tone).toBe('warn');
  });
});

describe('township in the address', () => {
  test('read and written, other parameters kept', () => {
    expect(townshipFromSearch('?township=abc&x=1')).toBe('abc');
    expect(townshipFromSearch('?township=')).toBeNull();
    expect(townshipFromSearch('')).toBeNull();
    expect(searchWithTownship('?x=1', 't-2')).toBe('?x=1&township=t-2');
    expect(searchWithTownship('?township=t-1', 't-2')).toBe('?township=t-2');
  });

  test('an unknown township in the address falls back to the first', () => {
    const ts = [{ id: 'a' }, { id: 'b' }];
    expect(pickTownship(ts, 'b')).toBe('b');
    expect(pickTownship(ts, 'gone')).toBe('a');
    expect(pickTownship([], 'b')).toBeNull();
  });
});
