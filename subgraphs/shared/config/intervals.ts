import type { Config } from './env';

/**
 * Intervals are configured in seconds (the variables say so: CALENDAR_SYNC_SECONDS, …) and taken
 * in milliseconds everywhere in the code, like `setInterval` and the forwarder's options. This is
 * the one place where the one becomes the other.
 */
export interface Intervals {
  /** How often the township refreshes its copy of the county calendar, settings and catalog. */
  calendarSyncMs: number;
  /** How often e-supervision looks for cases that turned RED. */
  supervisionSweepMs: number;
  /** How long grouped statistics figures are kept (0: not kept). */
  statisticsCacheMs: number;
}

type IntervalSettings = Pick<Config, 'CALENDAR_SYNC_SECONDS' | 'SUPERVISION_SWEEP_SECONDS' | 'STATISTICS_CACHE_SECONDS'>;

export const secondsToMs = (seconds: number): number => seconds * 1000;

export function intervalsOf(config: IntervalSettings): Intervals {
  return {
    calendarSyncMs: secondsToMs(config.CALENDAR_SYNC_SECONDS),
    supervisionSweepMs: secondsToMs(config.SUPERVISION_SWEEP_SECONDS),
    statisticsCacheMs: secondsToMs(config.STATISTICS_CACHE_SECONDS),
  };
}
