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
    return token ? await verifiedOnce(token, opts.jwtSecret) : null;
  } catch (e) {
    if (e instanceof TokenError) throw httpError('UNAUTHENTICATED', 401, e.message);
    throw e;
  }
}

/** Tokens verified already, each until it expires: a service or a clerk sends the same token many times. */
const verified = new Map<string, { principal: Principal; expiresAtMs: number }>();
const MAX_VERIFIED = 10_000;

async function verifiedOnce(token: string, secret: string): Promise<Principal> {
  const key = `${secret.length}:${secret}:${token}`;
  const kept = verified.get(key);
  if (kept && kept.expiresAtMs > Date.now()) return { ...kept.principal };
  verified.delete(key);
  const principal = await verifyToken(token, secret);
  const exp = expiryOf(token);
  if (exp !== null) {
    if (verified.size >= MAX_VERIFIED) verified.clear();
    verified.set(key, { principal, expiresAtMs: exp * 1000 });
  }
  return { ...principal };
}

/** The `exp` claim of a token whose signature was verified. */
function expiryOf(token: string): number | null {
  try {
    const exp = (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp : null;
  } catch {
    return null;
  }
}
