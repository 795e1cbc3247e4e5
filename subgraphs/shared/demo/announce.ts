import type { Tier } from '../db/tier-targets';

/** The log message a service writes when it has just written demo data (and only then). */
export function demoWrittenMessage(tier: Tier): string {
  return `demo data written to the ${tier} database`;
}

const WRITTEN = /"msg":"demo data written to the (county|township) database"/g;

/** The tiers whose services announced, in these JSON log lines, that they wrote demo data. */
export function tiersThatWroteDemo(logText: string): Tier[] {
  return [...logText.matchAll(WRITTEN)].map((m) => m[1] as Tier);
}
