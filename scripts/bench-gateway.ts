import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import zlib from 'node:zlib';
import { signToken } from '../subgraphs/shared/auth/jwt';
import { GATEWAY_SECRET_HEADER } from '../subgraphs/shared/graphql/request-auth';
import { prepareHistory } from './bench/history-db';
import { runLoad } from './bench/load';
import { ms } from './bench/measure';
import { cpuSeconds } from './bench/cpu';
import { CASE_LIST_QUERY, CROSS_TIER_QUERY, DASHBOARD_QUERY } from './bench/queries';
import { addCalendarDays, shanghaiDate } from '../subgraphs/shared/domain/time';
import { startServices } from './bench/services';
import { postGraphql } from './lib/gateway-client';

/**
 * `npm run bench:gateway [-- --cases 2000 --seconds 5 --connections 1,10 --deduplicate false --profile <dir>]`: the
 * gateway's overhead alone. The case list straight from the county subgraph and through the
 * gateway, at each number of connections, and the township board (both tiers) through the gateway
 * beside the sum of its two subgraph calls. With `--profile <dir>` the gateway runs under
 * `node --cpu-prof` and leaves its profile there (case-list load only). Deduplication of identical
 * concurrent queries is off unless `--deduplicate true`: the load sends one query from one caller on
 * every connection, which deduplication would mostly answer without the subgraph. Prints only.
 */

const JWT_SECRET = 'bench-secret-only-for-this-local-run';
const GATEWAY_SECRET = 'bench-gateway-secret-local';

/** The township board's two subgraph calls, as the gateway plans them. */
const BOARD_TOWNSHIP = `{ townships { id name status { open todayIntake backlog overdue waitingForward oldestWaitingSeconds lastCountyContactAt } }
  delegatedIntakes(limit: 100) { total nodes { number acceptedAt stage township { name } countyCase { __typename id } } } }`;
