import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import mysql from 'mysql2/promise';
import { signToken } from '../subgraphs/shared/auth/jwt';
import type { Principal } from '../subgraphs/shared/auth/principal';
import { parseMysqlUrl } from '../subgraphs/shared/db/data-source';
import { GATEWAY_SECRET_HEADER } from '../subgraphs/shared/graphql/request-auth';
import { addCalendarDays, shanghaiDate } from '../subgraphs/shared/domain/time';
import { prepareHistory, type HistoryDatabases } from './bench/history-db';
import { forwardingLag } from './bench/forwarding-lag';
import { cpuMeter, databaseServerPid } from './bench/cpu';
import { PACED_RATE, renderReport, type Figures } from './bench/bench-report';
import { postGraphql } from './lib/gateway-client';
import { runLoad, type LoadResult } from './bench/load';
import { ms } from './bench/measure';
import { peakResidentMiB } from './bench/memory';
import { ACCEPT_INTAKE_MUTATION, CASE_LIST_QUERY, CROSS_TIER_QUERY, DASHBOARD_QUERY, DELEGABLE_ITEMS_QUERY } from './bench/queries';
import { writeBenchmarkSection } from './bench/report';
import { productionEnv, startServices, type RunningNetwork } from './bench/services';
import { intakeLedger } from './bench/intake-ledger';
import { ensureHiveInstalled, hiveVersions, startHiveGateway, type RunningHive } from './bench/hive-gateway';
import { assertSameAnswers, measureGateway, type ComparedLoad, type HiveComparison } from './bench/hive-comparison';

/**
 * `npm run bench [-- --cases 100000 --seconds 10 --intake-seconds 30]`: seeds a MySQL/MariaDB
 * history, starts the three services as production runs them, and measures with autocannon the
 * gateway's overhead over the county subgraph, the cross-tier board, the dashboard (figure cache
 * on, then off), delegated intake throughput at full speed and at a steady pace with their
 * forwarding lag, the CPU each process spends per intake, and each service's peak memory. Beside
 * our gateway it runs Hive Gateway (scripts/bench/hive, installed there on demand; `--no-hive`
 * leaves it out) on the same subgraphs: the same answers first, then the case list and the
 * township board through each at 1 and 10 connections with each gateway's CPU per answer. Prints
 * a table and writes it to BENCHMARKS.md. The `ld_bench_*` databases stay for inspection.
 */

const JWT_SECRET = 'bench-secret-only-for-this-local-run';
const GATEWAY_SECRET = 'bench-gateway-secret-local';
const INTAKE_CONNECTIONS = 10;
const LOAD_PREFIX = 'bench-load-';
const PACED_PREFIX = 'bench-paced-';
/** Connections of the side-by-side runs with Hive Gateway. */
const COMPARED_CONNECTIONS = [1, 10];

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = Number(i >= 0 ? process.argv[i + 1] : fallback);
  if (!Number.isInteger(v) || v <= 0) {
    console.error('usage: npm run bench -- [--cases 100000] [--seconds 10] [--intake-seconds 30] [--read-connections 1] [--instances 1] [--no-hive]');
    process.exit(2);
  }
  return v;
}

const bearer = async (p: Principal) => ({ authorization: `Bearer ${await signToken(p, JWT_SECRET, 3600)}` });

/** One clerk per township, each with a delegable county item it can accept with its mandatory materials. */
async function intakeDesks(net: RunningNetwork, admin: Record<string, string>) {
  const { townships } = await postGraphql(net.gatewayUrl, admin, '{ townships { id name } }');
  const desks: { headers: Record<string, string>; itemId: string; materials: string[] }[] = [];
  for (const [n, t] of (townships as { id: string; name: string }[]).entries()) {
    const { delegableCountyItems } = await postGraphql(net.gatewayUrl, admin, DELEGABLE_ITEMS_QUERY, { t: t.id });
    const item = delegableCountyItems[0];
    if (!item) continue;
    desks.push({
      headers: await bearer({ userId: `bench-clerk-${n}`, name: `窗口${n + 1}`, role: 'TOWNSHIP_CLERK', townshipId: t.id }),
      itemId: item.countyItem.id,
      materials: item.materials.filter((m: { mandatory: boolean }) => m.mandatory).map((m: { name: string }) => m.name),
    });
  }
  if (desks.length === 0) throw new Error('no township has a delegable county item');
  return desks;
}

