import type { ForwardingLag } from './forwarding-lag';
import type { LoadResult } from './load';
import type { IntakeLedger } from './intake-ledger';
import { aheadOn, type ComparedLoad, type GatewayRun, type HiveComparison } from './hive-comparison';
import { cores as coreCount, machine, ms } from './measure';

export interface Figures {
  directList: LoadResult;
  gatewayList: LoadResult;
  crossTier: LoadResult;
  dashboard: LoadResult;
  dashboardComputed: LoadResult;
  intake: LoadResult;
  lag: ForwardingLag;
  pacedIntake: LoadResult;
  pacedLag: ForwardingLag;
  /** CPU seconds each process used during the intake run (until every intake reached the county). */
  cpu: { name: string; seconds: number | null }[];
  memory: { name: string; mib: number | null }[];
  /** How many county and township processes ran, and whether each intake reached the county exactly once. */
  scaleOut?: { instances: number; ledger: IntakeLedger };
  /** Hive Gateway beside ours on the same subgraphs, or why it was not measured. */
  hive?: HiveComparison | { skipped: string };
}

export interface HistorySize {
  county: number;
  township: number;
  intakes: number;
  townships: number;
  departments: number;
}

/** The rate at which delegated intakes must be accepted and forwarded with a lag p95 under a second. */
export const PACED_RATE = 200;
/** CPU one delegated intake may cost end to end, all processes and the database server together. */
const INTAKE_CPU_MS = 10;

/** CPU-ms one accepted intake cost, all processes together; null when a process could not be read. */
export function cpuPerIntake(f: Figures): number | null {
  if (f.cpu.some((c) => c.seconds === null) || f.intake.ok === 0) return null;
  return (f.cpu.reduce((a, c) => a + (c.seconds ?? 0), 0) * 1000) / f.intake.ok;
}

/** The targets of the performance work, judged on one run's figures. */
export function judgeTargets(f: Figures) {
  const ratio = f.gatewayList.median / f.directList.median;
  const perIntake = cpuPerIntake(f);
  // The steady run must have kept its rate (within 1 %) and brought every intake to the county.
  const paced = f.pacedIntake.perSecond >= PACED_RATE * 0.99 && f.pacedLag.p95 < 1000 && f.pacedLag.countyCases === f.pacedLag.intakes;
  return [
    { target: 'gateway p50 at most 1.3 × the county subgraph directly (case list)', measured: `${ratio.toFixed(2)} ×`, met: ratio <= 1.3 },
    { target: `a delegated intake at most ${INTAKE_CPU_MS} CPU-ms end to end (all processes and the database)`, measured: perIntake === null ? 'n/a' : ms(perIntake), met: perIntake !== null && perIntake <= INTAKE_CPU_MS },
    {
      target: `${PACED_RATE} delegated intakes per second accepted and forwarded, lag p95 under 1 s`,
      measured: `${f.pacedIntake.perSecond.toFixed(0)} /s, p95 ${ms(f.pacedLag.p95)}`,
      met: paced,
    },
    { target: 'network dashboard cold (figure cache off) under 100 ms median', measured: ms(f.dashboardComputed.median), met: f.dashboardComputed.median < 100 },
    { target: 'network dashboard as served under 100 ms median', measured: ms(f.dashboard.median), met: f.dashboard.median < 100 },
    ...hiveTargets(f.hive),
  ];
}

const measuredHive = (h: Figures['hive']): HiveComparison | null => (h && 'loads' in h ? h : null);

/** Ours ahead of Hive Gateway on every compared load: answers per second, and gateway CPU per answer. */
export function aheadOfHive(h: HiveComparison): { throughput: boolean; cpu: boolean } {
  const each = h.loads.map(aheadOn);
  return { throughput: each.every((a) => a.throughput), cpu: each.every((a) => a.cpu === true) };
}

function hiveTargets(h: Figures['hive']) {
  const m = measuredHive(h);
  if (!m) return [];
  const ahead = aheadOfHive(m);
  const worst = (ratio: (c: ComparedLoad) => number | null, pick: (a: number, b: number) => number) =>
    m.loads.map(ratio).reduce<number | null>((w, r) => (r === null ? w : w === null ? r : pick(w, r)), null);
  const rate = worst((c) => c.ours.load.perSecond / c.hive.load.perSecond, Math.min);
  const cpu = worst((c) => (c.ours.gatewayCpuMs === null || c.hive.gatewayCpuMs === null ? null : c.ours.gatewayCpuMs / c.hive.gatewayCpuMs), Math.max);
  return [
    { target: 'ahead of Hive Gateway on answers/s (case list and township board, 1 and 10 connections)', measured: rate === null ? 'n/a' : `ours ÷ Hive at least ${rate.toFixed(2)} ×`, met: ahead.throughput },
    { target: 'ahead of Hive Gateway on gateway CPU per answer (the same loads)', measured: cpu === null ? 'n/a' : `ours ÷ Hive at most ${cpu.toFixed(2)} ×`, met: ahead.cpu },
  ];
}

