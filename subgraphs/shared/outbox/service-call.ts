import { signToken } from '../auth/jwt';
import { GATEWAY_SECRET_HEADER } from '../graphql/request-auth';
import type { Config } from '../config/env';

export interface ServiceTarget {
  url: string;
  jwtSecret: string;
  gatewaySecret?: string;
  /** Who the calling service is, for the receiver's logs and history. */
  caller: string;
}

/** Where another subgraph is and how to prove who we are to it, from the service's config. */
export function serviceTarget(config: Config, url: string, caller: string): ServiceTarget {
  return { url, jwtSecret: config.JWT_SECRET, gatewaySecret: config.GATEWAY_SECRET, caller };
}

/** Calls another subgraph directly as the SERVICE identity; throws unless it answered with data. */
export async function callService<T>(t: ServiceTarget, query: string, variables: Record<string, unknown>, timeoutMs = 5000): Promise<T> {
  const token = await signToken({ userId: t.caller, name: t.caller, role: 'SERVICE' }, t.jwtSecret, 300);
  const res = await fetch(t.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(t.gatewaySecret ? { [GATEWAY_SECRET_HEADER]: t.gatewaySecret } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length || !body.data) {
    const e = body.errors?.[0];
    throw new Error(`${e?.extensions?.code ?? `HTTP ${res.status}`}: ${e?.message ?? 'no data'}`);
  }
  return body.data;
}
