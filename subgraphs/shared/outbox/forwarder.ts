import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { In, IsNull, LessThanOrEqual } from 'typeorm';
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
  /** Deliveries in flight at once (one subject's messages still go one after another). */
  concurrency?: number;
  leaseMs?: number;
  maxBackoffMs?: number;
}

/**
 * Store-and-forward delivery. Rows are claimed with a lease (an UPDATE guarded by the current
 * claim), which works the same on SQLite and MySQL, so any number of forwarders may run; the
 * receiver's unique key makes a repeated delivery harmless. A batch is delivered by several lanes
 * at once, each subject's messages in order within one lane, so a busy month-end keeps up.
 */
export class Forwarder<R extends OutboxRecord> {
  readonly id = `fwd-${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private again = false;
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

  /**
   * Asks for a run soon, e.g. right after a message was committed, so it need not wait for the
   * next tick; a run already going picks the new message up before it ends.
   */
  nudge(): void {
    if (!this.timer) return;
    if (this.running) this.again = true;
    else void this.drain().catch((err) => this.o.log.error({ err }, 'forwarder run failed'));
  }

  private async drainOnce(): Promise<number> {
    let delivered = 0;
    for (;;) {
      this.again = false;
      const due = await this.o.dataSource.getRepository(this.o.entity).find({
        where: { deliveredAt: IsNull(), nextAttemptAt: LessThanOrEqual(this.now()) } as never,
        order: { createdAt: 'ASC' } as never,
        take: this.o.batchSize ?? 50,
      });
      if (due.length === 0 && !this.again) return delivered;
      const mine = await this.claim(due);
      if (mine.length === 0 && !this.again) return delivered;
      const { sent, blocked } = await this.deliverInLanes(mine);
      delivered += sent;
      if (blocked) return delivered; // the other side is down: stop hammering it, retry on the next tick
    }
  }

  /** Claims the rows no other forwarder holds, in one statement; returns those now ours, in order. */
  private async claim(rows: R[]): Promise<R[]> {
    if (rows.length === 0) return [];
    const now = this.now();
    const ids = rows.map((r) => r.id);
    await this.o.dataSource
      .createQueryBuilder()
      .update(this.o.entity)
      .set({ claimedBy: this.id, leaseUntil: new Date(now.getTime() + (this.o.leaseMs ?? 30_000)) } as never)
      .where('id IN (:...ids) AND delivered_at IS NULL AND (claimed_by IS NULL OR lease_until < :now)', { ids, now: now.toISOString() })
      .execute();
    const ours = await this.o.dataSource.getRepository(this.o.entity).find({ where: { id: In(ids), claimedBy: this.id, deliveredAt: IsNull() } as never, select: { id: true } as never });
    const held = new Set(ours.map((r) => r.id));
    return rows.filter((r) => held.has(r.id));
  }

  /** Delivers claimed rows, one lane per subject, several lanes at once; releases what it did not try. */
  private async deliverInLanes(rows: R[]): Promise<{ sent: number; blocked: boolean }> {
    const lanes = new Map<string, R[]>();
    for (const row of rows) {
      const lane = lanes.get(row.subjectId);
      if (lane) lane.push(row);
      else lanes.set(row.subjectId, [row]);
    }
    const queue = [...lanes.values()];
    const untried: R[] = [];
    let sent = 0;
    let blocked = false;
    const worker = async () => {
      for (let lane = queue.shift(); lane; lane = queue.shift()) {
        for (const [n, row] of lane.entries()) {
          if (blocked) {
            untried.push(...lane.slice(n));
            break;
          }
          if (await this.deliver(row)) sent += 1;
          else {
            blocked = true;
            untried.push(...lane.slice(n + 1));
            break;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.o.concurrency ?? 8, queue.length) }, worker));
    if (untried.length) await this.release(untried);
    return { sent, blocked };
  }

  private async release(rows: R[]): Promise<void> {
    await this.o.dataSource
      .createQueryBuilder()
      .update(this.o.entity)
      .set({ claimedBy: null, leaseUntil: null } as never)
      .where('id IN (:...ids) AND claimed_by = :me AND delivered_at IS NULL', { ids: rows.map((r) => r.id), me: this.id })
      .execute();
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
