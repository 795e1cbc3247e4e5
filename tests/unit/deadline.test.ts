import { WorkCalendar } from '../../subgraphs/shared/domain/calendar';
import { computeDue, extendForPause, ITEM_KIND_CODES } from '../../subgraphs/shared/domain/deadline';
import { bj, expectDomainError } from './support';

const calendar = new WorkCalendar();

function promisedDue(acceptedAt: Date, promisedDays: number, cal = calendar) {
  return computeDue({ acceptedAt, kind: 'PROMISED', promisedDays, calendar: cal });
}

describe('item kind codes (GB/T 39046 A.6)', () => {
  it('maps IMMEDIATE to 1 and PROMISED to 2', () => {
    expect(ITEM_KIND_CODES).toEqual({ IMMEDIATE: 1, PROMISED: 2 });
  });
});

describe('computeDue — the SPEC §4.3 examples on the 2026 calendar', () => {
  it.each([
    ['2026-09-30', 3, '2026-10-10'], // 1–7 Oct off, 10 Oct a make-up Saturday
    ['2026-09-24', 2, '2026-09-29'], // 25–27 Sep Mid-Autumn
    ['2026-02-13', 1, '2026-02-14'], // 14 Feb a make-up Saturday
    ['2026-04-30', 3, '2026-05-08'], // 1–5 May off
  ])('accepted %s with %d days → due %s', (accepted, days, due) => {
    const r = promisedDue(bj(`${accepted} 10:00`), days);
    expect(r.dueDate).toBe(due);
    expect(r.uncertainYears).toEqual([]);
  });

  it('is due at the very end of the due day, Beijing time', () => {
    const r = promisedDue(bj('2026-09-30 10:00'), 3);
    expect(r.dueAt.toISOString()).toBe('2026-10-10T16:00:00.000Z');
    expect(r.dueAt.getTime()).toBe(bj('2026-10-11 00:00').getTime());
  });

  it('counts acceptance at 23:30 Beijing time on 29 September (15:30Z) as the 29th', () => {
    expect(promisedDue(new Date('2026-09-29T15:30:00Z'), 1).dueDate).toBe('2026-09-30');
  });

  it('counts acceptance at 00:30 Beijing time on 30 September (still the 29th in UTC) as the 30th', () => {
    expect(promisedDue(new Date('2026-09-29T16:30:00Z'), 1).dueDate).toBe('2026-10-08');
  });

  it('treats acceptance on a day off as day 0 too', () => {
    // Saturday 7 Nov: day 1 is Monday 9 Nov.
    expect(promisedDue(bj('2026-11-07 11:00'), 1).dueDate).toBe('2026-11-09');
    // National Day: the first working day after is 8 Oct.
    expect(promisedDue(bj('2026-10-03 09:00'), 2).dueDate).toBe('2026-10-09');
  });

  it('with an override marking 2027-01-01 a holiday, 2026-12-30 + 2 days → 2027-01-04', () => {
    const cal = new WorkCalendar({ overrides: [{ date: '2027-01-01', workday: false, note: '元旦' }] });
    const r = promisedDue(bj('2026-12-30 10:00'), 2, cal);
    expect(r.dueDate).toBe('2027-01-04');
    // The weekend 2–3 Jan and Monday 4 Jan are still guessed until 2027 is confirmed.
    expect(r.uncertainYears).toEqual([2027]);
    const confirmed = new WorkCalendar({ overrides: cal.overrides(), confirmedYears: [2027] });
    expect(promisedDue(bj('2026-12-30 10:00'), 2, confirmed)).toMatchObject({ dueDate: '2027-01-04', uncertainYears: [] });
  });

  it('without it, 2026-12-30 + 2 days is flagged as depending on the uncovered year 2027', () => {
    const r = promisedDue(bj('2026-12-30 10:00'), 2);
    expect(r.uncertainYears).toEqual([2027]);
    expect(r.dueDate).toBe('2027-01-01');
  });

  it('gives a certain date when the days stay inside covered years', () => {
    expect(promisedDue(bj('2026-12-28 10:00'), 3).uncertainYears).toEqual([]);
  });
});

describe('computeDue — immediate items', () => {
  it('is due at the end of the acceptance day when that is a workday', () => {
    const r = computeDue({ acceptedAt: bj('2026-11-09 16:59'), kind: 'IMMEDIATE', promisedDays: 0, calendar });
    expect(r.dueDate).toBe('2026-11-09');
    expect(r.dueAt.toISOString()).toBe('2026-11-09T16:00:00.000Z');
  });

  it('accepted on a Saturday, is due at the end of Monday', () => {
    const r = computeDue({ acceptedAt: bj('2026-11-07 10:00'), kind: 'IMMEDIATE', promisedDays: 0, calendar });
    expect(r.dueDate).toBe('2026-11-09');
  });

  it('accepted on a make-up Saturday, is due that same Saturday', () => {
    const r = computeDue({ acceptedAt: bj('2026-10-10 10:00'), kind: 'IMMEDIATE', promisedDays: 0, calendar });
    expect(r.dueDate).toBe('2026-10-10');
  });

  it('accepted on the first day of Spring Festival, is due on the first workday after it', () => {
    const r = computeDue({ acceptedAt: bj('2026-02-15 10:00'), kind: 'IMMEDIATE', promisedDays: 0, calendar });
    expect(r.dueDate).toBe('2026-02-24');
  });

  it('ignores promisedDays', () => {
    const r = computeDue({ acceptedAt: bj('2026-11-09 10:00'), kind: 'IMMEDIATE', promisedDays: 5, calendar });
    expect(r.dueDate).toBe('2026-11-09');
  });

  it('accepted on an uncovered Saturday, is flagged', () => {
    const r = computeDue({ acceptedAt: bj('2027-01-02 10:00'), kind: 'IMMEDIATE', promisedDays: 0, calendar });
    expect(r).toMatchObject({ dueDate: '2027-01-04', uncertainYears: [2027] });
  });
});

