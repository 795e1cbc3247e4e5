import { WorkCalendar } from '../../subgraphs/shared/domain/calendar';
import { isOfficeOpen, workingMinutesBetween } from '../../subgraphs/shared/domain/office-hours';

const cal = new WorkCalendar();
const bj = (s: string) => new Date(`${s}+08:00`);

test('opening hours are 08:30–17:30 Beijing time on working days', () => {
  expect(isOfficeOpen(bj('2026-11-20T08:29:59'), cal)).toBe(false);
  expect(isOfficeOpen(bj('2026-11-20T08:30:00'), cal)).toBe(true);
  expect(isOfficeOpen(bj('2026-11-20T17:29:59'), cal)).toBe(true);
  expect(isOfficeOpen(bj('2026-11-20T17:30:00'), cal)).toBe(false);
  expect(isOfficeOpen(bj('2026-11-21T10:00:00'), cal)).toBe(false); // Saturday
  expect(isOfficeOpen(bj('2026-10-01T10:00:00'), cal)).toBe(false); // National Day
  expect(isOfficeOpen(bj('2026-10-10T10:00:00'), cal)).toBe(true); // make-up Saturday
});

test('working minutes count only opening hours of working days', () => {
  expect(workingMinutesBetween(bj('2026-11-20T09:00:00'), bj('2026-11-20T11:00:00'), cal)).toBe(120);
  // Friday 17:00 → Monday 09:00: 30 + 30 minutes.
  expect(workingMinutesBetween(bj('2026-11-20T17:00:00'), bj('2026-11-23T09:00:00'), cal)).toBe(60);
  // Accepted after hours: nothing counts until the next opening.
  expect(workingMinutesBetween(bj('2026-11-20T19:00:00'), bj('2026-11-23T08:30:00'), cal)).toBe(0);
  // Across the National Day holiday.
  expect(workingMinutesBetween(bj('2026-09-30T17:00:00'), bj('2026-10-08T09:30:00'), cal)).toBe(90);
  expect(workingMinutesBetween(bj('2026-11-20T11:00:00'), bj('2026-11-20T09:00:00'), cal)).toBe(0);
});
