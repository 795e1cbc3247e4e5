import { WorkCalendar } from '../../subgraphs/shared/domain/calendar';
import { calendarMonth, nationalDayKind } from '../../subgraphs/shared/domain/calendar-month';
import { expectDomainError } from './support';

describe('nationalDayKind', () => {
  it.each([
    ['2026-10-01', 'HOLIDAY', '国庆节'],
    ['2026-10-03', 'HOLIDAY', '国庆节'], // a holiday on a Saturday is a holiday
    ['2026-10-10', 'MAKEUP_WORKDAY', '国庆节'],
    ['2026-02-14', 'MAKEUP_WORKDAY', '春节'],
    ['2026-01-01', 'HOLIDAY', '元旦'],
    ['2026-11-07', 'WEEKEND', null],
    ['2026-11-09', 'WORKDAY', null],
    ['2027-01-01', 'WORKDAY', null], // after the bundled years: by weekday only
    ['2027-01-02', 'WEEKEND', null],
  ])('%s is %s (%s)', (d, kind, holidayName) => expect(nationalDayKind(d)).toEqual({ kind, holidayName }));
});

describe('calendarMonth', () => {
  const cal = new WorkCalendar({ overrides: [{ date: '2026-11-18', workday: false, note: '县城运动会' }, { date: '2026-11-21', workday: true }] });

  it('lists every date of the month in order, with the override and the worked answer', () => {
    const nov = calendarMonth(cal, 2026, 11);
    expect(nov).toHaveLength(30);
    expect(nov[0].date).toBe('2026-11-01');
    expect(nov[29].date).toBe('2026-11-30');
    expect(nov[17]).toEqual({ date: '2026-11-18', kind: 'WORKDAY', holidayName: null, workday: false, known: true, override: { date: '2026-11-18', workday: false, note: '县城运动会' } });
    expect(nov[20]).toMatchObject({ kind: 'WEEKEND', workday: true, override: { workday: true } });
    expect(nov[18]).toMatchObject({ override: null, workday: true });
  });

  it('knows leap years and marks guessed dates', () => {
    expect(calendarMonth(cal, 2028, 2)).toHaveLength(29);
    expect(calendarMonth(cal, 2027, 2)[0]).toMatchObject({ known: false });
  });

  it.each([
    [2026, 0],
    [2026, 13],
    [2026, 1.5],
    [1999, 1],
    [2101, 1],
  ])('refuses year %s month %s', (y, m) => {
    expectDomainError(() => calendarMonth(cal, y, m), 'BAD_USER_INPUT');
  });
});