function intakeBody(desk: { itemId: string; materials: string[] }, prefix = LOAD_PREFIX): string {
  return JSON.stringify({
    query: ACCEPT_INTAKE_MUTATION,
    variables: {
      i: {
        requestId: `${prefix}${randomUUID()}`,
        countyItemId: desk.itemId,
        applicant: { name: '王小明', idType: 'RESIDENT_ID', idNumber: '11010519491231002X', phone: '13800138000' },
        submittedMaterials: desk.materials,
      },
    },
  });
}

async function warm(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}, times = 20) {
  for (let i = 0; i < times; i++) await postGraphql(url, headers, query, variables);
}

const servicesEnv = (url: string, dbs: HistoryDatabases, extra: Record<string, string> = {}) =>
  productionEnv({ url, dbs, jwtSecret: JWT_SECRET, gatewaySecret: GATEWAY_SECRET }, extra);

async function main() {
  const url = process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
  const cases = arg('cases', 100_000);
  const seconds = arg('seconds', 10);
  const intakeSeconds = arg('intake-seconds', 30);
  const readConnections = arg('read-connections', 1);
  // Scale-out: this many county and township processes on the one database, behind the gateway.
  const instances = arg('instances', 1);
  const withHive = !process.argv.includes('--no-hive');
  const command = `npm run bench -- --cases ${cases} --seconds ${seconds} --intake-seconds ${intakeSeconds} --read-connections ${readConnections}${instances > 1 ? ` --instances ${instances}` : ''}${withHive ? '' : ' --no-hive'}`;
  const log = (m: string) => console.log(m);
  const shown = (r: LoadResult) => log(`  ${r.title}: median ${ms(r.median)}, p95 ${ms(r.p95)}, ${r.perSecond.toFixed(0)}/s${r.failed ? `, ${r.failed} failed (${r.firstFailure})` : ''}`);
  const measure = async (p: Promise<LoadResult>) => {
    const r = await p;
    shown(r);
    return r;
  };

  log(`bench — ${cases.toLocaleString('en')} cases of history on ${url.replace(/\/\/[^@]*@/, '//…@')}`);
  // Installed before anything is seeded, so a failing install stops the run at once.
  if (withHive) ensureHiveInstalled(log);
  else log('  Hive Gateway left out (--no-hive): no side-by-side comparison in this run');
  const dbs = await prepareHistory(url, cases, 'ld_bench', log);
  const history = await historySize(url, dbs);
  const admin = await bearer({ userId: 'bench-admin', name: '县中心管理员', role: 'COUNTY_ADMIN' });
  const viewer = await bearer({ userId: 'bench-screen', name: '大屏', role: 'VIEWER' });
  const direct = { ...admin, [GATEWAY_SECRET_HEADER]: GATEWAY_SECRET };
  const to = shanghaiDate(new Date());
  const period = { from: addCalendarDays(to, -29), to };
  const read = (title: string, target: string, headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) =>
    measure(runLoad({ title, url: target, headers, body: JSON.stringify({ query, variables }), connections: readConnections, seconds }));

  const f = {} as Figures;
  const net = await startServices(servicesEnv(url, dbs), { instances });
  try {
    log('  warming up');
    await warm(net.countyUrl, direct, CASE_LIST_QUERY);
    await warm(net.gatewayUrl, admin, CASE_LIST_QUERY);
    await warm(net.gatewayUrl, admin, CROSS_TIER_QUERY);
    await warm(net.gatewayUrl, viewer, DASHBOARD_QUERY, period, 5);

    f.directList = await read('case list, county subgraph directly', net.countyUrl, direct, CASE_LIST_QUERY);
    f.gatewayList = await read('case list, through the gateway', net.gatewayUrl, admin, CASE_LIST_QUERY);
    f.crossTier = await read('township board across both tiers, through the gateway', net.gatewayUrl, admin, CROSS_TIER_QUERY);
    f.dashboard = await read('network dashboard, through the gateway', net.gatewayUrl, viewer, DASHBOARD_QUERY, period);
    f.hive = withHive ? await besideHive(net, { admin, viewer, period, seconds, instances, log }) : { skipped: 'left out with --no-hive' };

    const desks = await intakeDesks(net, admin);
    const dbPid = databaseServerPid();
    const meter = cpuMeter([...net.processes, ...(dbPid ? [{ name: 'database server', pid: dbPid }] : []), { name: 'load generator (this process)', pid: process.pid }]);
    f.intake = await measure(
      runLoad({
        title: `delegated intake accepted by ${INTAKE_CONNECTIONS} township clerks, through the gateway`,
        url: net.gatewayUrl,
        headers: {},
        body: (connection) => {
          const desk = desks[connection % desks.length];
          return { body: intakeBody(desk), headers: desk.headers };
        },
        connections: INTAKE_CONNECTIONS,
        seconds: intakeSeconds,
      }),
    );
    const lagOf = async (requestPrefix: string, timeoutMs: number) => {
      const conn = await mysql.createConnection(parseMysqlUrl(url));
      return forwardingLag(conn, { countyDb: dbs.county, townshipDb: dbs.township, requestPrefix, timeoutMs }).finally(() => conn.end());
    };
    f.lag = await lagOf(LOAD_PREFIX, 120_000);
    f.cpu = meter.stop();
    log(`  forwarding lag: median ${ms(f.lag.median)}, p95 ${ms(f.lag.p95)}, max ${ms(f.lag.max)} (${f.lag.countyCases} of ${f.lag.intakes} stored intakes reached the county)`);
    // --- scale-out: nothing lost or twice with several forwarders (intake-ledger.ts) ---
    {
      const conn = await mysql.createConnection(parseMysqlUrl(url));
      const ledger = await intakeLedger(conn, { countyDb: dbs.county, townshipDb: dbs.township, requestPrefix: LOAD_PREFIX }).finally(() => conn.end());
      f.scaleOut = { instances, ledger };
      log(`  ${instances} county and ${instances} township processes: ${ledger.intakes} intakes, ${ledger.lost} without a county case, ${ledger.duplicated} with more than one, ${ledger.repeatedRequests} requestIds stored twice`);
    }
    // --- end scale-out ---

    // The same intakes at a steady pace the machine can forward as they come.
    f.pacedIntake = await measure(
      runLoad({
        title: `delegated intake at a steady ${PACED_RATE}/s, through the gateway`,
        url: net.gatewayUrl,
        headers: {},
        body: (connection) => {
          const desk = desks[connection % desks.length];
          return { body: intakeBody(desk, PACED_PREFIX), headers: desk.headers };
        },
        connections: INTAKE_CONNECTIONS,
        seconds: Math.min(intakeSeconds, 20),
        overallRate: PACED_RATE,
      }),
    );
    f.pacedLag = await lagOf(PACED_PREFIX, 60_000);
    log(`  forwarding lag at ${PACED_RATE}/s: median ${ms(f.pacedLag.median)}, p95 ${ms(f.pacedLag.p95)} (${f.pacedLag.countyCases} of ${f.pacedLag.intakes})`);
    f.memory = net.processes.map((p) => ({ name: p.name, mib: peakResidentMiB(p.pid) }));
    log(`  peak resident memory: ${f.memory.map((m) => `${m.name} ${m.mib?.toFixed(0) ?? '?'} MiB`).join(', ')}`);
  } finally {
    await net.stop();
  }

  // The same dashboard with the figure cache off: what computing it costs each time.
  const cold = await startServices(servicesEnv(url, dbs, { STATISTICS_CACHE_SECONDS: '0' }));
  try {
    await warm(cold.gatewayUrl, viewer, DASHBOARD_QUERY, period, 5);
    f.dashboardComputed = await read('network dashboard, figure cache off', cold.gatewayUrl, viewer, DASHBOARD_QUERY, period);
  } finally {
    await cold.stop();
  }

  const report = renderReport({ command, url, history, figures: f, intakeSeconds });
  console.log(`\n${report.table}\n\n${report.hive}\n\n${report.targets}`);
  log(`written to ${writeBenchmarkSection('bench', report.markdown)}`);
}

