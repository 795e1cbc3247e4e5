import { WorkCalendar } from '../../subgraphs/shared/domain/calendar';
import { forwardingOverLimit } from '../../subgraphs/shared/domain/forwarding';

const calendar = new WorkCalendar();
const bj = (s: string) => new Date(`${s}+08:00`);
const over = (acceptedAt: string, forwardedAt: string | null, now: string, limitMinutes = 120) =>
  forwardingOverLimit({ acceptedAt: bj(acceptedAt), forwardedAt: forwardedAt ? bj(forwardedAt) : null, now: bj(now), calendar, limitMinutes });

test('an intake waiting longer than the limit, in working minutes, raises the warning', () => {
  expect(over('2026-11-20T09:00:00', null, '2026-11-20T11:00:00')).toBe(false); // exactly the limit
  expect(over('2026-11-20T09:00:00', null, '2026-11-20T11:01:00')).toBe(true);
  // Friday 17:00, still waiting Monday 10:00: 30 + 90 minutes of opening hours.
  expect(over('2026-11-20T17:00:00', null, '2026-11-23T10:00:00')).toBe(false);
  expect(over('2026-11-20T17:00:00', null, '2026-11-23T10:01:00')).toBe(true);
  // Over the National Day holiday nothing counts.
  expect(over('2026-09-30T17:00:00', null, '2026-10-08T09:30:00')).toBe(false);
});

test('once forwarded, the time forwarding took decides, not the time since', () => {
  expect(over('2026-11-20T09:00:00', '2026-11-20T10:00:00', '2026-11-27T10:00:00')).toBe(false);
  expect(over('2026-11-20T09:00:00', '2026-11-20T11:30:00', '2026-11-20T11:30:00')).toBe(true);
});

test('the limit is the county setting given', () => {
  expect(over('2026-11-20T09:00:00', null, '2026-11-20T09:30:00', 20)).toBe(true);
  expect(over('2026-11-20T09:00:00', null, '2026-11-20T09:30:00', 30)).toBe(false);
});
