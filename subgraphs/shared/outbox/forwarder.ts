import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { IsNull, LessThanOrEqual } from 'typeorm';
import type { Logger } from 'pino';
import type { OutboxRecord } from './outbox-record';

export interface ForwarderOptions<R extends OutboxRecord> {
  dataSource: DataSource;
  entity: EntityTarget<R>;
  /** Delivers one message; throws when it could not be acknowledged. */
  send: (row: R) => Promise<unknown>;
  /** Runs in the same transaction that marks the row delivered (e.g. record the acknowledgement). */
  onDelivered?: (m: EntityManager, row: R, ack: unknown, now: Date) => Promise<void>;
  log: Logger;
  clock?: () => Date;
  batchSize?: number;
  leaseMs?: number;
  maxBackoffMs?: number;
}

/**
 * Store-and-forward delivery. Rows are claimed with a lease (an UPDATE guarded by the current
 * claim, checked by its affected-row count), which works the same on SQLite and MySQL, so any
 * number of forwarders may run; the receiver's unique key makes a repeated delivery harmless.
 */
export class Forwarder<R extends OutboxRecord> {
  readonly id = `fwd-${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  sent = 0;
  lastSuccessAt: Date | null = null;
  lastError: string | null = null;

  constructor(private readonly o: ForwarderOptions<R>) {}

  private now(): Date {
    return this.o.clock ? this.o.clock() : new Date();
  }

  /** Delivers everything due now; returns how many were delivered. Concurrent calls share one run. */
  drain(): Promise<number> {
    if (!this.running) this.running = this.drainOnce().finally(() => (this.running = null));
    return this.running;
  }

  private async drainOnce(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const due = await this.o.dataSource.getRepository(this.o.entity).find({
        where: { deliveredAt: IsNull(), nextAttemptAt: LessThanOrEqual(this.now()) } as never,
        order: { createdAt: 'ASC' } as never,
        take: this.o.batchSize ?? 50,
      });
      if (due.length === 0) return delivered;
      let progressed = false;
      for (const row of due) {
        if (!(await this.claim(row))) continue;
        progressed = true;
        if (await this.deliver(row)) delivered += 1;
        else return delivered; // the other side is down: stop hammering it, retry on the next tick
      }
      if (!progressed) return delivered;
    }
  }

  private async claim(row: R): Promise<boolean> {
    const now = this.now();
    const res = await this.o.dataSource
      .createQueryBuilder()
      .update(this.o.entity)
      .set({ claimedBy: this.id, leaseUntil: new Date(now.getTime() + (this.o.leaseMs ?? 30_000)) } as never)
      .where('id = :id AND delivered_at IS NULL AND (claimed_by IS NULL OR lease_until < :now)', { id: row.id, now: now.toISOString() })
      .execute();
    return res.affected === 1;
  }

  private async deliver(row: R): Promise<boolean> {
    try {
      const ack = await this.o.send(row);
      const now = this.now();
      await this.o.dataSource.transaction(async (m) => {
        await m
          .createQueryBuilder()
          .update(this.o.entity)
          .set({ deliveredAt: now, claimedBy: null, leaseUntil: null, attempts: row.attempts + 1, lastError: null } as never)
          .where('id = :id AND claimed_by = :me', { id: row.id, me: this.id })
          .execute();
        await this.o.onDelivered?.(m, row, ack, now);
      });
      this.sent += 1;
      this.lastSuccessAt = now;
      this.lastError = null;
      return true;
    } catch (e) {
      const attempts = row.attempts + 1;
      const backoff = Math.min(this.o.maxBackoffMs ?? 60_000, 500 * 2 ** Math.min(attempts, 16));
      this.lastError = String((e as Error).message ?? e).slice(0, 500);
      await this.o.dataSource
        .createQueryBuilder()
        .update(this.o.entity)
        .set({ attempts, nextAttemptAt: new Date(this.now().getTime() + backoff), claimedBy: null, leaseUntil: null, lastError: this.lastError } as never)
        .where('id = :id AND claimed_by = :me', { id: row.id, me: this.id })
        .execute();
      this.o.log.warn({ messageKey: row.messageKey, attempts, retryInMs: backoff, err: this.lastError }, 'delivery failed; will retry');
      return false;
    }
  }

  start(intervalMs = 500): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.drain().catch((err) => this.o.log.error({ err }, 'forwarder run failed')), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }
}
