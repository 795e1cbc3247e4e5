import type { Config } from '../subgraphs/shared/config/env';
import { send, type RouteHandler } from '../subgraphs/shared/http/server';
import { signToken } from '../subgraphs/shared/auth/jwt';
import { TokenOptionsError } from '../scripts/token-options';
import { resolvePrincipal, serviceUnitLookup, UnitLookupUnavailable, type UnitLookup } from '../scripts/token-units';

/**
 * GET /dev/token?role=…&township=…&department=… — the unit by code (or id), checked against the
 * services' departments and townships (an unknown one: 400; a service down: 503). Demo mode only (DEV_TOKENS=true, never in
 * production: the configuration refuses it there). GET /dev/token/enabled tells the sign-in panel
 * of the pages whether to offer demo identities.
 */
export function devTokenRoute(config: Config, units: UnitLookup = serviceUnitLookup(config)): RouteHandler {
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (req.method !== 'GET') return false;
    if (url.pathname === '/dev/token/enabled') {
      send(res, 200, 'application/json', JSON.stringify({ enabled: true }));
      return true;
    }
    if (url.pathname !== '/dev/token') return false;
    try {
      const principal = await resolvePrincipal(Object.fromEntries(url.searchParams), units);
      const token = await signToken(principal, config.JWT_SECRET);
      send(res, 200, 'application/json', JSON.stringify({ token, principal }));
    } catch (e) {
      if (!(e instanceof TokenOptionsError)) throw e;
      send(res, e instanceof UnitLookupUnavailable ? 503 : 400, 'application/json', JSON.stringify({ error: e.message }));
    }
    return true;
  };
}
