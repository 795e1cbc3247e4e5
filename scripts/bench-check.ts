import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { signToken } from '../subgraphs/shared/auth/jwt';
import type { Principal } from '../subgraphs/shared/auth/principal';
import { GATEWAY_SECRET_HEADER } from '../subgraphs/shared/graphql/request-auth';
import { addCalendarDays, shanghaiDate } from '../subgraphs/shared/domain/time';
import { postGraphql } from './lib/gateway-client';
import { runLoad } from './bench/load';
import { ACCEPT_INTAKE_MUTATION, CROSS_TIER_QUERY, DASHBOARD_QUERY, DELEGABLE_ITEMS_QUERY } from './bench/queries';
import { startServices, type RunningNetwork } from './bench/services';
import { openCountyDatabase } from '../subgraphs/county/server';
import { openTownshipDatabase } from '../subgraphs/township/server';
import { CalendarService } from '../subgraphs/county/calendar-service';
import { CountyStatisticsService } from '../subgraphs/county/statistics-service';
import { OPEN_STATUSES } from '../subgraphs/shared/domain/lifecycle';
import type { Database } from '../subgraphs/shared/db/data-source';
import { COUNTY_DAY_FIGURES, dayFiguresDrift, rebuildDayFigures, TOWNSHIP_DAY_FIGURES } from '../subgraphs/shared/statistics/day-figures-table';

/**
 * `npm run bench:check`: the benchmark in small, for CI. Starts the three services on SQLite with
 * the demo data and fails only on gross regressions that show as counts or ratios within this one
 * run, never on absolute times: SQL statements that grow with the page size (lost batching), a
 * dashboard whose statements grow with its period or its cost with the history, daily roll-ups
 * that differ from the cases, a delegated intake that costs more than 20 statements, or a
 * gateway that answers much slower than the subgraph behind it.
 */

const JWT_SECRET = 'bench-check-secret-only-for-this-local-run';
const GATEWAY_SECRET = 'bench-check-gateway-secret';
/**
 * Statements one delegated intake costs both subgraphs end to end (accept, forward, receive and
 * accept at the county, record the acknowledgement), without the forwarders' idle looks meanwhile:
 * 45 before the acceptance travelled in the acknowledgement, about 18 since.
 */
const INTAKE_STATEMENT_BUDGET = 20;
/** The gateway may add its planning and a network hop, not multiply the time (1.4–2.0 × on the small demo data when this check was written). */
const MAX_GATEWAY_RATIO = 4;
/** The dashboard reads roll-ups and open cases, not the history: ten times the closed cases may cost at most this much more time. */
const MAX_HISTORY_RATIO = 1.5;
const HISTORY_FACTOR = 10;
const INTAKES = 20;

interface Check {
  name: string;
  measured: string;
  limit: string;
  ok: boolean;
}

const bearer = async (p: Principal) => ({ authorization: `Bearer ${await signToken(p, JWT_SECRET, 3600)}` });

/**
 * Statements both subgraphs have sent so far, from their /metrics, less those of the forwarders'
 * timers that found nothing to deliver. Each forwarder looks at its outbox twice a second and
 * recounts it every 15 s whatever happens, so those idle statements fall into a measurement by
 * the timing of the run, not by what it measures (one more idle look in a run of 20 intakes
 * showed as 0.1 statement per intake, and a slow request met more ticks). The forwarder counts
 * them itself (liandong_outbox_idle_statements_total): what is left is every statement the
 * requests cause, the forwarding of what they queued included, and nothing else of the forwarders.
 */
async function statements(net: RunningNetwork): Promise<number> {
  return (await statementCounts(net)).net;
}

async function statementCounts(net: RunningNetwork): Promise<{ all: number; idle: number; net: number }> {
  let all = 0;
  let idle = 0;
  for (const url of [net.countyUrl, net.townshipUrl]) {
    const text = await (await fetch(new URL('/metrics', url))).text();
    const figure = (name: string) => {
      const m = new RegExp(`^${name}\\{[^}]*\\} (\\d+)$`, 'm').exec(text);
      if (!m) throw new Error(`${url}: no ${name} on /metrics`);
      return Number(m[1]);
    };
    all += figure('liandong_sql_statements_total');
    idle += figure('liandong_outbox_idle_statements_total');
  }
  return { all, idle, net: all - idle };
}

/**
 * Statements both subgraphs send for one request: the fewest over several runs, since the
 * services' other timers (calendar sync, supervision sweep) now and then add statements of their own.
 */
async function statementsOf(net: RunningNetwork, send: () => Promise<unknown>): Promise<number> {
  await send();
  let fewest = Infinity;
  for (let run = 0; run < 5; run++) {
    const before = await statements(net);
    await send();
    fewest = Math.min(fewest, (await statements(net)) - before);
  }
  return fewest;
}

