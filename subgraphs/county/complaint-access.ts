import { requireRole } from '../shared/auth/guards';
import type { Principal, Role } from '../shared/auth/principal';
import { inUnitScope, unitScope, type UnitScope } from '../shared/auth/unit-scope';
import type { ComplaintActor } from '../shared/domain/complaint';

/** Complaints a caller may read: every complaint or those against one unit. */
export type ComplaintScope = UnitScope;

const READERS: Role[] = ['SUPERVISOR', 'COUNTY_ADMIN', 'COUNTY_CLERK', 'TOWNSHIP_CLERK'];

/**
 * Supervisors and administrators read every complaint; a clerk reads those against their own unit;
 * a viewer only the figures (`summary`); the public nothing.
 */
export function complaintReadScope(who: Principal | null, o: { summary?: boolean } = {}): ComplaintScope {
  return unitScope(requireRole(who, ...READERS, ...(o.summary ? (['VIEWER'] as Role[]) : [])));
}

export function inScope(scope: ComplaintScope, c: { unitType: string; unitId: string }): boolean {
  return inUnitScope(scope, c.unitType, c.unitId);
}

/** Supervision runs complaints; the clerks of the unit complained about answer them; nobody else acts. */
export function complaintActorOf(who: Principal | null, c: { unitType: string; unitId: string }): ComplaintActor | null {
  if (!who) return null;
  if (who.role === 'SUPERVISOR' || who.role === 'COUNTY_ADMIN') return 'SUPERVISION';
  if (who.role === 'COUNTY_CLERK' || who.role === 'TOWNSHIP_CLERK') return inUnitScope(unitScope(who), c.unitType, c.unitId) ? 'UNIT' : null;
  return null;
}

/**
 * Only supervision sees who complained: the unit complained about gets the complaint without
 * the complainant's name and phone, so nobody can retaliate.
 */
export function seesComplainant(who: Principal | null): boolean {
  return who?.role === 'SUPERVISOR' || who?.role === 'COUNTY_ADMIN';
}

/**
 * Who handles a complaint reads its query code (查询码), to tell a complainant who asks for it:
 * supervision and the clerks of the unit complained about, the same callers who may act on it.
 */
export function seesQueryCode(who: Principal | null, c: { unitType: string; unitId: string }): boolean {
  return complaintActorOf(who, c) !== null;
}
