import os from 'node:os';

/** Median and 95th percentile of a set of durations (nearest-rank). */
export function summarize(ms: number[]): { runs: number; median: number; p95: number } {
  if (ms.length === 0) throw new Error('no measurements');
  const sorted = [...ms].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { runs: sorted.length, median: rank(0.5), p95: rank(0.95) };
}

/** Times `fn` `runs` times one after another, after `warmup` untimed runs. */
export async function timeRuns(fn: () => Promise<void>, o: { warmup: number; runs: number }): Promise<number[]> {
  for (let i = 0; i < o.warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < o.runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return out;
}

export const cores = (): number => os.cpus().length;

export function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;
