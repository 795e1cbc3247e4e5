import { isUuid } from '../db/ids';
import { badInput, forbidden } from '../graphql/errors';
import type { Principal } from './principal';

export type UnitType = 'DEPARTMENT' | 'TOWNSHIP';

/**
 * What a caller may read of unit-owned data: every unit, or one. `all` comes from the role alone,
 * never from a missing or empty unit claim, so a falsy value can only ever mean "nothing".
 */
export type UnitScope = { all: true } | { all: false; unitType: UnitType; unitId: string };

const ALL: UnitScope = { all: true };

/**
 * The scope of an already admitted caller: a clerk is bound to the unit their token names (a
 * clerk without a well-formed unit gets FORBIDDEN), every other role reads all units.
 */
export function unitScope(p: Principal): UnitScope {
  if (p.role === 'COUNTY_CLERK') return boundTo('DEPARTMENT', p.departmentId);
  if (p.role === 'TOWNSHIP_CLERK') return boundTo('TOWNSHIP', p.townshipId);
  return ALL;
}

function boundTo(unitType: UnitType, unitId: unknown): UnitScope {
  if (typeof unitId !== 'string' || !isUuid(unitId)) throw forbidden('Your token names no unit (令牌未指明所属单位)');
  return { all: false, unitType, unitId };
}

/**
 * Whether the caller works the records of their unit (a clerk), and so reads its free text as
 * written; overseers read every unit's, masked.
 */
export function handlesOwnUnit(who: Principal | null): boolean {
  return !!who && (who.role === 'COUNTY_CLERK' || who.role === 'TOWNSHIP_CLERK') && !unitScope(who).all;
}

/** Whether the scope covers a record of the given unit; an empty or missing unit is covered only by `all`. */
export function inUnitScope(scope: UnitScope, unitType: string, unitId: string | null | undefined): boolean {
  return scope.all || (scope.unitType === unitType && !!unitId && scope.unitId === unitId);
}

/**
 * The unit a list is filtered on: the caller's own, or the one asked for (which must be inside the
 * scope), or none (`null`) only for a caller whose scope is `all` and who asked for no unit. An
 * empty or malformed unit asked for is BAD_USER_INPUT, not "no filter". `unitType` is the kind of
 * unit the records belong to (null: either kind, as complaints and supervision records).
 */
export function unitFilter(scope: UnitScope, unitType: UnitType | null, requested: string | null | undefined, otherUnitMessage: string): string | null {
  if (requested !== undefined && requested !== null && !isUuid(requested)) throw badInput(`Not a valid identifier: ${String(requested).slice(0, 60)}`);
  if (scope.all) return requested ?? null;
  if (unitType !== null && scope.unitType !== unitType) throw forbidden(otherUnitMessage);
  if (requested != null && requested !== scope.unitId) throw forbidden(otherUnitMessage);
  return scope.unitId;
}

/**
 * For records of either kind of unit (complaints, supervision records): the kind and the unit a
 * list is narrowed to, each null when not narrowed. A clerk is always narrowed to their own unit
 * and asking for another kind or another unit is FORBIDDEN.
 */
export function mixedUnitFilter(
  scope: UnitScope,
  requested: { unitType?: string | null; unitId?: string | null },
  otherUnitMessage: string,
): { unitType: string | null; unitId: string | null } {
  if (!scope.all && requested.unitType != null && requested.unitType !== scope.unitType) throw forbidden(otherUnitMessage);
  return { unitType: scope.all ? (requested.unitType ?? null) : scope.unitType, unitId: unitFilter(scope, null, requested.unitId, otherUnitMessage) };
}
