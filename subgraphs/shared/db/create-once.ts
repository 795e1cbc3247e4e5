import { validateRequestId } from '../cases/case-engine';
import { requestFingerprint, sameRequestOrRefuse } from './request-fingerprint';
import { isUniqueViolation } from './unique-violation';

/** The request key a creating catalog mutation stores with its record (both null without a requestId). */
export interface RequestKey {
  requestId: string | null;
  requestHash: string | null;
}

/**
 * Idempotent creation for mutations whose `requestId` is optional: without one, `create` runs as
 * before; with one, a repeat with the same payload returns the first record (also when two
 * repeats race: the unique key on `request_id` lets one in and the other reads it back), and the
 * same key with another payload is IDEMPOTENCY_KEY_REUSED, storing nothing.
 */
export async function createOnce<R extends { requestHash?: string | null }>(o: {
  requestId: string | null | undefined;
  payload: unknown;
  find: (requestId: string) => Promise<R | null>;
  create: (key: RequestKey) => Promise<R>;
  /** How `create` reports a unique violation once it is known not to be this request's repeat. */
  duplicate?: (e: unknown) => unknown;
}): Promise<R> {
  if (o.requestId == null) return o.create({ requestId: null, requestHash: null });
  validateRequestId(o.requestId);
  const requestHash = requestFingerprint(o.payload);
  const requestId = o.requestId;
  const earlier = await o.find(requestId);
  if (earlier) return sameRequestOrRefuse(earlier, requestHash);
  try {
    return await o.create({ requestId, requestHash });
  } catch (e) {
    if (isUniqueViolation(e) || (e as { extensions?: { code?: string } })?.extensions?.code === 'DUPLICATE') {
      const raced = await o.find(requestId);
      if (raced) return sameRequestOrRefuse(raced, requestHash);
    }
    throw e;
  }
}
