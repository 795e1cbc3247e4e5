import type { Config } from '../subgraphs/shared/config/env';
import { send, type RouteHandler } from '../subgraphs/shared/http/server';
import { signToken } from '../subgraphs/shared/auth/jwt';
import { principalFromOptions, TokenOptionsError } from '../scripts/token-options';

/**
 * GET /dev/token?role=…&township=…&department=… — demo mode only (DEV_TOKENS=true, never in
 * production: the configuration refuses it there). GET /dev/token/enabled tells the sign-in panel
 * of the pages whether to offer demo identities.
 */
export function devTokenRoute(config: Config): RouteHandler {
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (req.method !== 'GET') return false;
    if (url.pathname === '/dev/token/enabled') {
      send(res, 200, 'application/json', JSON.stringify({ enabled: true }));
      return true;
    }
    if (url.pathname !== '/dev/token') return false;
    try {
      const principal = principalFromOptions(Object.fromEntries(url.searchParams));
      const token = await signToken(principal, config.JWT_SECRET);
      send(res, 200, 'application/json', JSON.stringify({ token, principal }));
    } catch (e) {
      if (!(e instanceof TokenOptionsError)) throw e;
      send(res, 400, 'application/json', JSON.stringify({ error: e.message }));
    }
    return true;
  };
}