/**
 * Hive Gateway on the same subgraph processes as our gateway: the bench's queries must answer the
 * same data through both, then the case list and the township board go through each in turn at
 * 1 and 10 connections, with the CPU each gateway's process (and the subgraphs) spent per answer.
 * Hive runs only for this part, so it takes nothing from the other measures.
 */
async function besideHive(
  net: RunningNetwork,
  o: { admin: Record<string, string>; viewer: Record<string, string>; period: { from: string; to: string }; seconds: number; instances: number; log: (m: string) => void },
): Promise<HiveComparison> {
  const { log } = o;
  let plannerNote: string | undefined;
  let hive: RunningHive;
  try {
    hive = await startHiveGateway({ countyUrl: net.countyUrl, townshipUrl: net.townshipUrl, gatewaySecret: GATEWAY_SECRET, planner: 'rust', profileDir: hiveProfileDir() });
  } catch (e) {
    plannerNote = `the Rust planner (@graphql-hive/router-runtime) did not start here (${(e as Error).message}); Hive Gateway's default planner was measured`;
    log(`  ${plannerNote}`);
    hive = await startHiveGateway({ countyUrl: net.countyUrl, townshipUrl: net.townshipUrl, gatewaySecret: GATEWAY_SECRET, planner: 'default', profileDir: hiveProfileDir() });
  }
  const versions = hiveVersions();
  log(`  Hive Gateway ${versions.gateway}${hive.planner === 'rust' ? ` with router-runtime ${versions.routerRuntime}` : ', default planner'} at ${hive.url}, on the same subgraphs`);
  try {
    const checked = await assertSameAnswers(
      net.gatewayUrl,
      hive.url,
      [
        { name: 'CaseList', query: CASE_LIST_QUERY, headers: o.admin },
        { name: 'TownshipBoard', query: CROSS_TIER_QUERY, headers: o.admin },
        { name: 'Dashboard', query: DASHBOARD_QUERY, headers: o.viewer, variables: o.period },
      ],
      log,
    );
    await warm(hive.url, o.admin, CASE_LIST_QUERY);
    await warm(hive.url, o.admin, CROSS_TIER_QUERY);
    const gatewayPid = net.processes.find((p) => p.name === 'gateway')!.pid;
    const subgraphPids = net.processes.filter((p) => p.name !== 'gateway').map((p) => p.pid);
    const loads: ComparedLoad[] = [];
    for (const [what, query] of [
      ['case list', CASE_LIST_QUERY],
      ['township board', CROSS_TIER_QUERY],
    ] as const) {
      for (const connections of COMPARED_CONNECTIONS) {
        const body = JSON.stringify({ query, variables: {} });
        const run = async (gateway: 'ours' | 'hive') => {
          const r = await measureGateway({
            gateway,
            title: `${what}, ${gateway === 'ours' ? 'our gateway' : 'Hive Gateway'}`,
            url: gateway === 'ours' ? net.gatewayUrl : hive.url,
            gatewayPid: gateway === 'ours' ? gatewayPid : hive.pid,
            subgraphPids,
            headers: o.admin,
            body,
            connections,
            seconds: o.seconds,
          });
          log(
            `  ${r.load.title} at ${connections}: median ${ms(r.load.median)}, ${r.load.perSecond.toFixed(0)}/s, gateway CPU ${r.gatewayCpuMs === null ? 'n/a' : ms(r.gatewayCpuMs)} per answer${r.load.failed ? `, ${r.load.failed} failed (${r.load.firstFailure})` : ''}`,
          );
          return r;
        };
        const ours = await run('ours');
        const other = await run('hive');
        loads.push({ title: what, connections, ours, hive: other });
      }
    }
    return {
      versions,
      planner: hive.planner,
      ...(plannerNote ? { plannerNote } : {}),
      checked,
      loads,
      peakMemoryMiB: { ours: peakResidentMiB(gatewayPid), hive: peakResidentMiB(hive.pid) },
      ...(o.instances > 1 ? { note: `Hive Gateway was given the first of the ${o.instances} instances of each subgraph, our gateway all of them` } : {}),
    };
  } finally {
    await hive.stop();
  }
}

/** BENCH_CPU_PROF_DIR with BENCH_CPU_PROF naming `hive`: Hive Gateway runs under `node --cpu-prof` too. */
function hiveProfileDir(): string | undefined {
  const dir = process.env.BENCH_CPU_PROF_DIR;
  const which = (process.env.BENCH_CPU_PROF ?? 'gateway').split(',').map((s) => s.trim());
  return dir && which.includes('hive') ? dir : undefined;
}

async function historySize(url: string, dbs: HistoryDatabases) {
  const conn = await mysql.createConnection(parseMysqlUrl(url));
  try {
    const n = async (sql: string) => Number(((await conn.query(sql))[0] as { n: number }[])[0].n);
    return {
      county: await n(`SELECT COUNT(*) AS n FROM \`${dbs.county}\`.county_case`),
      township: await n(`SELECT COUNT(*) AS n FROM \`${dbs.township}\`.township_case`),
      intakes: await n(`SELECT COUNT(*) AS n FROM \`${dbs.township}\`.delegated_intake`),
      townships: await n(`SELECT COUNT(*) AS n FROM \`${dbs.township}\`.township`),
      departments: await n(`SELECT COUNT(*) AS n FROM \`${dbs.county}\`.department`),
    };
  } finally {
    await conn.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