const caseList = (limit: number) => `{ countyCases(limit: ${limit}) { total nodes { number status item { name } department { name } } } }`;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liandong-bench-check-'));
  // SQLite in a folder of its own, whatever MYSQL_URL the shell has: no database on a server is touched.
  const net = await startServices({ DATA_DIR: dataDir, MYSQL_URL: '', DEMO_DATA: 'true', JWT_SECRET, GATEWAY_SECRET, STATISTICS_CACHE_SECONDS: '0' });
  const checks: Check[] = [];
  const notes: string[] = [];
  try {
    const admin = await bearer({ userId: 'check-admin', name: '县中心管理员', role: 'COUNTY_ADMIN' });
    const viewer = await bearer({ userId: 'check-screen', name: '大屏', role: 'VIEWER' });
    const direct = { ...admin, [GATEWAY_SECRET_HEADER]: GATEWAY_SECRET };
    const total = (await postGraphql(net.countyUrl, direct, caseList(1))).countyCases.total;
    if (total < 100) throw new Error(`the demo data has only ${total} county cases; the check needs 100`);

    // 1. A delegated intake, end to end, costs about what it costs today (and leaves intakes for the board below).
    const intake = await intakeStatements(net, admin, dataDir);
    const perIntake = intake.perIntake;
    notes.push(
      `delegated intake: ${intake.all} SQL statements on both subgraphs for ${intake.intakes} intakes, accepted to acknowledged (${intake.windowMs} ms), ` +
        `of which ${intake.idle} the forwarders' timers sent with nothing to deliver; (${intake.all} − ${intake.idle}) ÷ ${intake.intakes} = ${perIntake.toFixed(1)} per intake, the forwarding included. ` +
        `Every statement count above leaves out such idle statements.`,
    );
    checks.push({ name: 'delegated intake end to end (both subgraphs), forwarding included: statements per intake', measured: perIntake.toFixed(1), limit: `≤ ${INTAKE_STATEMENT_BUDGET}`, ok: perIntake <= INTAKE_STATEMENT_BUDGET });

    // 2. Lists stay batched: a page of 100 costs no more statements than a page of 10.
    const list = (limit: number) => statementsOf(net, () => postGraphql(net.gatewayUrl, admin, caseList(limit)));
    const [list10, list100] = [await list(10), await list(100)];
    checks.push({ name: 'case list with item and department: statements for 100 ÷ for 10 cases', measured: `${list100} ÷ ${list10}`, limit: '≤ 1', ok: list100 <= list10 });
    const board = (limit: number) => statementsOf(net, () => postGraphql(net.gatewayUrl, admin, CROSS_TIER_QUERY.replace('delegatedIntakes(limit: 100)', `delegatedIntakes(limit: ${limit})`)));
    const [board10, board100] = [await board(10), await board(100)];
    checks.push({ name: 'township board across both tiers: statements for 100 ÷ for 10 intakes', measured: `${board100} ÷ ${board10}`, limit: '≤ 1', ok: board100 <= board10 });

    // 3. The dashboard's statements do not grow with its period.
    const to = shanghaiDate(new Date());
    const dashboard = (days: number) => statementsOf(net, () => postGraphql(net.gatewayUrl, viewer, DASHBOARD_QUERY, { from: addCalendarDays(to, -(days - 1)), to }));
    const [month, year] = [await dashboard(30), await dashboard(365)];
    checks.push({ name: 'network dashboard: statements for a year ÷ for a month', measured: `${year} ÷ ${month}`, limit: '≤ 1', ok: year <= month });

    // 5. The daily roll-ups kept by every write (the demo seed, the intakes above) equal what the cases say.
    const dbs = await Promise.all([openCountyDatabase({ kind: 'sqlite', file: path.join(dataDir, 'county.sqlite') }), openTownshipDatabase({ kind: 'sqlite', file: path.join(dataDir, 'township.sqlite') })]);
    try {
      const drift = [...(await dayFiguresDrift(dbs[0].dataSource.manager, COUNTY_DAY_FIGURES)), ...(await dayFiguresDrift(dbs[1].dataSource.manager, TOWNSHIP_DAY_FIGURES))];
      const differing = await figuresDiffer(dbs[0], to);
      checks.push({ name: 'daily roll-ups of both tiers ≠ a rebuild from the cases; county figures (month, year) ≠ computed from the cases', measured: `${drift.length} rows, ${differing} figures`, limit: '0, 0', ok: drift.length === 0 && differing === 0 });
      if (drift.length) console.error(drift.slice(0, 10).join('\n'));

      // 6. Ten times the closed history: the same statements, about the same time.
      const dashboardBody = JSON.stringify({ query: DASHBOARD_QUERY, variables: { from: addCalendarDays(to, -29), to } });
      const time = async () => {
        const medians: number[] = [];
        for (let round = 0; round < 3; round++) medians.push((await runLoad({ title: 'dashboard', url: net.gatewayUrl, headers: viewer, body: dashboardBody, connections: 1, seconds: 2 })).median);
        return Math.min(...medians);
      };
      const [smallStatements, smallTime] = [await dashboard(30), await time()];
      const copies = await multiplyClosedHistory(dbs[0], HISTORY_FACTOR);
      const [bigStatements, bigTime] = [await dashboard(30), await time()];
      checks.push({ name: `network dashboard: statements with ${HISTORY_FACTOR} × the closed county cases (${copies} added) ÷ before`, measured: `${bigStatements} ÷ ${smallStatements}`, limit: '≤ 1', ok: bigStatements <= smallStatements });
      const ratio = bigTime / smallTime;
      checks.push({ name: `network dashboard median latency: ${HISTORY_FACTOR} × the closed county cases ÷ before`, measured: `${ratio.toFixed(2)} ×`, limit: `≤ ${MAX_HISTORY_RATIO}`, ok: ratio <= MAX_HISTORY_RATIO });
    } finally {
      for (const db of dbs) await db.dataSource.destroy();
    }

    // 4. The gateway adds a hop, not a multiple: the same case list, directly and through it, alternately.
    const body = JSON.stringify({ query: caseList(100) });
    const medians = { direct: [] as number[], gateway: [] as number[] };
    for (let round = 0; round < 2; round++) {
      medians.direct.push((await runLoad({ title: 'direct', url: net.countyUrl, headers: direct, body, connections: 1, seconds: 2 })).median);
      medians.gateway.push((await runLoad({ title: 'gateway', url: net.gatewayUrl, headers: admin, body, connections: 1, seconds: 2 })).median);
    }
    const ratio = Math.min(...medians.gateway) / Math.min(...medians.direct);
    checks.push({ name: 'case list median latency: gateway ÷ county subgraph directly', measured: `${ratio.toFixed(2)} ×`, limit: `≤ ${MAX_GATEWAY_RATIO}`, ok: ratio <= MAX_GATEWAY_RATIO });
  } finally {
    await net.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  console.log('| check | measured | limit | |\n|---|---:|---:|---|');
  for (const c of checks) console.log(`| ${c.name} | ${c.measured} | ${c.limit} | ${c.ok ? 'ok' : 'REGRESSION'} |`);
  for (const n of notes) console.log(`\n${n}`);
  const failed = checks.filter((c) => !c.ok);
  if (failed.length) {
    console.error(`\nbench:check: ${failed.length} gross regression(s): ${failed.map((c) => c.name).join('; ')}`);
    process.exit(1);
  }
  console.log('\nbench:check: no gross regression');
}

