import { WorkCalendar } from '../../subgraphs/shared/domain/calendar';
import { computeDue, deadlineAfterCalendarChange } from '../../subgraphs/shared/domain/deadline';
import { calendarEvents } from '../../subgraphs/township/calendar-mirror';

// 2026-12-30 is a Wednesday; 2027 is not covered by the base calendar (weekdays are guessed).
const acceptedAt = new Date('2026-12-30T02:00:00.000Z');
const guess = new WorkCalendar();
const newYearOff = new WorkCalendar({ overrides: [{ date: '2027-01-01', workday: false }] });
const confirmed = new WorkCalendar({ overrides: [{ date: '2027-01-01', workday: false }], confirmedYears: [2027] });

describe('deadlineAfterCalendarChange', () => {
  const guessed = computeDue({ acceptedAt, kind: 'PROMISED', promisedDays: 3, calendar: guess });
  const open = { acceptedAt, dueDate: guessed.dueDate, grantedDays: 3, pausedWorkingDays: 0, uncertainYears: guessed.uncertainYears };

  test('the guess the issue describes: 3 working days from 30 Dec land on Mon 4 Jan while 1 Jan is guessed a workday', () => {
    expect(guessed).toMatchObject({ dueDate: '2027-01-04', uncertainYears: [2027] });
  });

  test('declaring 1 Jan off keeps the promised date (the applicant does not lose time), still flagged', () => {
    expect(deadlineAfterCalendarChange({ ...open, before: guess, after: newYearOff, change: 'OVERRIDE' })).toBeNull();
  });

  test('confirming the year recounts the guess on the real calendar, later if need be, and lifts the flag', () => {
    const due = deadlineAfterCalendarChange({ ...open, before: newYearOff, after: confirmed, change: 'YEAR_CONFIRMED' });
    expect(due).toMatchObject({ dueDate: '2027-01-05', uncertainYears: [] });
    // The same date a case accepted now gets.
    expect(computeDue({ acceptedAt, kind: 'PROMISED', promisedDays: 3, calendar: confirmed }).dueDate).toBe('2027-01-05');
  });

  test('confirming a year whose guess was right only lifts the flag', () => {
    const plain = new WorkCalendar({ confirmedYears: [2027] });
    expect(deadlineAfterCalendarChange({ ...open, before: guess, after: plain, change: 'YEAR_CONFIRMED' })).toMatchObject({ dueDate: '2027-01-04', uncertainYears: [] });
  });

  test('a make-up working day inside the remaining time brings the date forward', () => {
    // Thu 19 Nov + 3 working days = Tue 24 Nov; with Sat 21 Nov worked it is Mon 23 Nov.
    const at = new Date('2026-11-19T02:00:00.000Z');
    const base = new WorkCalendar();
    const saturdayWorked = new WorkCalendar({ overrides: [{ date: '2026-11-21', workday: true }] });
    const due = computeDue({ acceptedAt: at, kind: 'PROMISED', promisedDays: 3, calendar: base });
    expect(due.dueDate).toBe('2026-11-24');
    expect(deadlineAfterCalendarChange({ acceptedAt: at, dueDate: due.dueDate, grantedDays: 3, pausedWorkingDays: 0, uncertainYears: [], before: base, after: saturdayWorked, change: 'OVERRIDE' })).toMatchObject({
      dueDate: '2026-11-23',
      dueAt: new Date('2026-11-23T16:00:00.000Z'),
    });
  });

  test('days added by earlier pauses are kept', () => {
    const at = new Date('2026-11-19T02:00:00.000Z');
    const saturdayWorked = new WorkCalendar({ overrides: [{ date: '2026-11-21', workday: true }] });
    // 3 granted + 2 paused = 5 working days: Fri 20, Sat 21 (worked), Mon 23, Tue 24, Wed 25.
    expect(deadlineAfterCalendarChange({ acceptedAt: at, dueDate: '2026-11-26', grantedDays: 3, pausedWorkingDays: 2, uncertainYears: [], before: new WorkCalendar(), after: saturdayWorked, change: 'OVERRIDE' })?.dueDate).toBe('2026-11-25');
  });

  test('a case accepted before granted days were recorded keeps the working days its date gave it', () => {
    const due = deadlineAfterCalendarChange({ ...open, grantedDays: null, before: newYearOff, after: confirmed, change: 'YEAR_CONFIRMED' });
    // Counted on the calendar before the change: 30 Dec → 4 Jan is 2 working days there.
    expect(due).toMatchObject({ dueDate: '2027-01-04', uncertainYears: [] });
  });
});

describe('calendarEvents', () => {
  test('newly confirmed years and every day declared, changed or given back; nothing for an unchanged copy', () => {
    const before = { overrides: [{ date: '2026-11-18', workday: false }, { date: '2026-11-21', workday: true }], confirmedYears: [] };
    const after = { overrides: [{ date: '2026-11-21', workday: false }, { date: '2027-01-01', workday: false }], confirmedYears: [2027] };
    expect(calendarEvents(before, after)).toEqual([
      { change: 'YEAR_CONFIRMED', year: 2027 },
      { change: 'OVERRIDE', date: '2026-11-21', workday: false },
      { change: 'OVERRIDE', date: '2027-01-01', workday: false },
      { change: 'OVERRIDE', date: '2026-11-18', workday: null },
    ]);
    expect(calendarEvents(after, after)).toEqual([]);
  });
});
