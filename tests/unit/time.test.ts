import {
  addCalendarDays,
  compareDates,
  endOfShanghaiDay,
  isCalendarDate,
  shanghaiDate,
  startOfShanghaiDay,
  weekdayOf,
  yearOf,
} from '../../subgraphs/shared/domain/time';
import { expectDomainError } from './support';

describe('isCalendarDate', () => {
  it.each(['2026-09-29', '2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (s) => expect(isCalendarDate(s)).toBe(true),
  );

  it.each([
    '2026-02-29', // not a leap year
    '1900-02-29', // century, not a leap year
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-9-29',
    '26-09-29',
    '2026/09/29',
    '20260929',
    '2026-09-29T00:00',
    ' 2026-09-29',
    '2026-09-29 ',
    '0000-01-01',
    '',
  ])('refuses %j', (s) => expect(isCalendarDate(s)).toBe(false));

  it('refuses non-strings without throwing', () => {
    expect(isCalendarDate(undefined as unknown as string)).toBe(false);
    expect(isCalendarDate(20260929 as unknown as string)).toBe(false);
  });
});

describe('shanghaiDate', () => {
  it('is UTC+8: 15:59:59.999Z is still the same Beijing day, 16:00Z is the next', () => {
    expect(shanghaiDate(new Date('2026-09-29T15:59:59.999Z'))).toBe('2026-09-29');
    expect(shanghaiDate(new Date('2026-09-29T16:00:00.000Z'))).toBe('2026-09-30');
  });

  it('puts 23:30 Beijing time on 29 September on the 29th and 00:30 on the 30th', () => {
    expect(shanghaiDate(new Date('2026-09-29T15:30:00Z'))).toBe('2026-09-29');
    expect(shanghaiDate(new Date('2026-09-29T16:30:00Z'))).toBe('2026-09-30');
  });

  it('crosses year ends and leap days', () => {
    expect(shanghaiDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(shanghaiDate(new Date('2024-02-28T16:00:00Z'))).toBe('2024-02-29');
    expect(shanghaiDate(new Date('1969-12-31T16:00:00Z'))).toBe('1970-01-01');
    expect(shanghaiDate(new Date('1969-12-31T15:59:59Z'))).toBe('1969-12-31');
  });

  it('refuses an invalid Date', () => {
    expectDomainError(() => shanghaiDate(new Date('nonsense')), 'BAD_USER_INPUT');
  });
});

describe('start and end of a Beijing day', () => {
  it('starts at 16:00Z the day before', () => {
    expect(startOfShanghaiDay('2026-10-10').toISOString()).toBe('2026-10-09T16:00:00.000Z');
  });

  it('ends exclusively at the start of the next day', () => {
    expect(endOfShanghaiDay('2026-10-10').toISOString()).toBe('2026-10-10T16:00:00.000Z');
    expect(endOfShanghaiDay('2026-12-31').getTime()).toBe(startOfShanghaiDay('2027-01-01').getTime());
    expect(endOfShanghaiDay('2024-02-28').getTime()).toBe(startOfShanghaiDay('2024-02-29').getTime());
  });

  it('round-trips with shanghaiDate at both edges of the day', () => {
    const d = '2026-02-14';
    expect(shanghaiDate(startOfShanghaiDay(d))).toBe(d);
    expect(shanghaiDate(new Date(endOfShanghaiDay(d).getTime() - 1))).toBe(d);
    expect(shanghaiDate(endOfShanghaiDay(d))).toBe('2026-02-15');
  });

  it('handles years below 100 without the 1900 shift of Date.UTC', () => {
    expect(startOfShanghaiDay('0050-06-01').getUTCFullYear()).toBe(50);
    expect(shanghaiDate(startOfShanghaiDay('0050-06-01'))).toBe('0050-06-01');
  });

  it('refuses malformed dates', () => {
    expectDomainError(() => startOfShanghaiDay('2026-02-30'), 'BAD_USER_INPUT');
    expectDomainError(() => endOfShanghaiDay('tomorrow'), 'BAD_USER_INPUT');
  });
});

describe('addCalendarDays', () => {
  it.each([
    ['2026-09-30', 1, '2026-10-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2026-09-29', 0, '2026-09-29'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
  ])('%s %+d → %s', (d, n, expected) => expect(addCalendarDays(d, n)).toBe(expected));

  it('refuses fractional days and malformed dates', () => {
    expectDomainError(() => addCalendarDays('2026-09-29', 1.5), 'BAD_USER_INPUT');
    expectDomainError(() => addCalendarDays('2026-9-29', 1), 'BAD_USER_INPUT');
  });
});

describe('weekdayOf and yearOf', () => {
  it.each([
    ['1970-01-01', 4],
    ['2026-09-27', 0],
    ['2026-09-28', 1],
    ['2026-10-10', 6],
    ['2027-01-01', 5],
    ['2000-02-29', 2],
    ['1969-12-31', 3],
  ])('%s is weekday %d', (d, w) => expect(weekdayOf(d)).toBe(w));

  it('reads the year', () => {
    expect(yearOf('2027-01-01')).toBe(2027);
    expect(yearOf('0999-12-31')).toBe(999);
  });
});

describe('compareDates', () => {
  it('orders dates', () => {
    expect(compareDates('2026-09-29', '2026-09-30')).toBe(-1);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(compareDates('2026-09-29', '2026-09-29')).toBe(0);
  });
});
