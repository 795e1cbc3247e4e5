import { caseDayFigures, dayFigureChange, reviewDayFigures, sumDayFigures, zeroDayCounts, type CaseFigureFacts, type DayFigureCounts } from '../../subgraphs/shared/domain/day-figures';

/** What one case row or review adds to the daily roll-ups, and what a write changes in them. */
const base: CaseFigureFacts = {
  unitId: 'U',
  itemId: 'I',
  status: 'ACCEPTED',
  itemKind: 'PROMISED',
  expedited: false,
  channel: 'WINDOW',
  acceptedOn: '2026-11-02',
  completedOn: null,
  dueDate: '2026-11-09',
  dueAt: new Date('2026-11-09T15:59:59.999Z'),
  withdrawnAt: null,
};
const counts = (c: Partial<DayFigureCounts>): DayFigureCounts => ({ ...zeroDayCounts(), ...c });
const byDay = (c: CaseFigureFacts) => Object.fromEntries(caseDayFigures(c).map((d) => [d.day, d.counts]));

test('a received case, not yet accepted, counts nowhere', () => {
  expect(caseDayFigures({ ...base, status: 'RECEIVED', acceptedOn: null, dueDate: null, dueAt: null })).toEqual([]);
});

test('an open promised case counts in its cohort only: what is overdue now is judged when asked', () => {
  expect(byDay(base)).toEqual({ '2026-11-02': counts({ accepted: 1, promised: 1 }) });
  expect(byDay({ ...base, itemKind: 'IMMEDIATE', expedited: true, channel: 'ONLINE' })).toEqual({ '2026-11-02': counts({ accepted: 1, immediate: 1, expedited: 1, online: 1 }) });
});

test('completed early, on the due date and late', () => {
  const done = { ...base, status: 'APPROVED' };
  expect(byDay({ ...done, completedOn: '2026-11-05' })).toEqual({
    '2026-11-02': counts({ accepted: 1, promised: 1, completed: 1, promisedCompleted: 1, completedOnTime: 1, promisedCompletedEarly: 1 }),
    '2026-11-05': counts({ completions: 1 }),
  });
  // On the due date itself: on time, not early.
  expect(byDay({ ...done, status: 'DELIVERED', completedOn: '2026-11-09' })).toEqual({
    '2026-11-02': counts({ accepted: 1, promised: 1, completed: 1, promisedCompleted: 1, completedOnTime: 1 }),
    '2026-11-09': counts({ completions: 1 }),
  });
  // Late: counted as gone overdue on its due date, for good.
  expect(byDay({ ...done, status: 'REJECTED', completedOn: '2026-11-12' })).toEqual({
    '2026-11-02': counts({ accepted: 1, promised: 1, completed: 1, promisedCompleted: 1 }),
    '2026-11-12': counts({ completions: 1 }),
    '2026-11-09': counts({ closedLate: 1 }),
  });
});

test('an immediate case completed the day it was accepted adds up on one row', () => {
  const c = { ...base, itemKind: 'IMMEDIATE', status: 'APPROVED', dueDate: '2026-11-02', completedOn: '2026-11-02' };
  expect(caseDayFigures(c)).toEqual([{ day: '2026-11-02', unitId: 'U', itemId: 'I', counts: counts({ accepted: 1, immediate: 1, completed: 1, completedOnTime: 1, completions: 1 }) }]);
});

test('withdrawn before or after the deadline', () => {
  const w = { ...base, status: 'WITHDRAWN' };
  expect(byDay({ ...w, withdrawnAt: new Date('2026-11-09T15:59:59.999Z') })).toEqual({ '2026-11-02': counts({ accepted: 1, promised: 1, withdrawn: 1 }) });
  expect(byDay({ ...w, withdrawnAt: new Date('2026-11-09T16:00:00.000Z') })).toEqual({
    '2026-11-02': counts({ accepted: 1, promised: 1, withdrawn: 1 }),
    '2026-11-09': counts({ closedLate: 1 }),
  });
  // Withdrawn before acceptance: nothing.
  expect(caseDayFigures({ ...w, acceptedOn: null, dueDate: null, dueAt: null, withdrawnAt: new Date() })).toEqual([]);
});

test('a review counts on its case acceptance day; level 1–2 are satisfied', () => {
  expect(reviewDayFigures({ unitId: 'U', itemId: 'I', acceptedOn: '2026-11-02', level: 2 })).toEqual([{ day: '2026-11-02', unitId: 'U', itemId: 'I', counts: counts({ reviews: 1, satisfiedReviews: 1 }) }]);
  expect(reviewDayFigures({ unitId: 'U', itemId: 'I', acceptedOn: '2026-11-02', level: 3 })[0].counts).toEqual(counts({ reviews: 1 }));
  expect(reviewDayFigures({ unitId: 'U', itemId: 'I', acceptedOn: null, level: 1 })).toEqual([]);
});

test('a write changes the rows by after minus before, and only those that move', () => {
  const accepted = caseDayFigures(base);
  // A step that changes no figure (start, record a step) changes no row.
  expect(dayFigureChange(accepted, caseDayFigures({ ...base }))).toEqual([]);
  // Accepting adds the cohort.
  expect(dayFigureChange([], accepted)).toEqual(accepted);
  // Completing late moves the cohort counts and adds two rows.
  const late = caseDayFigures({ ...base, status: 'APPROVED', completedOn: '2026-11-12' });
  expect(dayFigureChange(accepted, late)).toEqual([
    { day: '2026-11-02', unitId: 'U', itemId: 'I', counts: counts({ completed: 1, promisedCompleted: 1 }) },
    { day: '2026-11-09', unitId: 'U', itemId: 'I', counts: counts({ closedLate: 1 }) },
    { day: '2026-11-12', unitId: 'U', itemId: 'I', counts: counts({ completions: 1 }) },
  ]);
  // A moved deadline takes the late count from one day to the other.
  const moved = caseDayFigures({ ...base, status: 'APPROVED', completedOn: '2026-11-12', dueDate: '2026-11-10' });
  expect(dayFigureChange(late, moved).map((d) => [d.day, d.counts.closedLate])).toEqual([
    ['2026-11-09', -1],
    ['2026-11-10', 1],
  ]);
  // The changes of a history add up to its last state's contribution.
  expect(sumDayFigures([...dayFigureChange([], accepted), ...dayFigureChange(accepted, late), ...dayFigureChange(late, moved)]).filter((d) => Object.values(d.counts).some((n) => n !== 0))).toEqual(moved);
});
