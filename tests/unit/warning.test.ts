import { WorkCalendar } from '../../subgraphs/shared/domain/calendar';
import { applyAction, CaseState, CaseStatus, initialCaseState, TransitionContext } from '../../subgraphs/shared/domain/lifecycle';
import { DEFAULT_WARNING_THRESHOLDS, warningLevel, WarningThresholds } from '../../subgraphs/shared/domain/warning';
import { bj, expectDomainError } from './support';

const calendar = new WorkCalendar();
const at = (now: Date, promisedDays = 6): TransitionContext => ({ now, calendar, item: { kind: 'PROMISED', promisedDays } });

/** Accepted Mon 2 Nov 2026 with 6 days: 3, 4, 5, 6, 9, 10 Nov → due Tue 10 Nov, late from 11 Nov 00:00. */
const accepted = applyAction(initialCaseState(), 'accept', {}, at(bj('2026-11-02 09:00'))).state;

function level(state: CaseState, now: Date, thresholds: WarningThresholds = DEFAULT_WARNING_THRESHOLDS) {
  return warningLevel({ state, now, calendar, thresholds });
}

describe('defaults', () => {
  it('are at most 1 working day left or two thirds used', () => {
    expect(DEFAULT_WARNING_THRESHOLDS).toEqual({ yellowDaysLeft: 1, yellowUsedFraction: 2 / 3 });
  });
});

describe('a 6-day case through its life', () => {
  it('starts from due 2026-11-10', () => {
    expect(accepted.dueDate).toBe('2026-11-10');
  });

  it.each([
    ['2026-11-02 09:00', 'GREEN', 6], // 0 of 6 used
    ['2026-11-04 10:00', 'GREEN', 4], // 2 of 6
    ['2026-11-05 10:00', 'GREEN', 3], // 3 of 6 = half
    ['2026-11-06 10:00', 'YELLOW', 2], // 4 of 6 = exactly two thirds
    ['2026-11-07 10:00', 'YELLOW', 2], // Saturday: nothing more used
    ['2026-11-09 10:00', 'YELLOW', 1], // exactly 1 left
    ['2026-11-10 23:59', 'YELLOW', 0], // due day, not yet late
  ] as const)('at %s it is %s with %d working days left', (when, expected, left) => {
    expect(level(accepted, bj(when))).toEqual({ level: expected, workingDaysLeft: left, overdue: false });
  });

  it('turns RED at the due instant itself, not a millisecond earlier', () => {
    const dueAt = accepted.dueAt as Date;
    expect(dueAt.toISOString()).toBe('2026-11-10T16:00:00.000Z');
    expect(level(accepted, new Date(dueAt.getTime() - 1))).toEqual({ level: 'YELLOW', workingDaysLeft: 0, overdue: false });
    expect(level(accepted, dueAt)).toEqual({ level: 'RED', workingDaysLeft: 0, overdue: true });
    expect(level(accepted, bj('2026-12-01 10:00'))).toEqual({ level: 'RED', workingDaysLeft: 0, overdue: true });
  });
});

describe('each threshold on its own', () => {
  it('"exactly 1 day left" is YELLOW through the days rule alone, 2 days left is not', () => {
    const daysOnly = { yellowDaysLeft: 1, yellowUsedFraction: 1 };
    expect(level(accepted, bj('2026-11-06 10:00'), daysOnly)?.level).toBe('GREEN'); // 2 left
    expect(level(accepted, bj('2026-11-09 10:00'), daysOnly)?.level).toBe('YELLOW'); // 1 left
  });

  it('"exactly two thirds used" is YELLOW through the share rule alone, just under it is not', () => {
    const shareOnly = { yellowDaysLeft: 0, yellowUsedFraction: 2 / 3 };
    expect(level(accepted, bj('2026-11-05 10:00'), shareOnly)?.level).toBe('GREEN'); // 3/6
    expect(level(accepted, bj('2026-11-06 10:00'), shareOnly)?.level).toBe('YELLOW'); // 4/6
  });

  it('a configured fraction such as 0.7 still counts an exact hit', () => {
    // 10-day case accepted Mon 2 Nov → due 16 Nov; on 11 Nov 7 of 10 are used.
    const ten = applyAction(initialCaseState(), 'accept', {}, at(bj('2026-11-02 09:00'), 10)).state;
    const t = { yellowDaysLeft: 0, yellowUsedFraction: 0.7 };
    expect(level(ten, bj('2026-11-10 10:00'), t)).toEqual({ level: 'GREEN', workingDaysLeft: 4, overdue: false });
    expect(level(ten, bj('2026-11-11 10:00'), t)).toEqual({ level: 'YELLOW', workingDaysLeft: 3, overdue: false });
  });

  it('a county may warn earlier, e.g. at 3 days left', () => {
    expect(level(accepted, bj('2026-11-04 10:00'), { yellowDaysLeft: 3, yellowUsedFraction: 1 })?.level).toBe('GREEN');
    expect(level(accepted, bj('2026-11-05 10:00'), { yellowDaysLeft: 3, yellowUsedFraction: 1 })?.level).toBe('YELLOW');
  });

  it('refuses nonsense thresholds', () => {
    for (const t of [
      { yellowDaysLeft: -1, yellowUsedFraction: 0.5 },
      { yellowDaysLeft: 1.5, yellowUsedFraction: 0.5 },
      { yellowDaysLeft: 1, yellowUsedFraction: 0 },
      { yellowDaysLeft: 1, yellowUsedFraction: 1.2 },
      { yellowDaysLeft: 1, yellowUsedFraction: Number.NaN },
    ]) {
      expectDomainError(() => level(accepted, bj('2026-11-04 10:00'), t), 'BAD_USER_INPUT');
    }
  });
});

