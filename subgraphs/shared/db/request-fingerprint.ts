import { createHash } from 'node:crypto';
import { appError } from '../graphql/errors';

/**
 * One idempotency rule for every creating mutation that takes a `requestId`: the same key with
 * the same payload returns the first result; the same key with another payload is refused
 * (IDEMPOTENCY_KEY_REUSED) and stores nothing. The payload's fingerprint is stored with the record.
 */

/** The SHA-256 of the payload's canonical JSON (object keys sorted, so key order does not matter). */
export function requestFingerprint(payload: unknown): string {
  return createHash('sha256').update(canonical(payload)).digest('hex');
}

function canonical(v: unknown): string {
  if (v === undefined || v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v instanceof Date) return JSON.stringify(v.toISOString());
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

const idempotencyKeyReused = () =>
  appError(
    'IDEMPOTENCY_KEY_REUSED',
    '请求编号（requestId）已用于内容不同的另一次提交，相同编号只能重复提交相同内容；请换用新的请求编号 (This requestId was already used with a different payload; use a new requestId)',
  );

/**
 * The earlier record when the repeat carries the same payload; refuses a different one. Records
 * stored before fingerprints existed have none and are returned as before.
 */
export function sameRequestOrRefuse<R extends { requestHash?: string | null }>(earlier: R, fingerprint: string): R {
  if (earlier.requestHash && earlier.requestHash !== fingerprint) throw idempotencyKeyReused();
  return earlier;
}