describe('computeDue — bad input', () => {
  it('refuses negative or fractional promised days for a promised item', () => {
    expectDomainError(() => promisedDue(bj('2026-11-09 10:00'), -1), 'BAD_USER_INPUT');
    expectDomainError(() => promisedDue(bj('2026-11-09 10:00'), 2.5), 'BAD_USER_INPUT');
  });

  it('refuses an unknown kind and an invalid time', () => {
    expectDomainError(
      () => computeDue({ acceptedAt: bj('2026-11-09 10:00'), kind: 'LATER' as never, promisedDays: 1, calendar }),
      'BAD_USER_INPUT',
    );
    expectDomainError(
      () => computeDue({ acceptedAt: new Date('x'), kind: 'PROMISED', promisedDays: 1, calendar }),
      'BAD_USER_INPUT',
    );
  });
});

describe('extendForPause', () => {
  // Accepted Mon 28 Sep with 5 days: 29, 30 Sep, 8, 9, 10 Oct → due Sat 10 Oct (make-up day).
  const dueDate = promisedDue(bj('2026-09-28 10:00'), 5).dueDate;

  it('starts from the expected due date', () => {
    expect(dueDate).toBe('2026-10-10');
  });

  it('moves the due date by working days only when the pause spans National Day', () => {
    const r = extendForPause({ dueDate, pausedAt: bj('2026-09-30 10:00'), resumedAt: bj('2026-10-08 09:00'), calendar });
    // Eight calendar days paused, one of them (8 Oct) a working day.
    expect(r.pausedWorkingDays).toBe(1);
    expect(r.dueDate).toBe('2026-10-12');
    expect(r.dueAt.toISOString()).toBe('2026-10-12T16:00:00.000Z');
    expect(r.uncertainYears).toEqual([]);
  });

  it('moves nothing when the whole pause fell on holidays', () => {
    const r = extendForPause({ dueDate, pausedAt: bj('2026-09-30 17:00'), resumedAt: bj('2026-10-07 20:00'), calendar });
    expect(r).toEqual({ dueDate, dueAt: bj('2026-10-11 00:00'), uncertainYears: [], pausedWorkingDays: 0 });
  });

  it('moves nothing for a pause within one day', () => {
    const r = extendForPause({ dueDate, pausedAt: bj('2026-09-29 09:00'), resumedAt: bj('2026-09-29 17:00'), calendar });
    expect(r.pausedWorkingDays).toBe(0);
    expect(r.dueDate).toBe(dueDate);
  });

  it('counts the resume day but not the pause day', () => {
    // Paused Mon 2 Nov, resumed Thu 5 Nov: 3, 4, 5 Nov.
    const r = extendForPause({
      dueDate: '2026-11-10',
      pausedAt: bj('2026-11-02 15:00'),
      resumedAt: bj('2026-11-05 09:00'),
      calendar,
    });
    expect(r.pausedWorkingDays).toBe(3);
    expect(r.dueDate).toBe('2026-11-13');
  });

  it('uses Beijing dates for the pause: 23:30 and 00:30 Beijing time are on different days', () => {
    const r = extendForPause({
      dueDate: '2026-11-10',
      pausedAt: new Date('2026-11-02T15:30:00Z'), // 23:30 on 2 Nov
      resumedAt: new Date('2026-11-02T16:30:00Z'), // 00:30 on 3 Nov
      calendar,
    });
    expect(r.pausedWorkingDays).toBe(1);
    expect(r.dueDate).toBe('2026-11-11');
  });

  it('counts a pause that ended before it began as no pause', () => {
    const r = extendForPause({ dueDate, pausedAt: bj('2026-10-09 10:00'), resumedAt: bj('2026-10-08 10:00'), calendar });
    expect(r.pausedWorkingDays).toBe(0);
    expect(r.dueDate).toBe(dueDate);
  });

  it('flags an extension that runs into an uncovered year', () => {
    const r = extendForPause({
      dueDate: '2026-12-30',
      pausedAt: bj('2026-12-21 10:00'),
      resumedAt: bj('2026-12-23 10:00'),
      calendar,
    });
    expect(r.pausedWorkingDays).toBe(2);
    expect(r).toMatchObject({ dueDate: '2027-01-01', uncertainYears: [2027] });
  });

  it('refuses invalid instants', () => {
    expectDomainError(
      () => extendForPause({ dueDate, pausedAt: new Date(Number.NaN), resumedAt: bj('2026-10-08 10:00'), calendar }),
      'BAD_USER_INPUT',
    );
  });
});