describe('paused cases', () => {
  it('are judged as of the moment the clock stopped', () => {
    const paused = applyAction(accepted, 'requestSupplement', { missingMaterials: ['申请表'] }, at(bj('2026-11-04 10:00'))).state;
    // Weeks later, long past the original due date, still what it was on 4 Nov.
    expect(level(paused, bj('2026-12-01 10:00'))).toEqual({ level: 'GREEN', workingDaysLeft: 4, overdue: false });
  });

  it('stay RED when the clock stopped after the due instant', () => {
    const late: CaseState = { ...accepted, status: 'SPECIAL_PROCEDURE', pausedAt: bj('2026-11-12 10:00') };
    expect(level(late, bj('2026-11-12 11:00'))).toEqual({ level: 'RED', workingDaysLeft: 0, overdue: true });
  });

  it('after resuming, do not count the paused days as used', () => {
    // Paused on day 0 (2 Nov) and resumed 18 Nov: 12 working days paused, due 10 Nov → 26 Nov.
    let s = applyAction(accepted, 'requestSupplement', { missingMaterials: ['申请表'] }, at(bj('2026-11-02 10:00'))).state;
    s = applyAction(s, 'resubmit', {}, at(bj('2026-11-18 10:00'))).state;
    expect(s).toMatchObject({ dueDate: '2026-11-26', pausedWorkingDays: 12 });
    // 6 left of the 6 the case was given: nothing used.
    expect(level(s, bj('2026-11-18 10:00'))).toEqual({ level: 'GREEN', workingDaysLeft: 6, overdue: false });
    expect(level(s, bj('2026-11-23 10:00'))).toEqual({ level: 'GREEN', workingDaysLeft: 3, overdue: false }); // 3 of 6 used
    expect(level(s, bj('2026-11-24 10:00'))).toEqual({ level: 'YELLOW', workingDaysLeft: 2, overdue: false }); // 4 of 6 used
  });
});

describe('cases without a running or stopped clock', () => {
  it.each(['RECEIVED', 'NOT_ACCEPTED', 'APPROVED', 'REJECTED', 'DELIVERED', 'WITHDRAWN'] as CaseStatus[])('%s has no warning', (status) => {
    expect(level({ ...accepted, status }, bj('2026-12-01 10:00'))).toBeNull();
  });

  it('a supplement asked before acceptance has no warning', () => {
    const s = applyAction(initialCaseState(), 'requestSupplement', { missingMaterials: ['申请表'] }, at(bj('2026-11-02 10:00'))).state;
    expect(s.status).toBe('SUPPLEMENT_REQUESTED');
    expect(level(s, bj('2026-12-01 10:00'))).toBeNull();
  });

  it('an immediate case is YELLOW on its day and RED after it', () => {
    const c: TransitionContext = { now: bj('2026-11-09 09:00'), calendar, item: { kind: 'IMMEDIATE', promisedDays: 0 } };
    const s = applyAction(initialCaseState(), 'accept', {}, c).state;
    expect(level(s, bj('2026-11-09 09:05'))).toEqual({ level: 'YELLOW', workingDaysLeft: 0, overdue: false });
    expect(level(s, bj('2026-11-10 00:00'))).toEqual({ level: 'RED', workingDaysLeft: 0, overdue: true });
  });
});
