import { WorkCalendar } from '../../subgraphs/shared/domain/calendar';
import {
  allowedComplaintActions,
  applyComplaintAction,
  complaintDaysOverdue,
  complaintDue,
  isClosedOnTime,
  isComplaintOverdue,
  mayTakeComplaintAction,
  newComplaintState,
  MAX_COMPLAINT_TEXT,
  type ComplaintAction,
  type ComplaintState,
} from '../../subgraphs/shared/domain/complaint';
import { checkComplaintFiling } from '../../subgraphs/shared/domain/complaint-filing';
import { bj, deepFreeze, expectDomainError } from './support';

const calendar = new WorkCalendar();
const ctx = (now: Date, cal = calendar) => ({ now, calendar: cal, handlingDays: 5 });

function filed(at: string, cal = calendar): ComplaintState {
  return newComplaintState(complaintDue({ filedAt: bj(at), handlingDays: 5, calendar: cal }));
}

function act(s: ComplaintState, action: ComplaintAction, at: string, input: { note?: string | null; days?: number | null } = {}) {
  return applyComplaintAction(s, action, input, ctx(bj(at))).state;
}

describe('handling due date: the filing day is day 0, then N working days', () => {
  it.each([
    ['2026-09-28 10:00', '2026-10-10'], // 29, 30 Sep; 1–7 Oct off; 8, 9 Oct and the make-up Saturday 10 Oct
    ['2026-09-30 10:00', '2026-10-13'], // 8, 9, 10 (Sat, make-up), 12, 13 Oct
    ['2026-09-26 10:00', '2026-10-09'], // filed on a holiday Saturday: 28, 29, 30 Sep, 8, 9 Oct
    ['2026-09-24 10:00', '2026-10-09'], // 25–27 Sep Mid-Autumn off
    ['2026-03-06 16:00', '2026-03-13'], // an ordinary Friday: the next Friday
  ])('filed %s → due %s', (at, due) => {
    const d = complaintDue({ filedAt: bj(at), handlingDays: 5, calendar });
    expect(d.dueDate).toBe(due);
    expect(d.uncertainYears).toEqual([]);
  });

  it('is late from the end of the due day, Beijing time', () => {
    const d = complaintDue({ filedAt: bj('2026-09-28 10:00'), handlingDays: 5, calendar });
    expect(d.dueAt.toISOString()).toBe('2026-10-10T16:00:00.000Z');
  });

  it('takes the filing day in Beijing time, not UTC', () => {
    // 00:30 on 30 Sep in Beijing is still 29 Sep in UTC.
    expect(complaintDue({ filedAt: new Date('2026-09-29T16:30:00Z'), handlingDays: 1, calendar }).dueDate).toBe('2026-10-08');
    expect(complaintDue({ filedAt: new Date('2026-09-29T15:30:00Z'), handlingDays: 1, calendar }).dueDate).toBe('2026-09-30');
  });

  it('follows the county setting and the county’s own days off', () => {
    expect(complaintDue({ filedAt: bj('2026-03-06 10:00'), handlingDays: 3, calendar }).dueDate).toBe('2026-03-11');
    const local = new WorkCalendar({ overrides: [{ date: '2026-03-10', workday: false }] });
    expect(complaintDue({ filedAt: bj('2026-03-06 10:00'), handlingDays: 3, calendar: local }).dueDate).toBe('2026-03-12');
  });

  it('flags a due date that depends on a year the calendar does not cover', () => {
    expect(complaintDue({ filedAt: bj('2026-12-28 10:00'), handlingDays: 5, calendar }).uncertainYears).toEqual([2027]);
  });

  it('refuses a handling period outside 1–365 working days', () => {
    expectDomainError(() => complaintDue({ filedAt: bj('2026-03-06 10:00'), handlingDays: 0, calendar }), 'BAD_USER_INPUT');
  });
});

