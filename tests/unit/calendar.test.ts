import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { BASE_CALENDAR_YEARS, WorkCalendar } from '../../subgraphs/shared/domain/calendar';
import { addCalendarDays, weekdayOf } from '../../subgraphs/shared/domain/time';
import { expectDomainError } from './support';

const base = new WorkCalendar();

describe('WorkCalendar.isWorkday on the bundled calendar', () => {
  it.each([
    ['2026-10-01', false, 'National Day'],
    ['2026-10-07', false, 'National Day, a Wednesday'],
    ['2026-10-08', true, 'first Thursday after National Day'],
    ['2026-10-10', true, 'make-up Saturday'],
    ['2026-09-20', true, 'make-up Sunday'],
    ['2026-09-25', false, 'Mid-Autumn, a Friday'],
    ['2026-02-14', true, 'make-up Saturday before Spring Festival'],
    ['2026-02-23', false, 'Spring Festival, a Monday'],
    ['2026-02-28', true, 'make-up Saturday after Spring Festival'],
    ['2026-01-04', true, 'make-up Sunday after New Year'],
    ['2026-05-01', false, 'Labour Day'],
    ['2026-05-09', true, 'make-up Saturday after Labour Day'],
    ['2026-11-07', false, 'an ordinary Saturday'],
    ['2026-11-08', false, 'an ordinary Sunday'],
    ['2026-11-09', true, 'an ordinary Monday'],
    ['2004-10-01', false, 'National Day in the first base year'],
    ['2004-01-17', true, 'make-up Saturday in the first base year'],
  ])('%s → %s (%s)', (d, expected) => expect(base.isWorkday(d)).toBe(expected));

  it('agrees with the package data table, day by day, for every base year', () => {
    // The package's own JSON export is an independent reference that does not depend on the server time zone.
    const table = require('chinese-days/dist/chinese-days.json') as {
      holidays: Record<string, string>;
      workdays: Record<string, string>;
    };
    const mismatches: string[] = [];
    let day = `${BASE_CALENDAR_YEARS.first}-01-01`;
    const end = `${BASE_CALENDAR_YEARS.last + 1}-01-01`;
    let checked = 0;
    while (day !== end) {
      const w = weekdayOf(day);
      const expected = Boolean(table.workdays[day]) || (w >= 1 && w <= 5 && !table.holidays[day]);
      if (base.isWorkday(day) !== expected) mismatches.push(day);
      day = addCalendarDays(day, 1);
      checked += 1;
    }
    expect(checked).toBe(8401);
    expect(mismatches).toEqual([]);
  });

  it('gives the same answers when the server runs west of UTC', () => {
    // chinese-days reads the local time zone; run the calendar in child processes with other TZ settings.
    const calendarFile = path.resolve(__dirname, '../../subgraphs/shared/domain/calendar.ts');
    const script = `
      const ts = require('typescript'); const fs = require('fs');
      require.extensions['.ts'] = (m, f) => m._compile(ts.transpileModule(fs.readFileSync(f, 'utf8'),
        { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText, f);
      const { WorkCalendar } = require(${JSON.stringify(calendarFile)});
      const cal = new WorkCalendar();
      let bits = '';
      for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 864e5) {
        bits += cal.isWorkday(new Date(t).toISOString().slice(0, 10)) ? '1' : '0';
      }
      process.stdout.write(bits);`;
    let expected = '';
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 864e5) {
      expected += base.isWorkday(new Date(t).toISOString().slice(0, 10)) ? '1' : '0';
    }
    for (const tz of ['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati']) {
      const run = spawnSync(process.execPath, ['-e', script], {
        cwd: path.resolve(__dirname, '../..'),
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect({ tz, bits: run.stdout }).toEqual({ tz, bits: expected });
    }
  });

  it('guesses Monday to Friday outside the base years, e.g. 2027-01-01 (a Friday) is a workday', () => {
    expect(base.isWorkday('2027-01-01')).toBe(true);
    expect(base.isWorkday('2027-01-02')).toBe(false);
    expect(base.isWorkday('2003-10-01')).toBe(true);
  });

  it('refuses malformed dates', () => {
    expectDomainError(() => base.isWorkday('2026-02-30'), 'BAD_USER_INPUT');
    expectDomainError(() => base.isKnown('2026/10/01'), 'BAD_USER_INPUT');
  });
});

describe('overrides', () => {
  const cal = new WorkCalendar({
    overrides: [
      { date: '2026-11-09', workday: false, note: 'local flood day' },
      { date: '2026-11-07', workday: true },
      { date: '2026-10-01', workday: true, note: 'on duty' },
      { date: '2027-01-01', workday: false, note: '元旦' },
    ],
  });

  it('wins over the bundled calendar both ways', () => {
    expect(cal.isWorkday('2026-11-09')).toBe(false);
    expect(cal.isWorkday('2026-11-07')).toBe(true);
    expect(cal.isWorkday('2026-10-01')).toBe(true);
  });

  it('wins over the weekday guess in an uncovered year', () => {
    expect(cal.isWorkday('2027-01-01')).toBe(false);
  });

  it('leaves other days alone', () => {
    expect(cal.isWorkday('2026-11-10')).toBe(true);
    expect(cal.isWorkday('2026-10-02')).toBe(false);
  });

  it('lists overrides sorted by date, as copies', () => {
    const list = cal.overrides();
    expect(list.map((o) => o.date)).toEqual(['2026-10-01', '2026-11-07', '2026-11-09', '2027-01-01']);
    expect(list[2]).toEqual({ date: '2026-11-09', workday: false, note: 'local flood day' });
    list[0].workday = false;
    list.pop();
    expect(cal.isWorkday('2026-10-01')).toBe(true);
    expect(cal.overrides()).toHaveLength(4);
  });

  it('does not see later changes to the objects it was built from', () => {
    const row = { date: '2026-11-10', workday: false };
    const c = new WorkCalendar({ overrides: [row] });
    row.workday = true;
    expect(c.isWorkday('2026-11-10')).toBe(false);
  });

  it('refuses the same date twice rather than pick one', () => {
    const err = expectDomainError(
      () =>
        new WorkCalendar({
          overrides: [
            { date: '2026-11-09', workday: false },
            { date: '2026-11-09', workday: true },
          ],
        }),
      'BAD_USER_INPUT',
    );
    expect(err.message).toContain('2026-11-09');
  });

  it('refuses malformed rows', () => {
    expectDomainError(() => new WorkCalendar({ overrides: [{ date: '2026-11-31', workday: false }] }), 'BAD_USER_INPUT');
    expectDomainError(
      () => new WorkCalendar({ overrides: [{ date: '2026-11-30', workday: 'no' as unknown as boolean }] }),
      'BAD_USER_INPUT',
    );
    expectDomainError(() => new WorkCalendar({ confirmedYears: [2027.5] }), 'BAD_USER_INPUT');
  });
});

describe('coverage: isYearCovered and isKnown', () => {
  it('covers exactly the base years by default', () => {
    expect(BASE_CALENDAR_YEARS).toEqual({ first: 2004, last: 2026 });
    expect(base.isYearCovered(2003)).toBe(false);
    expect(base.isYearCovered(2004)).toBe(true);
    expect(base.isYearCovered(2026)).toBe(true);
    expect(base.isYearCovered(2027)).toBe(false);
  });

  it('covers a year an administrator confirmed', () => {
    const cal = new WorkCalendar({ confirmedYears: [2028, 2027, 2027] });
    expect(cal.isYearCovered(2027)).toBe(true);
    expect(cal.isYearCovered(2029)).toBe(false);
    expect(cal.confirmedYears()).toEqual([2027, 2028]);
    expect(cal.isKnown('2027-06-01')).toBe(true);
  });

  it('knows a single overridden date in an uncovered year, but not its neighbours', () => {
    const cal = new WorkCalendar({ overrides: [{ date: '2027-01-01', workday: false }] });
    expect(cal.isKnown('2027-01-01')).toBe(true);
    expect(cal.isKnown('2027-01-02')).toBe(false);
    expect(cal.isKnown('2026-12-31')).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-09-30', 3, '2026-10-10'],
    ['2026-09-24', 2, '2026-09-29'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-04-30', 3, '2026-05-08'],
    ['2026-11-06', 1, '2026-11-09'], // Friday + 1 → Monday
    ['2026-11-07', 1, '2026-11-09'], // from a Saturday, the next workday is day 1
    ['2026-02-14', 1, '2026-02-24'], // across the whole Spring Festival
    ['2026-11-02', 20, '2026-11-30'],
  ])('%s + %d → %s', (from, n, expected) => {
    expect(base.addWorkingDays(from, n)).toEqual({ date: expected, uncertainYears: [] });
  });

  it('with n = 0 keeps a workday and moves a day off to the next workday', () => {
    expect(base.addWorkingDays('2026-11-09', 0).date).toBe('2026-11-09');
    expect(base.addWorkingDays('2026-10-10', 0).date).toBe('2026-10-10');
    expect(base.addWorkingDays('2026-11-07', 0).date).toBe('2026-11-09');
    expect(base.addWorkingDays('2026-10-01', 0).date).toBe('2026-10-08');
  });

  it('flags the uncovered year it had to guess (2026-12-30 + 2 lands on a guessed 2027-01-01)', () => {
    expect(base.addWorkingDays('2026-12-30', 2)).toEqual({ date: '2027-01-01', uncertainYears: [2027] });
  });

  it('with a 2027-01-01 holiday override lands on 2027-01-04, still flagging the guessed weekend', () => {
    const cal = new WorkCalendar({ overrides: [{ date: '2027-01-01', workday: false }] });
    expect(cal.addWorkingDays('2026-12-30', 2)).toEqual({ date: '2027-01-04', uncertainYears: [2027] });
  });

  it('is certain once 2027 is confirmed', () => {
    const cal = new WorkCalendar({ overrides: [{ date: '2027-01-01', workday: false }], confirmedYears: [2027] });
    expect(cal.addWorkingDays('2026-12-30', 2)).toEqual({ date: '2027-01-04', uncertainYears: [] });
  });

  it('does not flag the start date itself when n > 0, but does when n = 0', () => {
    const cal = new WorkCalendar({
      overrides: [
        { date: '2027-01-02', workday: false },
        { date: '2027-01-03', workday: false },
        { date: '2027-01-04', workday: true },
      ],
    });
    expect(cal.addWorkingDays('2027-01-01', 1)).toEqual({ date: '2027-01-04', uncertainYears: [] });
    expect(cal.addWorkingDays('2027-01-01', 0)).toEqual({ date: '2027-01-01', uncertainYears: [2027] });
  });

  it('lists several uncovered years once each, sorted', () => {
    const r = base.addWorkingDays('2003-12-30', 300);
    expect(r.uncertainYears).toEqual([2003]);
    const far = base.addWorkingDays('2026-12-01', 400);
    expect(far.uncertainYears).toEqual([2027, 2028]);
  });

  it('refuses negative, fractional and absurd counts', () => {
    expectDomainError(() => base.addWorkingDays('2026-11-09', -1), 'BAD_USER_INPUT');
    expectDomainError(() => base.addWorkingDays('2026-11-09', 1.5), 'BAD_USER_INPUT');
    expectDomainError(() => base.addWorkingDays('2026-11-09', Number.NaN), 'BAD_USER_INPUT');
    expectDomainError(() => base.addWorkingDays('2026-11-09', 1_000_000), 'BAD_USER_INPUT');
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-09-30', '2026-10-08', 1], // only 8 October; 1–7 are holidays
    ['2026-09-30', '2026-10-07', 0],
    ['2026-09-30', '2026-10-10', 3],
    ['2026-11-06', '2026-11-09', 1], // Friday → Monday
    ['2026-11-09', '2026-11-09', 0],
    ['2026-11-10', '2026-11-09', 0], // reversed range
    ['2026-11-02', '2026-11-30', 20],
  ])('(%s, %s] has %d working days', (from, to, count) => {
    expect(base.workingDaysBetween(from, to)).toEqual({ count, uncertainYears: [] });
  });

  it('is the inverse of addWorkingDays', () => {
    for (const [from, n] of [
      ['2026-09-30', 3],
      ['2026-02-13', 7],
      ['2026-04-30', 12],
    ] as const) {
      const { date } = base.addWorkingDays(from, n);
      expect(base.workingDaysBetween(from, date).count).toBe(n);
    }
  });

  it('flags guessed dates in an uncovered year', () => {
    expect(base.workingDaysBetween('2026-12-30', '2027-01-05')).toEqual({ count: 4, uncertainYears: [2027] });
  });

  it('refuses a range of decades', () => {
    expectDomainError(() => base.workingDaysBetween('1990-01-01', '2026-01-01'), 'BAD_USER_INPUT');
  });

  it('answers a span asked again as it answered it first, whatever the caller did to the first answer', () => {
    const cal = new WorkCalendar({ overrides: [{ date: '2027-01-04', workday: false, note: '县级调休' }] });
    const first = cal.workingDaysBetween('2026-12-30', '2027-01-08');
    first.uncertainYears.push(1999);
    first.count = -1;
    expect(cal.workingDaysBetween('2026-12-30', '2027-01-08')).toEqual({ count: 6, uncertainYears: [2027] });
  });

  it('counts day by day as before when it remembers spans, over more spans than it keeps', () => {
    const cal = new WorkCalendar();
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const spans = Array.from({ length: 25_000 }, () => {
      const from = addCalendarDays('2025-01-01', next() % 700);
      return [from, addCalendarDays(from, (next() % 90) - 5)] as const;
    });
    const byHand = (from: string, to: string) => {
      let n = 0;
      for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (cal.isWorkday(d)) n += 1;
      return n;
    };
    // Every span twice: once counted, once (mostly) remembered.
    const wrong = [...spans, ...spans].filter(([from, to]) => cal.workingDaysBetween(from, to).count !== byHand(from, to));
    expect(wrong).toEqual([]);
  });
});
