import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { Principal } from './principal';
import { principalFromClaims } from './token-claims';

const ISSUER = 'liandong';
const AUDIENCE = 'liandong';

export class TokenError extends Error {}

const key = (secret: string) => new TextEncoder().encode(secret);

export async function signToken(principal: Principal, secret: string, ttlSeconds = 8 * 3600): Promise<string> {
  const claims: Record<string, unknown> = { name: principal.name, role: principal.role };
  if (principal.departmentId) claims.departmentId = principal.departmentId;
  if (principal.townshipId) claims.townshipId = principal.townshipId;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(principal.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(key(secret));
}

/** Verifies signature, issuer, audience and expiry, and that the claims make a coherent principal (token-claims.ts). */
export async function verifyToken(token: string, secret: string): Promise<Principal> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] }));
  } catch (e) {
    if (e instanceof joseErrors.JWTExpired) throw new TokenError('The token has expired (登录已过期)');
    throw new TokenError('The token is not valid (令牌无效)');
  }
  const claims = principalFromClaims(payload, Math.floor(Date.now() / 1000));
  if (!claims.ok) throw new TokenError(`The token is not valid (令牌无效): ${claims.reason}`);
  return claims.principal;
}

/** Extracts the token from an `Authorization: Bearer …` header; undefined when there is none. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!m) throw new TokenError('The Authorization header must be "Bearer <token>"');
  return m[1];
}