describe('transitions', () => {
  const received = deepFreeze(filed('2026-09-28 10:00'));

  it('start: RECEIVED → HANDLING, note optional', () => {
    const r = applyComplaintAction(received, 'start', {}, ctx(bj('2026-09-28 11:00')));
    expect(r.state.status).toBe('HANDLING');
    expect(r.event).toEqual({ action: 'start', fromStatus: 'RECEIVED', toStatus: 'HANDLING', note: null, days: null });
  });

  it('reply: the unit’s feedback moves RECEIVED → HANDLING and may follow in HANDLING', () => {
    const first = act(received, 'reply', '2026-09-28 11:00', { note: '已核实，正在整改' });
    expect(first).toMatchObject({ status: 'HANDLING', unitFeedback: '已核实，正在整改' });
    const second = act(first, 'reply', '2026-09-29 11:00', { note: '整改完成' });
    expect(second).toMatchObject({ status: 'HANDLING', unitFeedback: '整改完成' });
  });

  it('close: HANDLING → CLOSED with the result and the closing time; not straight from RECEIVED', () => {
    expectDomainError(() => act(received, 'close', '2026-09-28 11:00', { note: '结果' }), 'ILLEGAL_TRANSITION');
    const closed = act(act(received, 'start', '2026-09-28 11:00'), 'close', '2026-09-29 15:00', { note: '已约谈窗口负责人' });
    expect(closed).toMatchObject({ status: 'CLOSED', resultNote: '已约谈窗口负责人', closedAt: bj('2026-09-29 15:00') });
  });

  it('dismiss: RECEIVED or HANDLING → DISMISSED with a reason', () => {
    expect(act(received, 'dismiss', '2026-09-28 11:00', { note: '不属于效能投诉' })).toMatchObject({ status: 'DISMISSED', dismissReason: '不属于效能投诉' });
    expect(act(act(received, 'start', '2026-09-28 11:00'), 'dismiss', '2026-09-28 12:00', { note: '重复投诉' }).status).toBe('DISMISSED');
  });

  it('nothing follows CLOSED or DISMISSED', () => {
    const dismissed = deepFreeze(act(received, 'dismiss', '2026-09-28 11:00', { note: '重复投诉' }));
    for (const a of ['start', 'reply', 'extend', 'close', 'dismiss'] as ComplaintAction[]) {
      expectDomainError(() => act(dismissed, a, '2026-09-29 11:00', { note: 'x', days: 1 }), 'ILLEGAL_TRANSITION');
    }
  });

  it('start twice is illegal', () => {
    expectDomainError(() => act(act(received, 'start', '2026-09-28 11:00'), 'start', '2026-09-28 12:00'), 'ILLEGAL_TRANSITION');
  });

  it.each(['reply', 'close', 'dismiss', 'extend'] as ComplaintAction[])('%s needs a note', (a) => {
    const handling = act(received, 'start', '2026-09-28 11:00');
    expectDomainError(() => act(handling, a, '2026-09-28 12:00', { note: '  ', days: 1 }), 'REASON_REQUIRED');
  });

  it('refuses an oversize note', () => {
    expectDomainError(() => act(received, 'dismiss', '2026-09-28 11:00', { note: '长'.repeat(1001) }), 'TEXT_TOO_LONG');
  });

  it('never changes the state it is given', () => {
    expect(() => act(received, 'extend', '2026-09-28 11:00', { note: '需调查', days: 2 })).not.toThrow();
    expect(received.status).toBe('RECEIVED');
  });
});

describe('one extension with a reason', () => {
  const received = deepFreeze(filed('2026-09-28 10:00')); // due 2026-10-10

  it('adds working days to the due date, status unchanged', () => {
    const r = applyComplaintAction(received, 'extend', { note: '需现场调查', days: 2 }, ctx(bj('2026-10-09 10:00')));
    expect(r.state).toMatchObject({ status: 'RECEIVED', dueDate: '2026-10-13', extensionDays: 2, extensionReason: '需现场调查' });
    expect(r.state.dueAt.toISOString()).toBe('2026-10-13T16:00:00.000Z');
    expect(r.event).toMatchObject({ action: 'extend', days: 2 });
  });

  it('only once', () => {
    const once = act(received, 'extend', '2026-10-09 10:00', { note: '需现场调查', days: 1 });
    expect(() => act(once, 'extend', '2026-10-09 11:00', { note: '再延期', days: 1 })).toThrow(expect.objectContaining({ code: 'ALREADY_EXTENDED' }));
  });

  it('by 1 up to the handling days', () => {
    expectDomainError(() => act(received, 'extend', '2026-10-09 10:00', { note: '需调查', days: 0 }), 'BAD_USER_INPUT');
    expectDomainError(() => act(received, 'extend', '2026-10-09 10:00', { note: '需调查', days: 6 }), 'BAD_USER_INPUT');
    expectDomainError(() => act(received, 'extend', '2026-10-09 10:00', { note: '需调查' }), 'BAD_USER_INPUT');
    expect(act(received, 'extend', '2026-10-09 10:00', { note: '需调查', days: 5 }).dueDate).toBe('2026-10-16');
  });
});

describe('who may do what', () => {
  it('supervision starts, extends, closes and dismisses; the unit only replies', () => {
    expect((['start', 'extend', 'close', 'dismiss'] as ComplaintAction[]).every((a) => mayTakeComplaintAction('SUPERVISION', a))).toBe(true);
    expect(mayTakeComplaintAction('SUPERVISION', 'reply')).toBe(false);
    expect(mayTakeComplaintAction('UNIT', 'reply')).toBe(true);
    expect(mayTakeComplaintAction('UNIT', 'close')).toBe(false);
  });

  it('lists what the status and the actor allow, and no second extension', () => {
    const s = filed('2026-09-28 10:00');
    expect(allowedComplaintActions(s, 'SUPERVISION')).toEqual(['start', 'extend', 'dismiss']);
    expect(allowedComplaintActions(s, 'UNIT')).toEqual(['reply']);
    expect(allowedComplaintActions(s, null)).toEqual([]);
    const extended = act(act(s, 'start', '2026-09-28 11:00'), 'extend', '2026-09-28 12:00', { note: '需调查', days: 1 });
    expect(allowedComplaintActions(extended, 'SUPERVISION')).toEqual(['close', 'dismiss']);
  });
});

