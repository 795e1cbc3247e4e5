import { requireRole } from '../shared/auth/guards';
import type { Principal, Role } from '../shared/auth/principal';
import type { ComplaintActor, ComplaintUnitType } from '../shared/domain/complaint';
import { forbidden } from '../shared/graphql/errors';

/** Complaints a caller may read: every complaint (null) or those against one unit. */
export type ComplaintScope = { unitType: ComplaintUnitType; unitId: string } | null;

const READERS: Role[] = ['SUPERVISOR', 'COUNTY_ADMIN', 'COUNTY_CLERK', 'TOWNSHIP_CLERK'];

/**
 * Supervisors and administrators read every complaint; a clerk reads those against their own unit;
 * a viewer only the figures (`summary`); the public nothing.
 */
export function complaintReadScope(who: Principal | null, o: { summary?: boolean } = {}): ComplaintScope {
  const p = requireRole(who, ...READERS, ...(o.summary ? (['VIEWER'] as Role[]) : []));
  if (p.role === 'COUNTY_CLERK') return unitScope('DEPARTMENT', p.departmentId);
  if (p.role === 'TOWNSHIP_CLERK') return unitScope('TOWNSHIP', p.townshipId);
  return null;
}

function unitScope(unitType: ComplaintUnitType, unitId: string | undefined): ComplaintScope {
  if (!unitId) throw forbidden('Your token names no unit (令牌未指明所属单位)');
  return { unitType, unitId };
}

export function inScope(scope: ComplaintScope, c: { unitType: string; unitId: string }): boolean {
  return !scope || (scope.unitType === c.unitType && scope.unitId === c.unitId);
}

/** Supervision runs complaints; the clerks of the unit complained about answer them; nobody else acts. */
export function complaintActorOf(who: Principal | null, c: { unitType: string; unitId: string }): ComplaintActor | null {
  if (!who) return null;
  if (who.role === 'SUPERVISOR' || who.role === 'COUNTY_ADMIN') return 'SUPERVISION';
  if (who.role === 'COUNTY_CLERK' && c.unitType === 'DEPARTMENT' && who.departmentId === c.unitId) return 'UNIT';
  if (who.role === 'TOWNSHIP_CLERK' && c.unitType === 'TOWNSHIP' && who.townshipId === c.unitId) return 'UNIT';
  return null;
}

/**
 * Only supervision sees who complained: the unit complained about gets the complaint without
 * the complainant's name and phone, so nobody can retaliate.
 */
export function seesComplainant(who: Principal | null): boolean {
  return who?.role === 'SUPERVISOR' || who?.role === 'COUNTY_ADMIN';
}
