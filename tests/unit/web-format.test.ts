import { beijingDate, beijingDateTime, duration, isDate, percent, periodPresets, periodProblem, type Period } from '../../gateway/web/src/shared/format';

/** Calendar days a period covers, both ends included. */
const daysIn = (p: Period) => (Date.parse(`${p.to}T00:00:00Z`) - Date.parse(`${p.from}T00:00:00Z`)) / 86400_000 + 1;

/** The presets by label, so each reads as its name. */
const presets = (today: string) => Object.fromEntries(periodPresets(today).map((p) => [p.label, p.period]));

describe('percent: a rate as the pages show it', () => {
  test('shows the server-rounded percent string as it is, never recomputing it', () => {
    expect(percent({ percent: '95.4%' })).toBe('95.4%');
    expect(percent({ numerator: 1, denominator: 80, percent: '1.3%' } as { percent: string })).toBe('1.3%');
    expect(percent({ percent: '0.0%' })).toBe('0.0%');
    expect(percent({ percent: '100.0%' })).toBe('100.0%');
  });

  test('a rate with nothing to divide by (null) shows a dash, not 0%', () => {
    expect(percent(null)).toBe('—');
    expect(percent(undefined)).toBe('—');
  });
});

describe('beijingDateTime: instants in Beijing wall time', () => {
  test('a UTC instant reads 8 hours later, to the minute', () => {
    expect(beijingDateTime('2026-09-30T02:05:00Z')).toBe('2026-09-30 10:05');
    expect(beijingDateTime('2026-09-30T02:05:59.999Z')).toBe('2026-09-30 10:05');
  });

  test('an instant late in the UTC evening is already the next Beijing day', () => {
    expect(beijingDateTime('2026-09-30T16:00:00Z')).toBe('2026-10-01 00:00');
    expect(beijingDateTime('2026-09-30T15:59:00Z')).toBe('2026-09-30 23:59');
  });

  test('New Year in Beijing comes while it is still the old year in UTC', () => {
    expect(beijingDateTime('2026-12-31T16:30:00.000Z')).toBe('2027-01-01 00:30');
  });

  test('an instant given with an offset is read as the same moment', () => {
    expect(beijingDateTime('2026-11-02T10:00:00+08:00')).toBe('2026-11-02 10:00');
  });

  test('no instant shows a dash', () => {
    expect(beijingDateTime(null)).toBe('—');
    expect(beijingDateTime(undefined)).toBe('—');
    expect(beijingDateTime('')).toBe('—');
  });
});

describe('beijingDate: the Beijing calendar date of an instant', () => {
  test('before 16:00 UTC it is the same date, from 16:00 UTC the next one', () => {
    expect(beijingDate(new Date('2026-03-15T15:59:59.999Z'))).toBe('2026-03-15');
    expect(beijingDate(new Date('2026-03-15T16:00:00.000Z'))).toBe('2026-03-16');
  });

  test('across the year and a leap day', () => {
    expect(beijingDate(new Date('2026-12-31T18:00:00Z'))).toBe('2027-01-01');
    expect(beijingDate(new Date('2028-02-28T17:00:00Z'))).toBe('2028-02-29');
  });
});

describe('duration: a length of time as a clerk says it', () => {
  test.each([
    [0, '0秒'],
    [45, '45秒'],
    [59.9, '59秒'],
    [60, '1分钟'],
    [12 * 60, '12分钟'],
    [12 * 60 + 59, '12分钟'],
    [3599, '59分钟'],
    [2 * 3600 + 5 * 60, '2小时5分'],
    [3 * 3600, '3小时'],
    [3 * 3600 + 30, '3小时'],
    [86399, '23小时59分'],
    [86400, '1天'],
    [3 * 86400 + 4 * 3600, '3天4小时'],
    [3 * 86400 + 4 * 3600 + 59 * 60, '3天4小时'],
    [2 * 86400 + 30 * 60, '2天'],
  ])('%p seconds read %s', (seconds, shown) => {
    expect(duration(seconds)).toBe(shown);
  });

  test('a negative length (clock skew) reads 0秒', () => {
    expect(duration(-5)).toBe('0秒');
    expect(duration(-86400)).toBe('0秒');
  });

  test('no length shows a dash', () => {
    expect(duration(null)).toBe('—');
    expect(duration(undefined)).toBe('—');
  });
});

describe('isDate: a real calendar date written YYYY-MM-DD', () => {
  test.each(['2026-01-01', '2026-12-31', '2028-02-29', '2026-02-28'])('accepts %s', (s) => {
    expect(isDate(s)).toBe(true);
  });

  test.each([
    ['2026-02-30', 'a day February does not have'],
    ['2026-02-29', 'a leap day in a common year'],
    ['2026-04-31', 'the 31st of a 30-day month'],
    ['2026-13-01', 'a 13th month'],
    ['2026-00-10', 'a month 0'],
    ['2026-1-1', 'missing zero padding'],
    ['2026/01/01', 'slashes'],
    ['2026-01-01T00:00', 'a time'],
    [' 2026-01-01', 'leading space'],
    ['', 'the empty string'],
  ])('rejects %p (%s)', (s) => {
    expect(isDate(s)).toBe(false);
  });

  test('rejects null and undefined', () => {
    expect(isDate(null)).toBe(false);
    expect(isDate(undefined)).toBe(false);
  });
});

