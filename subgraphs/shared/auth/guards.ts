import { forbidden, unauthenticated } from '../graphql/errors';
import type { Principal, Role } from './principal';

/** Throws UNAUTHENTICATED for the public and FORBIDDEN for a role not in the list. */
export function requireRole(who: Principal | null, ...roles: Role[]): Principal {
  if (!who) throw unauthenticated();
  if (!roles.includes(who.role)) throw forbidden();
  return who;
}

/** Roles that handle applicants' cases and so may see their personal data (in their own scope). */
export function seesPersonalData(who: Principal | null, scope: { departmentId?: string; townshipId?: string }): boolean {
  if (!who) return false;
  if (who.role === 'COUNTY_CLERK') return !!scope.departmentId && who.departmentId === scope.departmentId;
  if (who.role === 'TOWNSHIP_CLERK') return !!scope.townshipId && who.townshipId === scope.townshipId;
  return who.role === 'SERVICE';
}
