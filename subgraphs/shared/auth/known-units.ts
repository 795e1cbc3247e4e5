import { GraphQLError } from 'graphql';
import type { Principal, Role } from './principal';

/**
 * The unit a clerk's token names must exist in the subgraph that owns that kind of unit (the
 * county its departments, the township service its townships). A unit once found is remembered
 * for the life of the process (units are never deleted), so the check costs a statement only for
 * a unit not seen before.
 */
export function knownUnitCheck(o: {
  role: Role;
  unitOf: (p: Principal) => string | undefined;
  exists: (id: string) => Promise<boolean>;
  what: string;
}): (who: Principal | null) => Promise<void> {
  const known = new Set<string>();
  return async (who) => {
    if (!who || who.role !== o.role) return;
    const id = o.unitOf(who);
    if (id && (known.has(id) || (await o.exists(id)))) {
      known.add(id);
      return;
    }
    throw new GraphQLError(`The token names a ${o.what} that does not exist (令牌所属单位不存在)`, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  };
}
