import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { bearerToken, TokenError, verifyToken } from '../auth/jwt';
import type { Principal } from '../auth/principal';

export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';

const httpError = (code: string, status: number, message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status } } });

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Who is calling a subgraph: the gateway secret is checked first (when one is configured),
 * then the bearer token is verified here again — the subgraph never trusts the gateway's word.
 */
export async function principalOf(
  req: IncomingMessage,
  opts: { jwtSecret: string; gatewaySecret?: string },
): Promise<Principal | null> {
  if (opts.gatewaySecret) {
    const given = req.headers[GATEWAY_SECRET_HEADER];
    if (typeof given !== 'string' || !sameSecret(given, opts.gatewaySecret)) {
      throw httpError('FORBIDDEN', 403, 'Requests must come through the gateway');
    }
  }
  try {
    const token = bearerToken(req.headers.authorization);
    return token ? await verifyToken(token, opts.jwtSecret) : null;
  } catch (e) {
    if (e instanceof TokenError) throw httpError('UNAUTHENTICATED', 401, e.message);
    throw e;
  }
}