describe('overdue and days overdue', () => {
  const s = filed('2026-09-28 10:00'); // due Saturday 2026-10-10, a make-up workday

  it('goes overdue at 00:00 Beijing time after the due day', () => {
    expect(isComplaintOverdue(s, bj('2026-10-10 23:59:59'))).toBe(false);
    expect(isComplaintOverdue(s, bj('2026-10-11 00:00'))).toBe(true);
  });

  it('counts the working days after the due date up to today', () => {
    expect(complaintDaysOverdue(s, bj('2026-10-10 18:00'), calendar)).toBe(0);
    expect(complaintDaysOverdue(s, bj('2026-10-11 10:00'), calendar)).toBe(0); // late, but Sunday is no working day
    expect(complaintDaysOverdue(s, bj('2026-10-12 09:00'), calendar)).toBe(1);
    expect(complaintDaysOverdue(s, bj('2026-10-16 09:00'), calendar)).toBe(5);
  });

  it('skips holidays: due 30 September, 8 October is the first day late', () => {
    const due30 = filed('2026-09-22 10:00');
    expect(due30.dueDate).toBe('2026-09-30');
    expect(complaintDaysOverdue(due30, bj('2026-10-07 10:00'), calendar)).toBe(0);
    expect(complaintDaysOverdue(due30, bj('2026-10-08 10:00'), calendar)).toBe(1);
  });

  it('an extension moves both', () => {
    const extended = act(s, 'extend', '2026-10-09 10:00', { note: '需调查', days: 2 }); // due 2026-10-13
    expect(isComplaintOverdue(extended, bj('2026-10-13 23:59'))).toBe(false);
    expect(isComplaintOverdue(extended, bj('2026-10-14 00:00'))).toBe(true);
    expect(complaintDaysOverdue(extended, bj('2026-10-15 10:00'), calendar)).toBe(2);
  });

  it('is frozen at closing: closed late stays late by the days it was late, never overdue again', () => {
    const closed = act(act(s, 'start', '2026-09-29 10:00'), 'close', '2026-10-13 10:00', { note: '已处理' });
    expect(isComplaintOverdue(closed, bj('2026-11-01 10:00'))).toBe(false);
    expect(complaintDaysOverdue(closed, bj('2026-11-01 10:00'), calendar)).toBe(2);
    expect(isClosedOnTime(closed)).toBe(false);
  });

  it('closed on the due day is on time; a dismissal is never “closed on time”', () => {
    const onTime = act(act(s, 'start', '2026-09-29 10:00'), 'close', '2026-10-10 23:00', { note: '已处理' });
    expect(isClosedOnTime(onTime)).toBe(true);
    expect(complaintDaysOverdue(onTime, bj('2026-11-01 10:00'), calendar)).toBe(0);
    expect(isClosedOnTime(act(s, 'dismiss', '2026-09-29 10:00', { note: '重复' }))).toBe(false);
  });
});

describe('what a filing must contain', () => {
  const base = { unitType: 'DEPARTMENT', complainantName: ' 张三 ', complainantPhone: '13812345678', text: ' 窗口人员态度差 ', caseNumber: 'scjg-20260930-0001' };

  it('trims and normalises', () => {
    expect(checkComplaintFiling(base)).toEqual({
      unitType: 'DEPARTMENT',
      complainantName: '张三',
      complainantPhone: '13812345678',
      text: '窗口人员态度差',
      caseNumber: 'SCJG-20260930-0001',
    });
    expect(checkComplaintFiling({ ...base, complainantPhone: '', caseNumber: null }).complainantPhone).toBeNull();
  });

  it.each([
    [{ unitType: 'VILLAGE' }, 'BAD_USER_INPUT'],
    [{ complainantName: '' }, 'BAD_USER_INPUT'],
    [{ complainantName: '名'.repeat(51) }, 'BAD_USER_INPUT'],
    [{ complainantPhone: '0839-5123401' }, 'BAD_USER_INPUT'],
    [{ complainantPhone: '12812345678' }, 'BAD_USER_INPUT'],
    [{ text: '   ' }, 'BAD_USER_INPUT'],
    [{ text: '长'.repeat(MAX_COMPLAINT_TEXT + 1) }, 'TEXT_TOO_LONG'],
    [{ caseNumber: 'not a number' }, 'BAD_USER_INPUT'],
  ] as const)('refuses %j', (patch, code) => {
    expectDomainError(() => checkComplaintFiling({ ...base, ...patch }), code);
  });

  it('accepts exactly the maximum length', () => {
    expect(checkComplaintFiling({ ...base, text: '长'.repeat(MAX_COMPLAINT_TEXT) }).text).toHaveLength(MAX_COMPLAINT_TEXT);
  });
});
