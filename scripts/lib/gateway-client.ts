import { signToken } from '../../subgraphs/shared/auth/jwt';
import type { Principal } from '../../subgraphs/shared/auth/principal';

/** A small GraphQL client for the scripts that play demo data through the gateway, as staff would. */
export function gatewayClient(gatewayUrl: string, jwtSecret: string) {
  return {
    token: (p: Principal) => signToken(p, jwtSecret, 3600),
    async call<T = any>(query: string, variables: Record<string, unknown>, bearer: string): Promise<T> {
      const res = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
      if (body.errors?.length || !body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${res.status}`);
      return body.data;
    },
  };
}
