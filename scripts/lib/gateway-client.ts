import { signToken } from '../../subgraphs/shared/auth/jwt';
import type { Principal } from '../../subgraphs/shared/auth/principal';

/** Posts one GraphQL request and returns its data; throws with the first error's message otherwise. */
export async function postGraphql<T = any>(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${res.status}`);
  return body.data;
}

/** A small GraphQL client for the scripts that play demo data through the gateway, as staff would. */
export function gatewayClient(gatewayUrl: string, jwtSecret: string) {
  return {
    token: (p: Principal) => signToken(p, jwtSecret, 3600),
    call: <T = any>(query: string, variables: Record<string, unknown>, bearer: string): Promise<T> =>
      postGraphql<T>(gatewayUrl, { authorization: `Bearer ${bearer}` }, query, variables),
  };
}
