import { WorkCalendar } from '../../subgraphs/shared/domain/calendar';
import { applyAction, initialCaseState, type CaseState } from '../../subgraphs/shared/domain/lifecycle';
import {
  addCounts,
  addDaily,
  addWarnings,
  checkPeriod,
  COUNT_FIELDS,
  dailySeries,
  figuresOf,
  MAX_PERIOD_DAYS,
  periodDates,
  periodDays,
  warningOfClock,
  warningsAt,
  zeroCounts,
  type FigureCounts,
} from '../../subgraphs/shared/domain/statistics';
import { DEFAULT_WARNING_THRESHOLDS, warningLevel } from '../../subgraphs/shared/domain/warning';
import { shanghaiDate } from '../../subgraphs/shared/domain/time';
import { ScopedRows } from '../../subgraphs/shared/statistics/scoped-rows';
import { bj, domainErrorOf } from './support';

const counts = (c: Partial<FigureCounts>): FigureCounts => ({ ...zeroCounts(), ...c });

describe('the period of a statistics query', () => {
  test('both ends are included', () => {
    expect(checkPeriod('2026-10-01', '2026-10-31')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(periodDays({ from: '2026-10-01', to: '2026-10-31' })).toBe(31);
    expect(periodDays({ from: '2026-10-01', to: '2026-10-01' })).toBe(1);
  });

  test('a whole leap year (366 days) is allowed, one day more is not', () => {
    expect(MAX_PERIOD_DAYS).toBe(366);
    expect(periodDays(checkPeriod('2028-01-01', '2028-12-31'))).toBe(366);
    expect(periodDays(checkPeriod('2026-01-01', '2027-01-01'))).toBe(366);
    expect(domainErrorOf(() => checkPeriod('2026-01-01', '2027-01-02')).code).toBe('BAD_USER_INPUT');
  });

  test.each([
    ['2026-10-02', '2026-10-01'], // from after to
    ['2026-02-29', '2026-03-01'], // no such day
    ['2026-9-1', '2026-09-30'], // not zero-padded
    ['2026-09-01', 'tomorrow'],
    ['', '2026-09-30'],
  ])('%s..%s is refused as bad input', (from, to) => {
    expect(domainErrorOf(() => checkPeriod(from, to)).code).toBe('BAD_USER_INPUT');
  });

  test('dates run across month and year ends', () => {
    expect(periodDates({ from: '2026-12-30', to: '2027-01-02' })).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
  });
});

describe('figures from counts', () => {
  test('rates are exact fractions of the SPEC definitions; pending follows from the counts', () => {
    const f = figuresOf(
      counts({
        accepted: 10,
        immediate: 4,
        promised: 6,
        completed: 7,
        promisedCompleted: 4,
        completedOnTime: 6,
        promisedCompletedEarly: 3,
        withdrawn: 1,
        overdueNow: 1,
        expedited: 2,
        reviews: 3,
        satisfiedReviews: 2,
      }),
    );
    expect(f.pending).toBe(2); // 10 − 7 − 1
    expect(f.pendingShare).toMatchObject({ numerator: 2, denominator: 10, percent: '20.0%' });
    expect(f.immediateShare).toMatchObject({ numerator: 4, denominator: 10, percent: '40.0%' });
    expect(f.promisedShare).toMatchObject({ numerator: 6, denominator: 10 });
    expect(f.completionRate).toMatchObject({ numerator: 7, denominator: 10, percent: '70.0%' });
    expect(f.promisedCompletionRate).toMatchObject({ numerator: 4, denominator: 6, percent: '66.7%' });
    expect(f.onTimeRate).toMatchObject({ numerator: 6, denominator: 7, percent: '85.7%' });
    expect(f.earlyRate).toMatchObject({ numerator: 3, denominator: 4, percent: '75.0%' });
    expect(f.satisfactionRate).toMatchObject({ numerator: 2, denominator: 3, percent: '66.7%' });
  });

  test('the pending share of the SPEC table: 60 of 1300 cases still open is 4.6%', () => {
    const f = figuresOf(counts({ accepted: 1300, immediate: 300, promised: 1000, completed: 1240, promisedCompleted: 950, completedOnTime: 1200 }));
    expect(f.pending).toBe(60);
    expect(f.pendingShare).toMatchObject({ numerator: 60, denominator: 1300, percent: '4.6%' });
  });

  test('an empty scope has zeros and null rates, never 0%', () => {
    const f = figuresOf(zeroCounts());
    for (const field of COUNT_FIELDS) expect(f[field]).toBe(0);
    expect(f.pending).toBe(0);
    for (const r of [f.pendingShare, f.immediateShare, f.promisedShare, f.completionRate, f.promisedCompletionRate, f.onTimeRate, f.earlyRate, f.satisfactionRate]) {
      expect(r).toBeNull();
    }
  });

  test('a rate is null only where its own denominator is 0', () => {
    const f = figuresOf(counts({ accepted: 2, immediate: 2 }));
    expect(f.completionRate).toMatchObject({ numerator: 0, denominator: 2, percent: '0.0%' });
    expect(f.promisedCompletionRate).toBeNull(); // no promised cases
    expect(f.onTimeRate).toBeNull(); // nothing completed
  });
});

describe('adding scopes', () => {
  test('counts are summed and rates recomputed from the sums, never averaged', () => {
    // 1/1 on time (100%) and 1/3 on time (33.3%): the average would be 66.7%, the truth is 2/4.
    const a = counts({ accepted: 1, completed: 1, completedOnTime: 1 });
    const b = counts({ accepted: 3, completed: 3, completedOnTime: 1 });
    const f = figuresOf(addCounts(figuresOf(a), b));
    expect(f).toMatchObject({ accepted: 4, completed: 4, completedOnTime: 2 });
    expect(f.onTimeRate).toMatchObject({ numerator: 2, denominator: 4, percent: '50.0%' });
  });

  test('extra fields of the parts (rates, pending) do not leak into the sum', () => {
    const sum = addCounts(figuresOf(counts({ accepted: 1 })), counts({ accepted: 2 }));
    expect(Object.keys(sum).sort()).toEqual([...COUNT_FIELDS].sort());
    expect(sum.accepted).toBe(3);
  });

  test('nothing added up is zero', () => {
    expect(addCounts()).toEqual(zeroCounts());
    expect(addWarnings()).toEqual({ green: 0, yellow: 0, red: 0 });
  });

  test('warning counts add per level', () => {
    expect(addWarnings(warningsAt('GREEN', 2), warningsAt('RED', 1), warningsAt('GREEN', 1), warningsAt('YELLOW', 4))).toEqual({ green: 3, yellow: 4, red: 1 });
  });
});

describe('daily series', () => {
  const p = { from: '2026-09-29', to: '2026-10-02' };

  test('one entry per date, zeros included, parts of a date added, dates outside ignored', () => {
    expect(
      dailySeries(p, [
        { date: '2026-09-30', accepted: 2 },
        { date: '2026-09-30', accepted: 1, completed: 1 },
        { date: '2026-10-02', overdue: 3 },
        { date: '2026-10-03', accepted: 9 }, // after the period
      ]),
    ).toEqual([
      { date: '2026-09-29', accepted: 0, completed: 0, overdue: 0 },
      { date: '2026-09-30', accepted: 3, completed: 1, overdue: 0 },
      { date: '2026-10-01', accepted: 0, completed: 0, overdue: 0 },
      { date: '2026-10-02', accepted: 0, completed: 0, overdue: 3 },
    ]);
  });

  test('two series of the same period add date by date', () => {
    const a = dailySeries(p, [{ date: '2026-09-29', accepted: 1 }]);
    const b = dailySeries(p, [{ date: '2026-09-29', accepted: 2, overdue: 1 }, { date: '2026-10-01', completed: 5 }]);
    expect(addDaily(p, a, b)).toEqual([
      { date: '2026-09-29', accepted: 3, completed: 0, overdue: 1 },
      { date: '2026-09-30', accepted: 0, completed: 0, overdue: 0 },
      { date: '2026-10-01', accepted: 0, completed: 5, overdue: 0 },
      { date: '2026-10-02', accepted: 0, completed: 0, overdue: 0 },
    ]);
  });
});

describe('warning level of a clock shared by many cases', () => {
  const calendar = new WorkCalendar();
  const ctx = (now: Date) => ({ now, calendar, item: { kind: 'PROMISED' as const, promisedDays: 6 } });
  // Accepted Mon 2 Nov 2026 with 6 days: due Tue 10 Nov.
  const accepted = applyAction(initialCaseState(), 'accept', {}, ctx(bj('2026-11-02 09:00'))).state;
  const paused = applyAction(accepted, 'requestSupplement', { missingMaterials: ['申请书'] }, ctx(bj('2026-11-06 10:00'))).state;

  const clockOf = (s: CaseState) => ({
    acceptedOn: shanghaiDate(s.acceptedAt!),
    dueDate: s.dueDate!,
    dueAt: s.dueAt!,
    pausedAt: s.pausedAt,
    pausedWorkingDays: s.pausedWorkingDays,
  });

  test.each(['2026-11-02 10:00', '2026-11-06 10:00', '2026-11-10 12:00', '2026-11-11 00:00', '2026-12-01 10:00'])(
    'agrees with the level of the case itself at %s, running and paused',
    (when) => {
      for (const s of [accepted, paused]) {
        const expected = warningLevel({ state: s, now: bj(when), calendar, thresholds: DEFAULT_WARNING_THRESHOLDS })!.level;
        expect(warningOfClock(clockOf(s), bj(when), calendar, DEFAULT_WARNING_THRESHOLDS)).toBe(expected);
      }
    },
  );

  test('a running clock goes GREEN → YELLOW → RED; a clock paused before the due instant stays as it was', () => {
    const level = (s: CaseState, when: string) => warningOfClock(clockOf(s), bj(when), calendar, DEFAULT_WARNING_THRESHOLDS);
    expect([level(accepted, '2026-11-02 10:00'), level(accepted, '2026-11-09 10:00'), level(accepted, '2026-11-11 00:00')]).toEqual(['GREEN', 'YELLOW', 'RED']);
    expect(level(paused, '2026-12-01 10:00')).toBe('YELLOW'); // paused with 2 of 6 days left: 4/6 used
  });
});

describe('slicing grouped rows by scope', () => {
  const rows = new ScopedRows([
    { unitId: 'd1', itemId: 'i1', n: 1 },
    { unitId: 'd1', itemId: 'i2', n: 2 },
    { unitId: 'd2', itemId: 'i3', n: 4 },
    { unitId: 'd1', itemId: 'i1', n: 8 },
  ]);
  const total = (scope: { unitId?: string; itemId?: string }) => rows.rows(scope).reduce((s, r) => s + r.n, 0);

  test('the whole tier, a unit, an item', () => {
    expect(total({})).toBe(15);
    expect(total({ unitId: 'd1' })).toBe(11);
    expect(total({ unitId: 'd2' })).toBe(4);
    expect(total({ itemId: 'i1' })).toBe(9);
    expect(total({ unitId: 'd1', itemId: 'i1' })).toBe(9);
  });

  test('unknown scopes and an item of another unit are empty', () => {
    expect(total({ unitId: 'd9' })).toBe(0);
    expect(total({ itemId: 'i9' })).toBe(0);
    expect(total({ unitId: 'd2', itemId: 'i1' })).toBe(0);
  });
});