const cpuMs = (v: number | null) => (v === null ? 'n/a' : ms(v));

/** The side-by-side table with Hive Gateway and its judged line, or why it is not there. */
export function renderHive(h: Figures['hive']): string {
  if (!h) return '';
  if (!('loads' in h)) return `Hive Gateway: not measured in this run (${h.skipped}).`;
  const row = (c: ComparedLoad, r: GatewayRun) =>
    `| ${c.title} | ${c.connections} | ${r.gateway === 'ours' ? 'ours' : 'Hive Gateway'} | ${ms(r.load.median)} | ${ms(r.load.p95)} | ${r.load.perSecond.toFixed(1)} | ${cpuMs(r.gatewayCpuMs)} | ${cpuMs(r.subgraphCpuMs)} | ${n(r.load.failed)} |`;
  const ratio = (c: ComparedLoad) => {
    const a = aheadOn(c);
    const cpu = c.ours.gatewayCpuMs === null || c.hive.gatewayCpuMs === null ? 'n/a' : `${(c.ours.gatewayCpuMs / c.hive.gatewayCpuMs).toFixed(2)} ×`;
    return `| ${c.title} | ${c.connections} | ours ÷ Hive | ${(c.ours.load.median / c.hive.load.median).toFixed(2)} × | | ${(c.ours.load.perSecond / c.hive.load.perSecond).toFixed(2)} × | ${cpu} | | ${a.throughput && a.cpu ? 'ours ahead' : `**Hive ahead on ${[!a.throughput && 'answers/s', a.cpu === false && 'CPU'].filter(Boolean).join(' and ')}**`} |`;
  };
  const ahead = aheadOfHive(h);
  const yes = (b: boolean) => (b ? 'yes' : '**no**');
  return [
    '| load | connections | gateway | median | p95 | answers/s | gateway CPU per answer | subgraphs CPU per answer | failed |',
    '|---|---:|---|---:|---:|---:|---:|---:|---:|',
    ...h.loads.flatMap((c) => [row(c, c.ours), row(c, c.hive), ratio(c)]),
    '',
    `Ours ahead of Hive Gateway: ${yes(ahead.throughput && ahead.cpu)} (answers/s: ${yes(ahead.throughput)}, gateway CPU per answer: ${yes(ahead.cpu)}; every load above).`,
  ].join('\n');
}

function hiveNotes(h: HiveComparison): string {
  const planner =
    h.planner === 'rust'
      ? `with its Rust query planner (\`@graphql-hive/router-runtime\` ${h.versions.routerRuntime}, planner ${h.versions.queryPlanner}, a native addon shipped inside the npm package)`
      : 'with its default (JavaScript) planner';
  return `Hive Gateway ${h.versions.gateway} ${planner}, from its own package \`scripts/bench/hive\` (pinned, its own lock file,
installed there by \`npm ci\` when missing), ran as one more process (\`hive-gateway supergraph\`, one worker,
\`NODE_ENV=production\`) over the same \`schema/supergraph.graphql\` and the same county and township processes
as our gateway, configured in \`scripts/bench/hive/gateway.config.mjs\` to send the subgraphs what ours sends: the
caller's \`authorization\` and the gateway secret. Both deduplicate identical subgraph queries in flight (ours:
\`GATEWAY_DEDUPLICATE\`, on by default; Hive: its default). Our gateway also verifies the caller's token itself
(cached per token) and applies its query limits; Hive's configuration passes the token on for the subgraphs to verify.
Before measuring, ${h.checked.join(', ')} answered deep-equal \`data\` through both, with the same token.
Each load ran ${h.loads[0]?.ours.load.seconds ?? '?'} s through ours, then through Hive; CPU is each gateway process's user + system time from
\`/proc\` over its run, per good answer, and the subgraphs' together beside it. Peak resident memory: ours
${h.peakMemoryMiB.ours?.toFixed(0) ?? '?'} MiB, Hive Gateway ${h.peakMemoryMiB.hive?.toFixed(0) ?? '?'} MiB.${h.plannerNote ? ` Note: ${h.plannerNote}.` : ''}${h.note ? ` ${h.note}.` : ''}`;
}

const n = (v: number) => v.toLocaleString('en');
const lagRow = (title: string, l: ForwardingLag) => `| ${title} | | ${ms(l.median)} | ${ms(l.p95)} | | ${n(l.countyCases)} of ${n(l.intakes)} | ${n(l.intakes - l.countyCases)} |`;

