import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { bearerToken, TokenError, verifyToken } from '../subgraphs/shared/auth/jwt';
import type { Principal } from '../subgraphs/shared/auth/principal';

/** Tokens verified lately, so a caller's token is checked once and not on each of its requests. */
const MAX_REMEMBERED = 5000;

/**
 * Verified tokens with their expiry. A signed token says the same thing until it expires (the
 * claims are inside it), so a token verified once is believed as is until its `exp`, then verified
 * again (and refused as expired). A token with a not-before time is always verified afresh.
 */
export class VerifiedTokens {
  private readonly known = new Map<string, { principal: Principal; expiresAt: number }>();

  constructor(
    private readonly secret: string,
    private readonly now: () => number = Date.now,
  ) {}

  async principal(token: string): Promise<Principal> {
    const hit = this.known.get(token);
    if (hit && this.now() < hit.expiresAt) return hit.principal;
    if (hit) this.known.delete(token);
    const principal = await verifyToken(token, this.secret);
    const claims = payloadOf(token);
    if (typeof claims?.exp === 'number' && claims.nbf === undefined) {
      if (this.known.size >= MAX_REMEMBERED) this.known.delete(this.known.keys().next().value!);
      this.known.set(token, { principal, expiresAt: claims.exp * 1000 });
    }
    return principal;
  }
}

function payloadOf(token: string): { exp?: unknown; nbf?: unknown } | null {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown; nbf?: unknown };
  } catch {
    return null;
  }
}

/**
 * The gateway refuses a bad token before planning anything; a request without a token goes on
 * as the public, and each subgraph decides which of its fields the public may read.
 */
export async function gatewayPrincipal(req: IncomingMessage, tokens: VerifiedTokens): Promise<{ who: Principal | null; authorization?: string }> {
  try {
    const token = bearerToken(req.headers.authorization);
    if (!token) return { who: null };
    return { who: await tokens.principal(token), authorization: `Bearer ${token}` };
  } catch (e) {
    if (e instanceof TokenError) {
      throw new GraphQLError(e.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    }
    throw e;
  }
}
