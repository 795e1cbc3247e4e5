import fs from 'node:fs';
import { judgeTargets, renderReport, type Figures } from '../../scripts/bench/bench-report';
import type { LoadResult } from '../../scripts/bench/load';
import { cpuSeconds } from '../../scripts/bench/cpu';
import { peakResidentMiB } from '../../scripts/bench/memory';

/** The benchmark's verdicts and report are worked out from one run's figures, never guessed. */
const load = (title: string, median: number, perSecond = 10, connections = 1): LoadResult => ({
  title,
  connections,
  seconds: 30,
  ok: perSecond * 30,
  failed: 0,
  firstFailure: null,
  perSecond,
  median,
  p95: median * 1.5,
});

function figures(o: { gateway: number; dashboard: number; cold?: number; pacedPerSecond?: number; pacedP95?: number; arrived?: number; cpuSeconds?: (number | null)[] }): Figures {
  const lag = { intakes: 100, countyCases: 100, median: 2000, p95: 5000, max: 6000 };
  const [county, township, database] = o.cpuSeconds ?? [30, 30, null];
  return {
    directList: load('direct', 20),
    gatewayList: load('gateway', o.gateway),
    crossTier: load('board', 30),
    dashboard: load('dashboard', o.dashboard),
    dashboardComputed: load('dashboard, cache off', o.cold ?? 200),
    intake: load('intake', 90, 10, 10),
    lag,
    pacedIntake: load('paced', 60, o.pacedPerSecond ?? 40, 10),
    pacedLag: { intakes: 100, countyCases: o.arrived ?? 100, median: 200, p95: o.pacedP95 ?? 300, max: 400 },
    cpu: [
      { name: 'county', seconds: county ?? null },
      { name: 'township', seconds: township ?? null },
      { name: 'database server', seconds: database ?? null },
    ],
    memory: [{ name: 'gateway', mib: 250 }],
  };
}

// 300 accepted intakes: CPU-seconds × 1000 / 300 is the CPU-ms per intake.
test('each target is judged on its own figure, at its bound', () => {
  const met = judgeTargets(figures({ gateway: 26, dashboard: 99.9, cold: 99.9, pacedPerSecond: 198, pacedP95: 999, cpuSeconds: [1, 1, 1] }));
  expect(met.map((t) => t.met)).toEqual([true, true, true, true, true]);
  expect(met[0].measured).toBe('1.30 ×');
  expect(met[1].measured).toBe('10.0 ms');
  const missed = judgeTargets(figures({ gateway: 26.2, dashboard: 100, cold: 100, pacedPerSecond: 197, pacedP95: 999, cpuSeconds: [1, 1, 1.01] }));
  expect(missed.map((t) => t.met)).toEqual([false, false, false, false, false]);
  expect(judgeTargets(figures({ gateway: 20, dashboard: 10, pacedPerSecond: 200, pacedP95: 1000 }))[2].met).toBe(false);
});

test('a lag target is not met while some intakes never reached the county, however fast the others were', () => {
  const t = judgeTargets(figures({ gateway: 20, dashboard: 10, pacedPerSecond: 200, pacedP95: 100, arrived: 99 }));
  expect(t[2].met).toBe(false);
});

test('the CPU target is not judged met when a process could not be read', () => {
  const t = judgeTargets(figures({ gateway: 20, dashboard: 10, cpuSeconds: [0.1, 0.1, null] }));
  expect(t[1]).toMatchObject({ measured: 'n/a', met: false });
});

test('the report gives the measured reason when the intake targets are missed, and none when they are met', () => {
  const history = { county: 1, township: 1, intakes: 1, townships: 1, departments: 1 };
  const missed = renderReport({ command: 'npm run bench', url: 'mysql://root:pw@db:3306', history, figures: figures({ gateway: 22, dashboard: 20, cpuSeconds: [30, 30, 0] }), intakeSeconds: 30 });
  // 60 CPU-seconds over 300 accepted intakes: 200 ms each.
  expect(missed.markdown).toContain('One delegated intake costs 200.0 ms of CPU end to end');
  expect(missed.markdown).toContain('| county | 30.0 s | 100.0 ms |');
  expect(missed.markdown).not.toContain('pw@'); // the database password never reaches the report
  const unread = renderReport({ command: 'npm run bench', url: 'mysql://root@db:3306', history, figures: figures({ gateway: 22, dashboard: 20 }), intakeSeconds: 30 });
  expect(unread.markdown).toContain('| database server | n/a | n/a |');
  const met = renderReport({ command: 'npm run bench', url: 'mysql://root@db:3306', history, figures: figures({ gateway: 22, dashboard: 20, pacedPerSecond: 200, pacedP95: 500, cpuSeconds: [1, 1, 0.5] }), intakeSeconds: 30 });
  expect(met.markdown).not.toContain('Why the intake targets are not met');
});

test('CPU time and peak memory are read from /proc for a live process (null where there is no /proc), and null for one that does not exist', () => {
  const cpu = cpuSeconds(process.pid);
  const peak = peakResidentMiB(process.pid);
  if (fs.existsSync(`/proc/${process.pid}/status`)) {
    expect(cpu).toBeGreaterThan(0);
    expect(peak).toBeGreaterThan(process.memoryUsage().rss / 2 ** 20 / 2);
  } else {
    expect([cpu, peak]).toEqual([null, null]);
  }
  expect(cpuSeconds(2 ** 30)).toBeNull();
  expect(peakResidentMiB(2 ** 30)).toBeNull();
});

test('with several instances the table counts intakes lost or forwarded twice; with one it has no such row', () => {
  const one = renderReport({ command: 'x', url: 'mysql://root@h:3306', history: { county: 1, township: 1, intakes: 1, townships: 1, departments: 1 }, figures: figures({ gateway: 22, dashboard: 50 }), intakeSeconds: 30 });
  expect(one.table).not.toMatch(/lost/);
  const f = { ...figures({ gateway: 22, dashboard: 50 }), scaleOut: { instances: 2, ledger: { intakes: 876, lost: 0, duplicated: 1, repeatedRequests: 0 } } };
  const two = renderReport({ command: 'x', url: 'mysql://root@h:3306', history: { county: 1, township: 1, intakes: 1, townships: 1, departments: 1 }, figures: f, intakeSeconds: 30 });
  expect(two.table).toMatch(/2 county and 2 township processes: lost \/ with more than one county case \/ requestId stored twice \| \| \| \| \| 876 \| 0 \/ 1 \/ 0 \|/);
});
