import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { aheadOfHive, judgeTargets, renderHive, renderReport, type Figures } from '../../scripts/bench/bench-report';
import { assertSameAnswers, firstDifference, type ComparedLoad, type GatewayRun, type HiveComparison } from '../../scripts/bench/hive-comparison';
import type { LoadResult } from '../../scripts/bench/load';

/** The side-by-side with Hive Gateway is judged from the run's figures, and Hive never enters the product's install. */
const load = (title: string, median: number, perSecond: number, connections = 1): LoadResult => ({
  title,
  connections,
  seconds: 10,
  ok: perSecond * 10,
  failed: 0,
  firstFailure: null,
  perSecond,
  median,
  p95: median * 1.5,
});

const run = (gateway: 'ours' | 'hive', perSecond: number, gatewayCpuMs: number | null): GatewayRun => ({ gateway, load: load(gateway, 1000 / perSecond, perSecond), gatewayCpuMs, subgraphCpuMs: 2 });

const compared = (title: string, connections: number, ours: [number, number | null], hive: [number, number | null]): ComparedLoad => ({
  title,
  connections,
  ours: run('ours', ...ours),
  hive: run('hive', ...hive),
});

function comparison(loads: ComparedLoad[]): HiveComparison {
  return {
    versions: { gateway: '2.15.1', routerRuntime: '1.4.23', queryPlanner: '0.0.38' },
    planner: 'rust',
    checked: ['CaseList', 'TownshipBoard', 'Dashboard'],
    loads,
    peakMemoryMiB: { ours: 180, hive: 300 },
  };
}

const base = (hive?: Figures['hive']): Figures => {
  const l = load('x', 20, 10);
  const lag = { intakes: 1, countyCases: 1, median: 1, p95: 1, max: 1 };
  return { directList: l, gatewayList: l, crossTier: l, dashboard: l, dashboardComputed: l, intake: l, lag, pacedIntake: l, pacedLag: lag, cpu: [], memory: [], ...(hive ? { hive } : {}) };
};

test('ours is ahead of Hive Gateway only with more answers per second and less gateway CPU per answer on every load', () => {
  const ahead = comparison([compared('case list', 1, [50, 4], [40, 5]), compared('case list', 10, [200, 3], [150, 3.5])]);
  expect(aheadOfHive(ahead)).toEqual({ throughput: true, cpu: true });
  expect(renderHive(ahead)).toContain('Ours ahead of Hive Gateway: yes (answers/s: yes, gateway CPU per answer: yes');

  // Faster at 1 connection, but Hive serves more at 10 with less CPU: not ahead, and the row says where.
  const behind = comparison([compared('case list', 1, [50, 4], [40, 5]), compared('case list', 10, [100, 8], [140, 4.7])]);
  expect(aheadOfHive(behind)).toEqual({ throughput: false, cpu: false });
  const text = renderHive(behind);
  expect(text).toContain('Ours ahead of Hive Gateway: **no** (answers/s: **no**, gateway CPU per answer: **no**');
  expect(text).toContain('| case list | 10 | ours ÷ Hive | 1.40 × | | 0.71 × | 1.70 × | | **Hive ahead on answers/s and CPU** |');
  const targets = judgeTargets(base(behind)).slice(-2);
  expect(targets.map((t) => [t.measured, t.met])).toEqual([
    ['ours ÷ Hive at least 0.71 ×', false],
    ['ours ÷ Hive at most 1.70 ×', false],
  ]);

  // A gateway CPU that could not be read is never counted as ahead.
  expect(aheadOfHive(comparison([compared('case list', 1, [50, null], [40, 5])])).cpu).toBe(false);
});

test('a run without Hive Gateway says why, and judges nothing against it', () => {
  const f = base({ skipped: 'left out with --no-hive' });
  expect(judgeTargets(f)).toHaveLength(5);
  const report = renderReport({ command: 'npm run bench -- --no-hive', url: 'mysql://root@h:3306', history: { county: 1, township: 1, intakes: 1, townships: 1, departments: 1 }, figures: f, intakeSeconds: 5 });
  expect(report.markdown).toContain('Hive Gateway: not measured in this run (left out with --no-hive).');
  expect(report.markdown).not.toContain('Ours ahead of Hive Gateway');
});