describe('periodPresets: the period picker', () => {
  test('offers the five presets in order', () => {
    expect(periodPresets('2026-11-21').map((p) => p.label)).toEqual(['本月', '上月', '近30天', '本季度', '本年']);
  });

  test('mid-November', () => {
    expect(presets('2026-11-21')).toEqual({
      本月: { from: '2026-11-01', to: '2026-11-21' },
      上月: { from: '2026-10-01', to: '2026-10-31' },
      近30天: { from: '2026-10-23', to: '2026-11-21' },
      本季度: { from: '2026-10-01', to: '2026-11-21' },
      本年: { from: '2026-01-01', to: '2026-11-21' },
    });
  });

  test('in January, last month is the previous December', () => {
    expect(presets('2026-01-15')).toEqual({
      本月: { from: '2026-01-01', to: '2026-01-15' },
      上月: { from: '2025-12-01', to: '2025-12-31' },
      近30天: { from: '2025-12-17', to: '2026-01-15' },
      本季度: { from: '2026-01-01', to: '2026-01-15' },
      本年: { from: '2026-01-01', to: '2026-01-15' },
    });
  });

  test('on the first of the month, this month is that one day', () => {
    expect(presets('2026-07-01')).toMatchObject({
      本月: { from: '2026-07-01', to: '2026-07-01' },
      上月: { from: '2026-06-01', to: '2026-06-30' },
      本季度: { from: '2026-07-01', to: '2026-07-01' },
    });
  });

  test('last month ends on its own last day, leap February included', () => {
    expect(presets('2026-03-31').上月).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presets('2028-03-10').上月).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(presets('2026-05-31').上月).toEqual({ from: '2026-04-01', to: '2026-04-30' });
  });

  test.each(['2026-01-15', '2026-03-01', '2028-03-01', '2026-11-21', '2026-12-31'])('近30天 on %s spans exactly 30 days ending today', (today) => {
    const p = presets(today).近30天;
    expect(p.to).toBe(today);
    expect(daysIn(p)).toBe(30);
  });

  test.each([
    ['2026-01-01', '2026-01-01'],
    ['2026-03-31', '2026-01-01'],
    ['2026-04-01', '2026-04-01'],
    ['2026-06-30', '2026-04-01'],
    ['2026-08-20', '2026-07-01'],
    ['2026-09-30', '2026-07-01'],
    ['2026-10-01', '2026-10-01'],
    ['2026-12-31', '2026-10-01'],
  ])('本季度 on %s starts %s', (today, start) => {
    expect(presets(today).本季度).toEqual({ from: start, to: today });
  });

  test('本年 starts on 1 January of the same year', () => {
    expect(presets('2026-12-31').本年).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presets('2027-01-01').本年).toEqual({ from: '2027-01-01', to: '2027-01-01' });
  });

  test('every preset is a period the graph accepts', () => {
    for (const today of ['2026-01-01', '2026-01-15', '2026-12-31', '2028-02-29', '2028-12-31']) {
      for (const { label, period } of periodPresets(today)) {
        expect([label, periodProblem(period)]).toEqual([label, null]);
      }
    }
  });
});

describe('periodProblem: which periods may be asked for', () => {
  test('a valid period, and a single day, have no problem', () => {
    expect(periodProblem({ from: '2026-11-01', to: '2026-11-21' })).toBeNull();
    expect(periodProblem({ from: '2026-11-21', to: '2026-11-21' })).toBeNull();
  });

  test('a period that ends before it starts is refused', () => {
    expect(periodProblem({ from: '2026-11-21', to: '2026-11-01' })).toBe('开始日期不能晚于结束日期');
  });

  test('366 days is the longest allowed; 367 is refused', () => {
    expect(periodProblem({ from: '2028-01-01', to: '2028-12-31' })).toBeNull(); // a leap year
    expect(periodProblem({ from: '2025-01-01', to: '2026-01-01' })).toBeNull();
    expect(periodProblem({ from: '2025-01-01', to: '2026-01-02' })).toBe('统计期间最长为366天');
    expect(periodProblem({ from: '2027-03-01', to: '2028-02-29' })).toBeNull(); // 366 days ending on a leap day
    expect(periodProblem({ from: '2027-03-01', to: '2028-03-01' })).toBe('统计期间最长为366天'); // a year on, across 29 Feb: 367
  });

  test.each([
    [{ from: '2026-1-1', to: '2026-11-21' }],
    [{ from: '2026-11-01', to: '2026-02-30' }],
    [{ from: '', to: '2026-11-21' }],
    [{ from: '2026-11-01', to: '' }],
    [{ from: '2026-13-01', to: '2026-13-02' }],
  ])('a malformed date is refused before anything else: %p', (p) => {
    expect(periodProblem(p)).toBe('请输入有效的起止日期（YYYY-MM-DD）');
  });
});