const BOARD_COUNTY = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on CountyCase { number status deadline { dueDate } department { name } } } }`;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function main() {
  const url = process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
  const cases = Number(option('cases', '2000'));
  const seconds = Number(option('seconds', '5'));
  const connections = option('connections', '1,10').split(',').map(Number);
  const profile = option('profile', '');
  // Autocannon sends the same query on every connection at once: with deduplication on the gateway sends many of them once.
  const deduplicate = option('deduplicate', 'false');
  const log = (m: string) => console.log(m);
  const dbs = await prepareHistory(url, cases, 'ld_benchgw', log);
  const admin = { authorization: `Bearer ${await signToken({ userId: 'bench-admin', name: '县中心管理员', role: 'COUNTY_ADMIN' }, JWT_SECRET, 3600)}` };
  const direct = { ...admin, [GATEWAY_SECRET_HEADER]: GATEWAY_SECRET };
  if (profile) {
    process.env.BENCH_CPU_PROF_DIR = profile;
    process.env.BENCH_CPU_PROF = 'gateway';
  }
  const net = await startServices({ NODE_ENV: 'production', MYSQL_URL: url, COUNTY_DB_NAME: dbs.county, TOWNSHIP_DB_NAME: dbs.township, JWT_SECRET, GATEWAY_SECRET, GATEWAY_DEDUPLICATE: deduplicate });
  log(`  gateway deduplication of identical concurrent queries: ${deduplicate === 'false' ? 'off' : 'on'}`);
  const rows: string[] = [];
  const pids = Object.fromEntries(net.processes.map((p) => [p.name, p.pid]));
  // CPU per answer, read from /proc: steadier than times on a machine shared with other work.
  const cpuPer = (before: Record<string, number | null>, answers: number) =>
    Object.fromEntries(
      Object.entries(before).map(([name, b]) => {
        const a = cpuSeconds(pids[name]!);
        return [name, a === null || b === null ? null : ((a - b) * 1000) / Math.max(1, answers)];
      }),
    );
  const cpuCell = (c: Record<string, number | null>) => `gateway ${c.gateway?.toFixed(2) ?? '?'}, county ${c.county?.toFixed(2) ?? '?'}, township ${c.township?.toFixed(2) ?? '?'}`;
  const load = async (title: string, target: string, headers: Record<string, string>, query: string, c: number, variables: Record<string, unknown> = {}) => {
    const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid)]));
    const systemBefore = systemSeconds(pids.gateway!);
    const r = await runLoad({ title, url: target, headers, body: JSON.stringify({ query, variables }), connections: c, seconds });
    const cpu = cpuPer(before, r.ok + r.failed);
    const system = systemSeconds(pids.gateway!);
    const kernel = system === null || systemBefore === null ? null : ((system - systemBefore) * 1000) / Math.max(1, r.ok + r.failed);
    log(`  ${title} (${c}): median ${ms(r.median)}, p95 ${ms(r.p95)}, ${r.perSecond.toFixed(0)}/s${r.failed ? `, ${r.failed} failed (${r.firstFailure})` : ''}; CPU-ms per answer: ${cpuCell(cpu)} (gateway in the kernel ${kernel?.toFixed(2) ?? '?'})`);
    rows.push(`| ${r.title} | ${r.connections} | ${ms(r.median)} | ${ms(r.p95)} | ${r.perSecond.toFixed(1)} | ${r.failed} | ${cpuCell(cpu)} |`);
    return r;
  };
  try {
    for (let i = 0; i < 30; i++) {
      await postGraphql(net.countyUrl, direct, CASE_LIST_QUERY);
      await postGraphql(net.gatewayUrl, admin, CASE_LIST_QUERY);
      await postGraphql(net.gatewayUrl, admin, CROSS_TIER_QUERY);
    }
    const ratios: string[] = [];
    for (const c of connections) {
      const d = await load('case list, county subgraph directly', net.countyUrl, direct, CASE_LIST_QUERY, c);
      const g = await load('case list, through the gateway', net.gatewayUrl, admin, CASE_LIST_QUERY, c);
      ratios.push(`| gateway ÷ direct (case list) | ${c} | ${(g.median / d.median).toFixed(2)} × | ${(g.p95 / d.p95).toFixed(2)} × | ${(g.perSecond / d.perSecond).toFixed(2)} × |`);
    }
    if (!profile) {
      const board = (await postGraphql(net.townshipUrl, direct, BOARD_TOWNSHIP)) as { delegatedIntakes: { nodes: { countyCase: { __typename: string; id: string } | null }[] } };
      const representations = board.delegatedIntakes.nodes.map((n) => n.countyCase).filter(Boolean);
      const c = connections[0]!;
      const t = await load('township board: its township call alone', net.townshipUrl, direct, BOARD_TOWNSHIP, c);
      const k = await load('township board: its county call alone', net.countyUrl, direct, BOARD_COUNTY, c, { representations });
      const b = await load('township board, through the gateway', net.gatewayUrl, admin, CROSS_TIER_QUERY, c);
      ratios.push(`| township board ÷ (township call + county call) | ${c} | ${(b.median / (t.median + k.median)).toFixed(2)} × | ${(b.p95 / (t.p95 + k.p95)).toFixed(2)} × | |`);
    }
    if (!profile) await firstLoadBytes(net.gatewayUrl, admin, log);
    console.log(['', '| measure | connections | median | p95 | answers/s | failed | CPU-ms per answer |', '|---|---:|---:|---:|---:|---:|---|', ...rows].join('\n'));
    console.log(['', '| ratio | connections | median | p95 | answers/s |', '|---|---:|---:|---:|---:|', ...ratios].join('\n'));
  } finally {
    await net.stop();
  }
}

/** CPU seconds a process spent in the kernel (stime), from /proc. */
function systemSeconds(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[12]) / 100;
  } catch {
    return null;
  }
}

/**
 * The dashboard's first load in bytes on the wire: the console page and every script and style it
 * names, then the dashboard query's answer, without compression and with what a browser accepts.
 */
async function firstLoadBytes(gatewayUrl: string, headers: Record<string, string>, log: (m: string) => void) {
  const origin = new URL(gatewayUrl).origin;
  const bytes = async (url: string, init: { method?: string; headers?: Record<string, string>; body?: string }, encoding: boolean) => {
    const res = await new Promise<{ length: number; text: string }>((resolve, reject) => {
      const req = http.request(url, { method: init.method ?? 'GET', headers: { ...init.headers, ...(encoding ? { 'accept-encoding': 'br, gzip' } : {}) } }, (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => {
          const raw = Buffer.concat(chunks);
          const enc = r.headers['content-encoding'];
          resolve({ length: raw.length, text: (enc === 'br' ? zlib.brotliDecompressSync(raw) : enc === 'gzip' ? zlib.gunzipSync(raw) : raw).toString('utf8') });
        });
      });
      req.on('error', reject);
      req.end(init.body);
    });
    return res;
  };
  const to = shanghaiDate(new Date());
  const body = JSON.stringify({ query: DASHBOARD_QUERY, variables: { from: addCalendarDays(to, -29), to } });
  const post = { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body };
  for (const encoding of [false, true]) {
    const page = await bytes(`${origin}/console`, {}, encoding);
    const assets = [...page.text.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    let assetBytes = 0;
    for (const a of new Set(assets)) assetBytes += (await bytes(`${origin}${a}`, {}, encoding)).length;
    const answer = await bytes(gatewayUrl, post, encoding);
    log(`  dashboard first load ${encoding ? 'with br/gzip accepted' : 'without compression'}: page ${page.length} B + ${new Set(assets).size} scripts and styles ${assetBytes} B + dashboard answer ${answer.length} B = ${page.length + assetBytes + answer.length} B`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
