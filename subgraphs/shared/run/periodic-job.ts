import type { Logger } from 'pino';

/**
 * Runs a job at a fixed interval in the background; runs never overlap, and a failed run is
 * logged and retried on the next tick. `runNow` lets tests and start-up run it on demand.
 */
export class PeriodicJob<T> {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<T> | null = null;

  constructor(
    private readonly name: string,
    private readonly job: () => Promise<T>,
    private readonly log: Logger,
  ) {}

  runNow(): Promise<T> {
    if (!this.running) this.running = this.job().finally(() => (this.running = null));
    return this.running;
  }

  /** Runs the job at once, then every `intervalMs`. */
  start(intervalMs: number): void {
    if (this.timer) return;
    const tick = () => void this.runNow().catch((err) => this.log.error({ err, job: this.name }, 'periodic job failed'));
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
    tick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }
}