/** How many of the county's figures (every scope, a month and a year) differ between the roll-ups and the cases. */
async function figuresDiffer(db: Database, to: string): Promise<number> {
  const stats = new CountyStatisticsService(db.dataSource, new CalendarService(db.dataSource));
  const units = (await stats.departments(null)).map((d) => ({ unitId: d.id }));
  const now = new Date();
  let differing = 0;
  for (const days of [30, 365]) {
    const p = { from: addCalendarDays(to, -(days - 1)), to };
    const [served, reference] = [stats.forRequest(now), stats.forRequest(now, 'cases')];
    for (const scope of [{}, ...units]) {
      const [a, b] = [served.scope(p, scope), reference.scope(p, scope)];
      for (const part of ['figures', 'daily', 'warnings'] as const) if (JSON.stringify(await a[part]()) !== JSON.stringify(await b[part]())) differing += 1;
    }
  }
  return differing;
}

/**
 * Adds (factor − 1) copies of every closed county case (completed, refused, withdrawn), on the
 * same days, as a bulk load would, then rebuilds the roll-ups. Returns how many rows it added.
 */
async function multiplyClosedHistory(db: Database, factor: number): Promise<number> {
  const ds = db.dataSource;
  const columns = ((await ds.query(`PRAGMA table_info(county_case)`)) as { name: string }[]).map((c) => c.name);
  const fresh: Record<string, (k: number) => string> = {
    id: (k) => `'copy${k}-' || substr(id, 7)`,
    number: (k) => `number || '-C${k}'`,
    request_id: (k) => `'copy${k}-' || request_id`,
    origin_intake_id: () => 'NULL',
  };
  const open = [...OPEN_STATUSES, 'RECEIVED'].map((s) => `'${s}'`).join(', ');
  let added = 0;
  for (let k = 1; k < factor; k++) {
    const select = columns.map((c) => (fresh[c] ? `${fresh[c](k)} AS ${c}` : c)).join(', ');
    const res = (await ds.query(`INSERT INTO county_case (${columns.join(', ')}) SELECT ${select} FROM county_case WHERE status NOT IN (${open}) AND id NOT LIKE 'copy%'`)) as unknown;
    added += Number((res as { changes?: number })?.changes ?? 0);
  }
  await rebuildDayFigures(ds.manager, COUNTY_DAY_FIGURES);
  if (!added) added = Number((await ds.query(`SELECT COUNT(*) AS n FROM county_case WHERE id LIKE 'copy%'`))[0].n);
  return added;
}

