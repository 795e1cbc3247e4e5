import { z } from 'zod';
import { invalidProxyEntries } from './proxy-list';

/** The development defaults below are refused in production (see `assertProductionSecrets`). */
export const DEV_JWT_SECRET = 'liandong-development-secret-change-me-0001';
export const DEV_GATEWAY_SECRET = 'liandong-development-gateway-secret';

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** One URL, or a comma-separated list of a subgraph's instances (the gateway spreads its calls over them). */
const urlList = () =>
  z.string().superRefine((v, ctx) => {
    const bad = splitList(v).filter((u) => !z.url().safeParse(u).success);
    if (bad.length || splitList(v).length === 0) ctx.addIssue({ code: 'custom', message: `not a URL: ${bad.join(', ') || v}` });
  });

const splitList = (v: string): string[] =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().min(1).default('127.0.0.1'),
  GATEWAY_PORT: port(4000),
  COUNTY_PORT: port(4001),
  TOWNSHIP_PORT: port(4002),
  COUNTY_URL: urlList().optional(),
  TOWNSHIP_URL: urlList().optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_JWT_SECRET),
  GATEWAY_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  DATA_DIR: z.string().min(1).default('data'),
  MYSQL_URL: z
    .string()
    .regex(/^mysql:\/\//, 'must look like mysql://user:password@host:3306')
    .optional(),
  COUNTY_DB_NAME: z.string().regex(/^[A-Za-z0-9_]{1,64}$/, 'letters, digits and _ only').default('liandong_county'),
  TOWNSHIP_DB_NAME: z.string().regex(/^[A-Za-z0-9_]{1,64}$/, 'letters, digits and _ only').default('liandong_township'),
  DEMO_DATA: flag(true),
  DEV_TOKENS: flag(false),
  CALENDAR_SYNC_SECONDS: z.coerce.number().int().min(5).max(86400).default(300),
  TRUSTED_PROXIES: z
    .string()
    .superRefine((v, ctx) => {
      const bad = invalidProxyEntries(v);
      if (bad.length) ctx.addIssue({ code: 'custom', message: `not an address or CIDR block: ${bad.join(', ')}` });
    })
    .default(''),
  PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1, 'must be at least 1').max(10000).default(10),
  TRACKING_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1, 'must be at least 1').max(10000).default(20),
  TRACKING_MAX_WRONG_CODES: z.coerce.number().int().min(1, 'must be at least 1').max(1000).default(5),
  TRACKING_LOCK_MINUTES: z.coerce.number().int().min(1, 'must be at least 1').max(1440).default(15),
  SUPERVISION_SWEEP_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  STATISTICS_CACHE_SECONDS: z.coerce.number().int().min(0).max(600).default(15),
  GATEWAY_DEDUPLICATE: flag(true),
});

/** Every variable the services read, for the README's configuration table. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(schema.shape);

/**
 * `countyUrls` / `townshipUrls`: every instance listed (the gateway and the subgraphs' calls to
 * each other take them in turn); `countyUrl` / `townshipUrl`: the first.
 */
export type Config = z.infer<typeof schema> & { countyUrl: string; townshipUrl: string; countyUrls: string[]; townshipUrls: string[] };

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the environment once at start-up; every bad variable is named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  const production = c.NODE_ENV === 'production';
  const countyUrls = c.COUNTY_URL ? splitList(c.COUNTY_URL) : [`http://127.0.0.1:${c.COUNTY_PORT}/graphql`];
  const townshipUrls = c.TOWNSHIP_URL ? splitList(c.TOWNSHIP_URL) : [`http://127.0.0.1:${c.TOWNSHIP_PORT}/graphql`];
  const config: Config = {
    ...c,
    DEMO_DATA: production ? false : c.DEMO_DATA,
    DEV_TOKENS: production ? false : c.DEV_TOKENS,
    countyUrls,
    townshipUrls,
    countyUrl: countyUrls[0]!,
    townshipUrl: townshipUrls[0]!,
  };
  if (production) assertProductionSecrets(config);
  assertSecretOffLoopback(config);
  return config;
}

/** Whether an address to listen on is reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || /^::ffff:127(\.\d{1,3}){3}$/.test(h);
}

/** Listening beyond loopback without the secret would let anyone on the network call the subgraphs directly. */
function assertSecretOffLoopback(c: Config): void {
  if (c.GATEWAY_SECRET || isLoopbackHost(c.HOST)) return;
  throw new ConfigError([
    `GATEWAY_SECRET: is required when HOST (${c.HOST}) is not a loopback address, or anyone on the network could call the subgraphs directly`,
  ]);
}

function assertProductionSecrets(c: Config): void {
  const problems: string[] = [];
  if (c.JWT_SECRET === DEV_JWT_SECRET) problems.push('JWT_SECRET: must be set to a private value in production');
  if (!c.GATEWAY_SECRET) problems.push('GATEWAY_SECRET: is required in production');
  else if (c.GATEWAY_SECRET === DEV_GATEWAY_SECRET) problems.push('GATEWAY_SECRET: must not be the development default');
  if (problems.length) throw new ConfigError(problems);
}

/** An empty variable (`FOO=`) means "not set", as shells and .env files usually intend. */
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}
