import { isDeepStrictEqual } from 'node:util';
import { cpuSeconds } from './cpu';
import { runLoad, type LoadResult } from './load';

/** One load run through one gateway, with the CPU its process (and the subgraphs) spent on it. */
export interface GatewayRun {
  gateway: 'ours' | 'hive';
  load: LoadResult;
  /** CPU-ms of the gateway process per good answer; null where /proc could not be read. */
  gatewayCpuMs: number | null;
  /** CPU-ms of the subgraph processes together per good answer. */
  subgraphCpuMs: number | null;
}

/** The same load through both gateways, ours first. */
export interface ComparedLoad {
  title: string;
  connections: number;
  ours: GatewayRun;
  hive: GatewayRun;
}

export interface HiveComparison {
  versions: { gateway: string; routerRuntime: string | null; queryPlanner: string | null };
  planner: 'rust' | 'default';
  /** Why the default planner was used, when it was. */
  plannerNote?: string;
  /** The queries whose answers were checked deep-equal through both gateways before measuring. */
  checked: string[];
  loads: ComparedLoad[];
  peakMemoryMiB: { ours: number | null; hive: number | null };
  /** Set when the subgraphs ran as several instances (Hive was given the first of each). */
  note?: string;
}

/** What a gateway answered, as parsed JSON. */
async function answer(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown>): Promise<{ status: number; body: { data?: unknown; errors?: { message: string }[] } }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(60_000) });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) as { data?: unknown; errors?: { message: string }[] } };
  } catch {
    throw new Error(`${url} answered HTTP ${res.status} with no JSON: ${text.slice(0, 300)}`);
  }
}

/** The first path at which two JSON values differ, with both values there, or null when equal. */
export function firstDifference(a: unknown, b: unknown, at = 'data'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = Array.isArray(a) ? Array.from({ length: Math.max(a.length, (b as unknown[]).length) }, (_, i) => String(i)) : [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], Array.isArray(a) ? `${at}[${k}]` : `${at}.${k}`);
      if (d) return d;
    }
  }
  const show = (v: unknown) => (v === undefined ? 'absent' : JSON.stringify(v)?.slice(0, 200));
  return `${at}: ours ${show(a)}, Hive ${show(b)}`;
}

/**
 * Sends each query through both gateways with the same caller and fails unless both answer
 * without errors and with deep-equal `data`. A figure that moves with the clock (seconds waited)
 * may tick between the two calls, so a difference is asked again, up to three times in all.
 */
export async function assertSameAnswers(
  ours: string,
  hive: string,
  queries: { name: string; query: string; headers: Record<string, string>; variables?: Record<string, unknown> }[],
  log: (m: string) => void,
): Promise<string[]> {
  for (const q of queries) {
    let difference: string | null = null;
    for (let attempt = 1; attempt <= 3; attempt++) {
      const [a, b] = await Promise.all([answer(ours, q.headers, q.query, q.variables ?? {}), answer(hive, q.headers, q.query, q.variables ?? {})]);
      for (const [who, r] of [['our gateway', a], ['Hive Gateway', b]] as const) {
        if (r.status !== 200 || r.body.errors?.length || r.body.data == null) {
          throw new Error(`${q.name} through ${who}: HTTP ${r.status}, ${r.body.errors?.length ? `error "${r.body.errors[0]!.message}"` : 'no data'} — the gateways cannot be compared`);
        }
      }
      difference = firstDifference(a.body.data, b.body.data);
      if (!difference) break;
    }
    if (difference) throw new Error(`${q.name}: our gateway and Hive Gateway answer differently, first at ${difference}`);
    log(`  ${q.name}: identical data through both gateways`);
  }
  return queries.map((q) => q.name);
}

/** One load run through one gateway, with the CPU the gateway process and the subgraphs spent meanwhile. */
export async function measureGateway(o: {
  gateway: 'ours' | 'hive';
  title: string;
  url: string;
  gatewayPid: number;
  subgraphPids: number[];
  headers: Record<string, string>;
  body: string;
  connections: number;
  seconds: number;
}): Promise<GatewayRun> {
  const cpu = () => {
    const g = cpuSeconds(o.gatewayPid);
    const s = o.subgraphPids.map(cpuSeconds);
    return { g, s: s.some((v) => v === null) ? null : s.reduce<number>((x, v) => x + (v ?? 0), 0) };
  };
  const before = cpu();
  const load = await runLoad({ title: o.title, url: o.url, headers: o.headers, body: o.body, connections: o.connections, seconds: o.seconds });
  const after = cpu();
  const perAnswer = (a: number | null, b: number | null) => (a === null || b === null || load.ok === 0 ? null : ((b - a) * 1000) / load.ok);
  return { gateway: o.gateway, load, gatewayCpuMs: perAnswer(before.g, after.g), subgraphCpuMs: perAnswer(before.s, after.s) };
}

/** Ours ahead of Hive on one compared load: more answers per second, and less gateway CPU per answer. */
export function aheadOn(c: ComparedLoad): { throughput: boolean; cpu: boolean | null } {
  const cpu = c.ours.gatewayCpuMs === null || c.hive.gatewayCpuMs === null ? null : c.ours.gatewayCpuMs < c.hive.gatewayCpuMs;
  return { throughput: c.ours.load.perSecond > c.hive.load.perSecond, cpu };
}
