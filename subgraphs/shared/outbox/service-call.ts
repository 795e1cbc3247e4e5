import { signToken } from '../auth/jwt';
import { GATEWAY_SECRET_HEADER } from '../graphql/request-auth';
import type { Config } from '../config/env';

export interface ServiceTarget {
  /** The first instance; `urls` lists them all. */
  url: string;
  /** Every instance of the other subgraph, called in turn (a refused connection goes to the next at once). */
  urls?: readonly string[];
  jwtSecret: string;
  gatewaySecret?: string;
  /** Who the calling service is, for the receiver's logs and history. */
  caller: string;
}

/** Where another subgraph is (one URL, or every instance of it) and how to prove who we are to it, from the service's config. */
export function serviceTarget(config: Config, url: string | readonly string[], caller: string): ServiceTarget {
  const urls = typeof url === 'string' ? [url] : url;
  if (urls.length === 0) throw new Error('a service target needs at least one URL');
  return { url: urls[0]!, urls, jwtSecret: config.JWT_SECRET, gatewaySecret: config.GATEWAY_SECRET, caller };
}

/**
 * Codes that say "try again later": the receiver (or its database) is busy, down, racing, or not
 * yet configured to trust us. Any other coded refusal is about the message itself.
 */
const TRANSIENT_CODES = new Set(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'VERSION_CONFLICT', 'RATE_LIMITED', 'UNAUTHENTICATED', 'FORBIDDEN']);

/** The error a receiver's coded refusal of one message stands for (transient or permanent, as for a whole call). */
export function refusalOf(code: string, message: string): ServiceCallError {
  return new ServiceCallError(`${code}: ${message}`, code, !TRANSIENT_CODES.has(code));
}

/** A call that did not return data; `permanent` when the receiver refused the request itself. */
export class ServiceCallError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/** A service token lives five minutes and is signed again after four: one per caller, not one per call. */
const TOKEN_SECONDS = 300;
const RENEW_AFTER_MS = 240_000;
const tokens = new Map<string, { token: string; renewAt: number }>();

async function serviceToken(t: ServiceTarget): Promise<string> {
  const key = `${t.caller}\u0000${t.jwtSecret}`;
  const kept = tokens.get(key);
  if (kept && kept.renewAt > Date.now()) return kept.token;
  const token = await signToken({ userId: t.caller, name: t.caller, role: 'SERVICE' }, t.jwtSecret, TOKEN_SECONDS);
  tokens.set(key, { token, renewAt: Date.now() + RENEW_AFTER_MS });
  return token;
}

/** Which instance each target calls next. */
const turns = new WeakMap<ServiceTarget, number>();

/** The instances to try for one call: the next in turn first, then the others. */
function instancesInTurn(t: ServiceTarget): readonly string[] {
  const urls = t.urls?.length ? t.urls : [t.url];
  if (urls.length === 1) return urls;
  const start = turns.get(t) ?? 0;
  turns.set(t, (start + 1) % urls.length);
  return urls.map((_, k) => urls[(start + k) % urls.length]!);
}

/** A connection the receiver refused: nothing reached it, so another instance may take the call. */
const refused = (e: unknown) => (e as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';

/** Calls another subgraph directly as the SERVICE identity; throws a ServiceCallError unless it answered with data. */
export async function callService<T>(t: ServiceTarget, query: string, variables: Record<string, unknown>, timeoutMs = 5000): Promise<T> {
  const token = await serviceToken(t);
  let res: Response | null = null;
  let failure: unknown = null;
  for (const url of instancesInTurn(t)) {
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          ...(t.gatewaySecret ? { [GATEWAY_SECRET_HEADER]: t.gatewaySecret } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      break;
    } catch (e) {
      failure = e;
      // Only a refused connection is tried elsewhere: a timeout may have been delivered.
      if (!refused(e)) break;
    }
  }
  if (!res) throw new ServiceCallError(`SERVICE_UNAVAILABLE: ${(failure as Error).message}`, 'SERVICE_UNAVAILABLE', false);
  const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length || !body.data) {
    const e = body.errors?.[0];
    const code = e?.extensions?.code;
    throw new ServiceCallError(`${code ?? `HTTP ${res.status}`}: ${e?.message ?? 'no data'}`, code ?? `HTTP_${res.status}`, !!code && !TRANSIENT_CODES.has(code));
  }
  return body.data;
}