/** The printed table and the BENCHMARKS.md section of one `npm run bench` run. */
export function renderReport(o: { command: string; url: string; history: HistorySize; figures: Figures; intakeSeconds: number }) {
  const f = o.figures;
  const load = (r: LoadResult) => `| ${r.title} | ${r.connections} | ${ms(r.median)} | ${ms(r.p95)} | ${r.perSecond.toFixed(1)} | ${n(r.ok)} | ${n(r.failed)} |`;
  const table = [
    '| measure | connections | median | p95 | answers/s | answers | failed |',
    '|---|---:|---:|---:|---:|---:|---:|',
    load(f.directList),
    load(f.gatewayList),
    `| gateway ÷ direct (case list) | | ${(f.gatewayList.median / f.directList.median).toFixed(2)} × | ${(f.gatewayList.p95 / f.directList.p95).toFixed(2)} × | | | |`,
    load(f.crossTier),
    load(f.dashboard),
    load(f.dashboardComputed),
    load(f.intake),
    lagRow('forwarding lag at full speed: accepted at the township → county case exists', f.lag),
    ...(f.scaleOut
      ? [
          `| full-speed intakes with ${f.scaleOut.instances} county and ${f.scaleOut.instances} township processes: lost / with more than one county case / requestId stored twice | | | | | ${n(f.scaleOut.ledger.intakes)} | ${n(f.scaleOut.ledger.lost)} / ${n(f.scaleOut.ledger.duplicated)} / ${n(f.scaleOut.ledger.repeatedRequests)} |`,
        ]
      : []),
    load(f.pacedIntake),
    lagRow(`forwarding lag at a steady ${f.pacedIntake.perSecond.toFixed(0)}/s`, f.pacedLag),
  ].join('\n');
  const targets = ['| target | measured | |', '|---|---:|---|', ...judgeTargets(f).map((t) => `| ${t.target} | ${t.measured} | ${t.met ? 'met' : '**not met**'} |`)].join('\n');
  const accepted = f.intake.ok;
  const cpu = [
    '| process | CPU during the intake run | per accepted intake |',
    '|---|---:|---:|',
    ...f.cpu.map((c) => `| ${c.name} | ${c.seconds === null ? 'n/a' : `${c.seconds.toFixed(1)} s`} | ${c.seconds === null ? 'n/a' : ms((c.seconds * 1000) / accepted)} |`),
  ].join('\n');
  const cores = coreCount();
  const perIntake = cpuPerIntake(f);
  const met = judgeTargets(f);
  const intakeMet = met[1]!.met && met[2]!.met;
  const reason =
    intakeMet || perIntake === null
      ? ''
      : `
**Why the intake targets are not met on this machine.** One delegated intake costs ${ms(perIntake)} of CPU end to end
(table below): the clerk's request through the gateway, the township's transaction, the forwarding call,
the county's new case accepted in the same transaction, and the acknowledgement recorded at the township,
in three Node processes and the database server, all on the same ${cores} cores as the load generator.
${cores} cores give ${(cores * 1000).toFixed(0)} CPU-ms per second, so at most about ${((cores * 1000) / perIntake).toFixed(0)} intakes per second can be
accepted *and* forwarded. ${PACED_RATE} per second within a second of lag needs at most ${((cores * 1000) / PACED_RATE).toFixed(1)} CPU-ms per intake here, or more
cores: the services keep no state between requests, so township and county services on other
machines (README, Scaling out) add their capacity. A real county is far from this rate: a township
window accepts an application every few minutes.
`;
  const hive = renderHive(f.hive);
  const hiveMeasured = measuredHive(f.hive);
  const memory = ['| service | peak resident memory |', '|---|---:|', ...f.memory.map((m) => `| ${m.name} | ${m.mib === null ? 'n/a' : `${m.mib.toFixed(0)} MiB`} |`)].join('\n');
  const markdown = `## The network under load

Command: \`${o.command}\` (MariaDB at \`${o.url.replace(/\/\/[^@]*@/, '//…@')}\`)

Machine: ${machine()}. Measured ${new Date().toISOString().slice(0, 10)}.

History: ${n(o.history.county)} county cases (${n(o.history.intakes)} of them delegated intakes, each with its township record) and
${n(o.history.township)} township cases over two years, ${o.history.townships} townships, ${o.history.departments} departments. The three services
run as production runs them (\`NODE_ENV=production\`, gateway secret set, separate processes) on this
machine together with the database and the load generator (autocannon, in the benchmark's process). Read
measures run for the given seconds each after warm-up requests; every answer is checked (HTTP 200, data,
no GraphQL errors) and timed. The queries are in \`scripts/bench/queries.ts\`.

${table}

The dashboard is served with the figure cache on (\`STATISTICS_CACHE_SECONDS\`, default 15 s), as
deployed; the "figure cache off" row is what computing every figure costs each time.

### Beside Hive Gateway

${hive}
${hiveMeasured ? `\n${hiveNotes(hiveMeasured)}\n` : ''}
### Targets

${targets}

${reason}
### Where the intake run's CPU went

${n(accepted)} intakes accepted in ${o.intakeSeconds} s; CPU read from \`/proc\` from the start of the run until every
intake had reached the county (${f.cpu.reduce((a, c) => a + (c.seconds ?? 0), 0).toFixed(1)} CPU-seconds in all, on ${cores} cores).

${cpu}

### Memory

${memory}`;
  return { table, targets, hive, markdown };
}
