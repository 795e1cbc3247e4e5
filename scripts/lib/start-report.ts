import type { Config } from '../../subgraphs/shared/config/env';
import { describeDatabase, tierDatabaseTarget, type Tier } from '../../subgraphs/shared/db/tier-targets';

const TIERS: Tier[] = ['county', 'township'];

/** Which database each tier uses, for the banner (no credentials). */
export function databaseLines(config: Config): string[] {
  return TIERS.map((t) => `${t.padEnd(8)}: ${describeDatabase(tierDatabaseTarget(config, t))}`);
}

/**
 * What `npm start` says about demo data: only what the services reported doing. They announce
 * it at info level, so a quieter LOG_LEVEL leaves `npm start` unable to tell.
 */
export function demoLine(config: Config, written: ReadonlySet<Tier>): string {
  if (!config.DEMO_DATA) return 'Demo data: off (DEMO_DATA=false)';
  if (written.size) return `Demo data: written on this start (${TIERS.filter((t) => written.has(t)).join(', ')})`;
  if (['warn', 'error', 'fatal', 'silent'].includes(config.LOG_LEVEL)) return `Demo data: not reported (LOG_LEVEL=${config.LOG_LEVEL} hides it)`;
  return 'Demo data: none written (the databases already had data)';
}
