import type { WorkCalendar } from './calendar';
import { workingMinutesBetween } from './office-hours';

/**
 * SPEC §4.4 (5): an intake not forwarded within the forwarding limit (working minutes of opening
 * hours since the township accepted it) raises a warning — while it waits, and afterwards when
 * forwarding took longer than the limit.
 */
export function forwardingOverLimit(input: { acceptedAt: Date; forwardedAt: Date | null; now: Date; calendar: WorkCalendar; limitMinutes: number }): boolean {
  return workingMinutesBetween(input.acceptedAt, input.forwardedAt ?? input.now, input.calendar) > input.limitMinutes;
}
