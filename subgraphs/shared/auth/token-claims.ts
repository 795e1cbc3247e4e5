import { z } from 'zod';
import type { Principal } from './principal';

/** The longest a token may live (`npm run token -- --hours 720`); a farther `exp` is refused. */
export const MAX_TOKEN_SECONDS = 30 * 24 * 3600;
/** Clocks of the issuing and checking machines may differ a little. */
const CLOCK_SKEW_SECONDS = 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const unitId = (what: string) => z.string({ error: `must name the ${what}` }).regex(UUID, `must name the ${what} by its identifier`);
const common = {
  sub: z.string().trim().min(1).max(128),
  name: z.string().max(100).optional(),
  exp: z.number({ error: 'exp (expiry) is required' }).int(),
};
// A unit claim on a role that has none is refused too: it would mean nothing, or something unintended.
const noUnit = {
  departmentId: z.never({ error: 'only a county clerk names a department' }).optional(),
  townshipId: z.never({ error: 'only a township clerk names a township' }).optional(),
};

/** Each role with exactly the unit claim it needs, non-empty and well-formed: an empty claim is never "all". */
const CLAIMS = z.discriminatedUnion(
  'role',
  [
    z.object({ ...common, ...noUnit, role: z.literal('COUNTY_CLERK'), departmentId: unitId('department') }),
    z.object({ ...common, ...noUnit, role: z.literal('TOWNSHIP_CLERK'), townshipId: unitId('township') }),
    z.object({ ...common, ...noUnit, role: z.enum(['COUNTY_ADMIN', 'SUPERVISOR', 'VIEWER', 'SERVICE']) }),
  ],
  { error: 'unknown role' },
);

/** The principal the claims describe, or the first reason they do not describe one. */
export function principalFromClaims(payload: unknown, nowSeconds: number): { ok: true; principal: Principal } | { ok: false; reason: string } {
  const parsed = CLAIMS.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue.path.join('.') || 'claims'}: ${issue.message}` };
  }
  const c = parsed.data;
  if (c.exp > nowSeconds + MAX_TOKEN_SECONDS + CLOCK_SKEW_SECONDS) return { ok: false, reason: 'exp: the token lives longer than allowed' };
  const principal: Principal = { userId: c.sub, name: c.name ?? c.sub, role: c.role };
  if (c.role === 'COUNTY_CLERK') principal.departmentId = c.departmentId;
  if (c.role === 'TOWNSHIP_CLERK') principal.townshipId = c.townshipId;
  return { ok: true, principal };
}
