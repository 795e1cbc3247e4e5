import type { Config } from '../subgraphs/shared/config/env';
import type { Principal } from '../subgraphs/shared/auth/principal';
import { isUuid } from '../subgraphs/shared/db/ids';
import { callService, serviceTarget } from '../subgraphs/shared/outbox/service-call';
import { principalFromOptions, TokenOptionsError } from './token-options';

/** The unit could not be checked (its service is down): not the caller's mistake. */
export class UnitLookupUnavailable extends TokenOptionsError {}

/** Where the units named by code are looked up: the county's departments, the township service's townships. */
export interface UnitLookup {
  departmentByCode(code: string): Promise<string | null>;
  townshipByCode(code: string): Promise<string | null>;
  departmentExists(id: string): Promise<boolean>;
  townshipExists(id: string): Promise<boolean>;
}

/** Asks the running subgraphs (their public catalog queries) for the units, as the SERVICE identity. */
export function serviceUnitLookup(config: Config): UnitLookup {
  const county = serviceTarget(config, config.countyUrl, 'dev-token');
  const township = serviceTarget(config, config.townshipUrl, 'dev-token');
  const ask = async <T>(tier: 'county' | 'township', query: string): Promise<T> => {
    try {
      return await callService<T>(tier === 'county' ? county : township, query, {});
    } catch (e) {
      const url = tier === 'county' ? config.countyUrl : config.townshipUrl;
      throw new UnitLookupUnavailable(`无法核对单位：${tier === 'county' ? '县级' : '乡镇'}服务（${url}）暂不可用，请先启动服务（npm start）(The ${tier} service cannot be reached to check the unit: ${(e as Error).message})`);
    }
  };
  const departments = () => ask<{ departments: { id: string; code: string }[] | null }>('county', '{ departments { id code } }').then((d) => d.departments ?? []);
  const townships = () => ask<{ townships: { id: string; divisionCode: string }[] | null }>('township', '{ townships { id divisionCode } }').then((d) => d.townships ?? []);
  return {
    departmentByCode: async (code) => (await departments()).find((d) => d.code === code)?.id ?? null,
    townshipByCode: async (code) => (await townships()).find((t) => t.divisionCode === code)?.id ?? null,
    departmentExists: async (id) => (await departments()).some((d) => d.id === id),
    townshipExists: async (id) => (await townships()).some((t) => t.id === id),
  };
}

/**
 * Like principalFromOptions, but the unit is the real one: a department code (`--department SCJG`)
 * or a township division code (`--township 511099101`) is resolved against the units the services
 * hold, an id must be one of theirs, and an unknown code or id is refused instead of being turned
 * into an id nobody owns.
 */
export async function resolvePrincipal(o: Record<string, string | undefined>, units: UnitLookup): Promise<Principal> {
  const p = principalFromOptions(o);
  if (p.role === 'COUNTY_CLERK') {
    const given = o.department!.trim();
    const id = isUuid(given) ? ((await units.departmentExists(given)) ? given : null) : await units.departmentByCode(given.toUpperCase());
    if (!id) throw new TokenOptionsError(`县级部门中没有代码或编号为 ${given} 的部门，请核对 --department (No county department has the code or id ${given})`);
    p.departmentId = id;
  }
  if (p.role === 'TOWNSHIP_CLERK') {
    const given = o.township!.trim();
    const id = isUuid(given) ? ((await units.townshipExists(given)) ? given : null) : await units.townshipByCode(given);
    if (!id) throw new TokenOptionsError(`没有区划代码或编号为 ${given} 的乡镇，请核对 --township (No township has the division code or id ${given})`);
    p.townshipId = id;
  }
  return p;
}