/** What the intake measurement saw, for the note printed below the table. */
interface IntakeFigures {
  intakes: number;
  windowMs: number;
  /** Every statement both subgraphs sent meanwhile, and those of them the forwarders' timers sent with nothing to deliver. */
  all: number;
  idle: number;
  perIntake: number;
}

/** A subgraph's SQLite file on a connection of the check's own, which no service counts. */
async function peek(file: string): Promise<DataSource> {
  if (!fs.existsSync(file)) throw new Error(`bench:check: no ${file}`);
  return new DataSource({ type: 'better-sqlite3', database: file, readonly: true }).initialize();
}

/**
 * Statements per intake over INTAKES intakes, from before the first is accepted until the county
 * has them all and the township has recorded every acknowledgement, less the forwarders' idle
 * statements (see `statements`). The end is seen in the SQLite files on a connection of the
 * check's own: asking the services would cost statements of its own, and a fixed wait after the
 * last intake only let more idle looks in.
 */
async function intakeStatements(net: RunningNetwork, admin: Record<string, string>, dataDir: string): Promise<IntakeFigures> {
  const { townships } = await postGraphql(net.gatewayUrl, admin, '{ townships { id } }');
  let township: { id: string; item: any } | null = null;
  for (const t of townships as { id: string }[]) {
    const item = (await postGraphql(net.gatewayUrl, admin, DELEGABLE_ITEMS_QUERY, { t: t.id })).delegableCountyItems[0];
    if (item) {
      township = { id: t.id, item };
      break;
    }
  }
  if (!township) throw new Error('no township has a delegable county item');
  const clerk = await bearer({ userId: 'check-clerk', name: '乡镇窗口', role: 'TOWNSHIP_CLERK', townshipId: township.id });
  const run = `check-${randomUUID().slice(0, 8)}`;
  const accept = () =>
    postGraphql(net.gatewayUrl, clerk, ACCEPT_INTAKE_MUTATION, {
      i: {
        requestId: `${run}-${randomUUID()}`,
        countyItemId: township.item.countyItem.id,
        applicant: { name: '王小明', idType: 'RESIDENT_ID', idNumber: '11010519491231002X' },
        submittedMaterials: township.item.materials.filter((m: { mandatory: boolean }) => m.mandatory).map((m: { name: string }) => m.name),
      },
    });
  const [townshipDb, countyDb] = await Promise.all([peek(path.join(dataDir, 'township.sqlite')), peek(path.join(dataDir, 'county.sqlite'))]);
  try {
    const count = async (db: DataSource, sql: string, ...params: unknown[]) => Number(((await db.query(sql, params)) as { n: number }[])[0].n);
    const undelivered = async () =>
      (await count(townshipDb, 'SELECT COUNT(*) AS n FROM township_outbox WHERE delivered_at IS NULL')) + (await count(countyDb, 'SELECT COUNT(*) AS n FROM county_outbox WHERE delivered_at IS NULL'));
    const acknowledged = () => count(townshipDb, 'SELECT COUNT(*) AS n FROM delegated_intake WHERE request_id LIKE ? AND county_case_id IS NOT NULL', `${run}-%`);
    const until = async (done: () => Promise<boolean>, what: string) => {
      for (let i = 0; i < 600; i++) {
        if (await done()) return;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`bench:check: ${what} within 15 s`);
    };
    // What the demo data left queued goes first, so the window holds the intakes' work only.
    await until(async () => (await undelivered()) === 0, 'the demo data was not forwarded');
    const start = Date.now();
    const before = await statementCounts(net);
    for (let i = 0; i < INTAKES; i++) await accept();
    await until(async () => (await acknowledged()) === INTAKES && (await undelivered()) === 0, `the county did not acknowledge all ${INTAKES} intakes`);
    const after = await statementCounts(net);
    const [all, idle] = [after.all - before.all, after.idle - before.idle];
    return { intakes: INTAKES, windowMs: Date.now() - start, all, idle, perIntake: (all - idle) / INTAKES };
  } finally {
    await Promise.all([townshipDb.destroy(), countyDb.destroy()]);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
