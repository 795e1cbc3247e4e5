import { loadConfig } from '../subgraphs/shared/config/env';
import { signToken } from '../subgraphs/shared/auth/jwt';
import { TokenOptionsError } from './token-options';
import { resolvePrincipal, serviceUnitLookup } from './token-units';

/**
 * npm run token -- --role TOWNSHIP_CLERK --township 511099101 [--name 张三] [--hours 8]
 * A department or township is resolved by code against the running services; an unknown one is refused.
 */
async function main() {
  const args = process.argv.slice(2);
  const opts: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(args[i]);
    if (!m) continue;
    opts[m[1]] = m[2] ?? args[++i];
  }
  const config = loadConfig();
  const principal = await resolvePrincipal(opts, serviceUnitLookup(config));
  const hours = Number(opts.hours ?? 8);
  if (!(hours > 0 && hours <= 24 * 30)) throw new TokenOptionsError('--hours must be between 0 and 720');
  process.stdout.write(`${await signToken(principal, config.JWT_SECRET, Math.round(hours * 3600))}\n`);
}

main().catch((e) => {
  console.error(e instanceof TokenOptionsError ? e.message : e);
  process.exit(2);
});