test('the report names what Hive Gateway ran with and which answers were checked equal', () => {
  const f = base(comparison([compared('case list', 10, [200, 3], [150, 3.5])]));
  const md = renderReport({ command: 'npm run bench', url: 'mysql://root@h:3306', history: { county: 1, township: 1, intakes: 1, townships: 1, departments: 1 }, figures: f, intakeSeconds: 5 }).markdown;
  expect(md).toContain('Hive Gateway 2.15.1 with its Rust query planner (`@graphql-hive/router-runtime` 1.4.23');
  expect(md).toContain('CaseList, TownshipBoard, Dashboard answered deep-equal `data` through both');
});

test('the first difference between two answers is named by its path, with both values', () => {
  expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBeNull();
  expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe('data.a[1].b: ours 2, Hive 3');
  expect(firstDifference({ a: 1 }, { a: 1, c: null })).toBe('data.c: ours absent, Hive null');
  expect(firstDifference({ a: [1] }, { a: [1, 2] })).toBe('data.a[1]: ours absent, Hive 2');
});

/** A stand-in gateway answering every POST with the given JSON. */
async function answering(body: unknown): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, close: () => new Promise((r) => server.close(() => r())) };
}

test('the bench refuses to compare gateways whose answers differ or carry errors', async () => {
  const ours = await answering({ data: { countyCases: { total: 2, nodes: [{ id: '1' }] } } });
  const same = await answering({ data: { countyCases: { nodes: [{ id: '1' }], total: 2 } } });
  const other = await answering({ data: { countyCases: { total: 3, nodes: [{ id: '1' }] } } });
  const failing = await answering({ data: null, errors: [{ message: 'Requests must come through the gateway' }] });
  const q = [{ name: 'CaseList', query: '{ countyCases { total } }', headers: {} }];
  try {
    await expect(assertSameAnswers(ours.url, same.url, q, () => undefined)).resolves.toEqual(['CaseList']);
    await expect(assertSameAnswers(ours.url, other.url, q, () => undefined)).rejects.toThrow('CaseList: our gateway and Hive Gateway answer differently, first at data.countyCases.total: ours 2, Hive 3');
    await expect(assertSameAnswers(ours.url, failing.url, q, () => undefined)).rejects.toThrow('CaseList through Hive Gateway: HTTP 200, error "Requests must come through the gateway"');
  } finally {
    await Promise.all([ours, same, other, failing].map((s) => s.close()));
  }
});

test('Hive Gateway stays out of the project\'s own install: its package has pinned versions and its own lock file', () => {
  const root = path.join(__dirname, '..', '..');
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  const deps = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies };
  expect(Object.keys(deps).filter((n) => n.startsWith('@graphql-hive/'))).toEqual([]);
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
  const hiveOwn = ['gateway', 'gateway-runtime', 'router-runtime', 'router-query-planner'].map((n) => `node_modules/@graphql-hive/${n}`);
  expect(Object.keys(lock.packages).filter((p) => hiveOwn.includes(p))).toEqual([]);

  const hive = JSON.parse(fs.readFileSync(path.join(root, 'scripts', 'bench', 'hive', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  expect(Object.keys(hive.dependencies)).toEqual(expect.arrayContaining(['@graphql-hive/gateway', '@graphql-hive/router-runtime']));
  for (const v of Object.values(hive.dependencies)) expect(v).toMatch(/^\d+\.\d+\.\d+$/);
  const hiveLock = JSON.parse(fs.readFileSync(path.join(root, 'scripts', 'bench', 'hive', 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
  expect(hiveLock.packages['node_modules/@graphql-hive/gateway']?.version).toBe(hive.dependencies['@graphql-hive/gateway']);
});
