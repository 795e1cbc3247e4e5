/**
 * Exact rates (SPEC §4.6): a rate is a fraction kept as two integers; it is null when the
 * denominator is 0 (not 0%), and rounded half-up to one decimal of a percent only for display.
 */
import { DomainError } from './errors';

export interface Rate {
  numerator: number;
  denominator: number;
  /** The exact fraction as a number between 0 and 1 (for sorting and charts). */
  value: number;
  /** The display form, e.g. "95.4%". */
  percent: string;
}

function requireCount(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new DomainError('BAD_USER_INPUT', `${name} must be a whole number of 0 or more`);
}

/**
 * Per-mille of n/d rounded half-up, in integers only: floor((2·1000·n + d) / (2·d)).
 * Floating point would turn 1/80 (1.25%) into 1.2%; integer arithmetic never does.
 */
export function perMilleHalfUp(numerator: number, denominator: number): number {
  requireCount('Numerator', numerator);
  requireCount('Denominator', denominator);
  if (denominator === 0) throw new DomainError('BAD_USER_INPUT', 'A rate needs a denominator above 0');
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  return Number((2n * 1000n * n + d) / (2n * d));
}

/** "95.4%" from a per-mille figure. */
export function formatPerMille(perMille: number): string {
  return `${Math.floor(perMille / 10)}.${perMille % 10}%`;
}

export function rate(numerator: number, denominator: number): Rate | null {
  requireCount('Numerator', numerator);
  requireCount('Denominator', denominator);
  if (denominator === 0) return null;
  return { numerator, denominator, value: numerator / denominator, percent: formatPerMille(perMilleHalfUp(numerator, denominator)) };
}
