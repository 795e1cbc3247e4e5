import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { signToken } from '../subgraphs/shared/auth/jwt';
import type { Principal } from '../subgraphs/shared/auth/principal';
import { GATEWAY_SECRET_HEADER } from '../subgraphs/shared/graphql/request-auth';
import { addCalendarDays, shanghaiDate } from '../subgraphs/shared/domain/time';
import { postGraphql } from './lib/gateway-client';
import { runLoad } from './bench/load';
import { ACCEPT_INTAKE_MUTATION, CROSS_TIER_QUERY, DASHBOARD_QUERY, DELEGABLE_ITEMS_QUERY } from './bench/queries';
import { startServices, type RunningNetwork } from './bench/services';

/**
 * `npm run bench:check`: the benchmark in small, for CI. Starts the three services on SQLite with
 * the demo data and fails only on gross regressions that show as counts or ratios within this one
 * run, never on absolute times: SQL statements that grow with the page size (lost batching), a
 * dashboard whose statements grow with its period, a delegated intake that costs more than 20
 * statements, or a gateway that answers much slower than the subgraph behind it.
 */

const JWT_SECRET = 'bench-check-secret-only-for-this-local-run';
const GATEWAY_SECRET = 'bench-check-gateway-secret';
/**
 * Statements one delegated intake costs both subgraphs end to end (accept, forward, receive and
 * accept at the county, record the acknowledgement), with the forwarders' idle looks meanwhile:
 * 45 before the acceptance travelled in the acknowledgement, about 18 since.
 */
const INTAKE_STATEMENT_BUDGET = 20;
/** The gateway may add its planning and a network hop, not multiply the time (1.4–2.0 × on the small demo data when this check was written). */
const MAX_GATEWAY_RATIO = 4;
const INTAKES = 20;

interface Check {
  name: string;
  measured: string;
  limit: string;
  ok: boolean;
}

const bearer = async (p: Principal) => ({ authorization: `Bearer ${await signToken(p, JWT_SECRET, 3600)}` });

/** Statements each subgraph has sent so far, from its /metrics. */
async function statements(net: RunningNetwork): Promise<number> {
  let total = 0;
  for (const url of [net.countyUrl, net.townshipUrl]) {
    const text = await (await fetch(new URL('/metrics', url))).text();
    const m = /^liandong_sql_statements_total\{[^}]*\} (\d+)$/m.exec(text);
    if (!m) throw new Error(`${url}: no liandong_sql_statements_total on /metrics`);
    total += Number(m[1]);
  }
  return total;
}

/**
 * Statements both subgraphs send for one request: the fewest over several runs, since the
 * services' own timers (forwarders, calendar sync) now and then add a statement of their own.
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
  const net = await startServices({ DATA_DIR: dataDir, DEMO_DATA: 'true', JWT_SECRET, GATEWAY_SECRET, STATISTICS_CACHE_SECONDS: '0' });
  const checks: Check[] = [];
  try {
    const admin = await bearer({ userId: 'check-admin', name: '县中心管理员', role: 'COUNTY_ADMIN' });
    const viewer = await bearer({ userId: 'check-screen', name: '大屏', role: 'VIEWER' });
    const direct = { ...admin, [GATEWAY_SECRET_HEADER]: GATEWAY_SECRET };
    const total = (await postGraphql(net.countyUrl, direct, caseList(1))).countyCases.total;
    if (total < 100) throw new Error(`the demo data has only ${total} county cases; the check needs 100`);

    // 1. A delegated intake, end to end, costs about what it costs today (and leaves intakes for the board below).
    const perIntake = await intakeStatements(net, admin);
    checks.push({ name: 'delegated intake end to end (both subgraphs): statements per intake', measured: perIntake.toFixed(1), limit: `≤ ${INTAKE_STATEMENT_BUDGET}`, ok: perIntake <= INTAKE_STATEMENT_BUDGET });

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
  const failed = checks.filter((c) => !c.ok);
  if (failed.length) {
    console.error(`\nbench:check: ${failed.length} gross regression(s): ${failed.map((c) => c.name).join('; ')}`);
    process.exit(1);
  }
  console.log('\nbench:check: no gross regression');
}

/** Statements per intake over INTAKES intakes, from before the first is accepted until the county has them all and has answered. */
async function intakeStatements(net: RunningNetwork, admin: Record<string, string>): Promise<number> {
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
  const accept = () =>
    postGraphql(net.gatewayUrl, clerk, ACCEPT_INTAKE_MUTATION, {
      i: {
        requestId: `check-${randomUUID()}`,
        countyItemId: township.item.countyItem.id,
        applicant: { name: '王小明', idType: 'RESIDENT_ID', idNumber: '11010519491231002X' },
        submittedMaterials: township.item.materials.filter((m: { mandatory: boolean }) => m.mandatory).map((m: { name: string }) => m.name),
      },
    });
  const waiting = async () => (await postGraphql(net.gatewayUrl, admin, `{ delegatedIntakes(filter: { stage: [WAITING_FORWARD] }, limit: 1) { total } }`)).delegatedIntakes.total;
  const before = await statements(net);
  for (let i = 0; i < INTAKES; i++) await accept();
  for (let i = 0; i < 100 && (await waiting()) > 0; i++) await new Promise((r) => setTimeout(r, 200));
  // The county's update back to the township follows its acknowledgement.
  await new Promise((r) => setTimeout(r, 1500));
  return ((await statements(net)) - before) / INTAKES;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
