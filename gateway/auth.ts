import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { bearerToken, TokenError, verifyToken } from '../subgraphs/shared/auth/jwt';
import type { Principal } from '../subgraphs/shared/auth/principal';

/**
 * The gateway refuses a bad token before planning anything; a request without a token goes on
 * as the public, and each subgraph decides which of its fields the public may read.
 */
export async function gatewayPrincipal(req: IncomingMessage, jwtSecret: string): Promise<{ who: Principal | null; authorization?: string }> {
  try {
    const token = bearerToken(req.headers.authorization);
    if (!token) return { who: null };
    return { who: await verifyToken(token, jwtSecret), authorization: `Bearer ${token}` };
  } catch (e) {
    if (e instanceof TokenError) {
      throw new GraphQLError(e.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    }
    throw e;
  }
}
