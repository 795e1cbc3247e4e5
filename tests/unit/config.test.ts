import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_VARIABLES, ConfigError, DEV_JWT_SECRET, loadConfig } from '../../subgraphs/shared/config/env';

const problems = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
};

test('development defaults: ports, embedded database, demo data, subgraph URLs', () => {
  const c = loadConfig({});
  expect(c).toMatchObject({ GATEWAY_PORT: 4000, COUNTY_PORT: 4001, TOWNSHIP_PORT: 4002, HOST: '127.0.0.1', DEMO_DATA: true });
  expect(c.MYSQL_URL).toBeUndefined();
  expect(c.countyUrl).toBe('http://127.0.0.1:4001/graphql');
});

test('each bad variable is named with the reason', () => {
  const p = problems({ COUNTY_PORT: 'abc', MYSQL_URL: 'postgres://x', JWT_SECRET: 'short', LOG_LEVEL: 'loud' });
  expect(p.some((x) => x.startsWith('COUNTY_PORT'))).toBe(true);
  expect(p.some((x) => x.startsWith('MYSQL_URL') && x.includes('mysql://'))).toBe(true);
  expect(p.some((x) => x.startsWith('JWT_SECRET') && x.includes('32'))).toBe(true);
  expect(p.some((x) => x.startsWith('LOG_LEVEL'))).toBe(true);
});

test('production refuses the default or a missing secret', () => {
  const p = problems({ NODE_ENV: 'production' });
  expect(p).toEqual(expect.arrayContaining([expect.stringMatching(/^JWT_SECRET/), expect.stringMatching(/^GATEWAY_SECRET/)]));
  expect(problems({ NODE_ENV: 'production', JWT_SECRET: DEV_JWT_SECRET, GATEWAY_SECRET: 'x'.repeat(20) })).toEqual([
    expect.stringMatching(/^JWT_SECRET/),
  ]);
});

test('production with real secrets starts, and never serves demo data or development tokens', () => {
  const c = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), GATEWAY_SECRET: 'g'.repeat(20), DEMO_DATA: 'true', DEV_TOKENS: 'true' });
  expect(c.DEMO_DATA).toBe(false);
  expect(c.DEV_TOKENS).toBe(false);
});

test('an empty variable counts as unset', () => {
  expect(loadConfig({ MYSQL_URL: '', COUNTY_PORT: '' }).COUNTY_PORT).toBe(4001);
});

test('the statistics cache: 15 s by default, 0 turns it off, a negative or non-whole number is named', () => {
  expect(loadConfig({}).STATISTICS_CACHE_SECONDS).toBe(15);
  expect(loadConfig({ STATISTICS_CACHE_SECONDS: '0' }).STATISTICS_CACHE_SECONDS).toBe(0);
  for (const bad of ['-1', '1.5', 'soon', '601']) expect(problems({ STATISTICS_CACHE_SECONDS: bad })).toEqual([expect.stringMatching(/^STATISTICS_CACHE_SECONDS/)]);
});

test('TRUSTED_PROXIES: none by default, addresses and CIDR blocks accepted, anything else named', () => {
  expect(loadConfig({}).TRUSTED_PROXIES).toBe('');
  expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.5, 192.168.1.0/24' }).TRUSTED_PROXIES).toBe('10.0.0.5, 192.168.1.0/24');
  expect(problems({ TRUSTED_PROXIES: '10.0.0.5, lb.local' })).toEqual([expect.stringMatching(/^TRUSTED_PROXIES.*lb\.local/)]);
});

test('listening beyond loopback needs GATEWAY_SECRET, so the subgraphs cannot be called around the gateway', () => {
  for (const host of ['0.0.0.0', '::', '10.0.0.5', 'county-1']) {
    expect(problems({ HOST: host })).toEqual([expect.stringMatching(/^GATEWAY_SECRET: is required when HOST \(.*\) is not a loopback address/)]);
    expect(loadConfig({ HOST: host, GATEWAY_SECRET: 'g'.repeat(20) }).HOST).toBe(host);
  }
  for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]']) expect(problems({ HOST: host })).toEqual([]);
});

test('tracking limits: 20 look-ups a minute per client, 5 wrong codes lock a number for 15 minutes; each a whole number of at least 1', () => {
  expect(loadConfig({})).toMatchObject({ TRACKING_RATE_LIMIT_PER_MINUTE: 20, TRACKING_MAX_WRONG_CODES: 5, TRACKING_LOCK_MINUTES: 15 });
  for (const name of ['TRACKING_RATE_LIMIT_PER_MINUTE', 'TRACKING_MAX_WRONG_CODES', 'TRACKING_LOCK_MINUTES']) {
    expect(loadConfig({ [name]: '3' })[name as 'TRACKING_LOCK_MINUTES']).toBe(3);
    for (const bad of ['0', '2.5', 'many']) expect(problems({ [name]: bad })).toEqual([expect.stringMatching(new RegExp(`^${name}`))]);
  }
});

test('the README\'s configuration table names every variable', () => {
  const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
  const documented = new Set([...table.matchAll(/^\|([^|]+)\|/gm)].flatMap((m) => [...m[1].matchAll(/`([A-Z_]+)`/g)].map((n) => n[1])));
  expect(CONFIG_VARIABLES.filter((v) => !documented.has(v))).toEqual([]);
});
