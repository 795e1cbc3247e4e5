import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { In, IsNull, Not } from 'typeorm';
import type { Logger } from 'pino';
import type { OutboxRecord } from './outbox-record';
import { ServiceCallError } from './service-call';

export interface ForwarderOptions<R extends OutboxRecord> {
  dataSource: DataSource;
  entity: EntityTarget<R>;
  /** Delivers one message; throws when it could not be acknowledged. */
  send: (row: R) => Promise<unknown>;
  /**
   * Delivers several messages of different subjects in one call, for rows `batchable` accepts:
   * one outcome per row, in order — its acknowledgement, or the error it was refused with.
   */
  sendBatch?: (rows: R[]) => Promise<BatchOutcome[]>;
  batchable?: (row: R) => boolean;
  /** Runs instead of `onDelivered` for the messages of one batched call, in the transaction that marks them delivered. */
  onDeliveredMany?: (m: EntityManager, delivered: { row: R; ack: unknown }[], now: Date) => Promise<void>;
  /** Most messages in one batched call. */
  maxPerCall?: number;
  /** Runs in the same transaction that marks the row delivered (e.g. record the acknowledgement). */
  onDelivered?: (m: EntityManager, row: R, ack: unknown, now: Date) => Promise<void>;
  log: Logger;
  clock?: () => Date;
  batchSize?: number;
  /** Deliveries in flight at once (one subject's messages still go one after another). */
  concurrency?: number;
  leaseMs?: number;
  maxBackoffMs?: number;
  /** How long a parked (refused) message waits before it is tried again by itself. */
  parkedRetryMs?: number;
}

/** What the receiver said to one message of a batched call. */
export type BatchOutcome = { ack: unknown } | { error: unknown };

/** Undelivered messages the receiver refused for good. */
const PARKED = { deliveredAt: IsNull(), parkedAt: Not(IsNull()) };

/** How often a running forwarder recounts its outbox for /metrics when nothing was parked or retried. */
const COUNT_EVERY_MS = 15_000;

export interface OutboxQueueStatus {
  pending: number;
  parked: number;
  parkedMessages: { messageKey: string; kind: string; subjectId: string; attempts: number; error: string | null; parkedAt: Date; nextAttemptAt: Date }[];
}

/**
 * Store-and-forward delivery. Rows are claimed with a lease (an UPDATE guarded by the current
 * claim), which works the same on SQLite and MySQL, so any number of forwarders may run; the
 * receiver's unique key makes a repeated delivery harmless. Only the oldest undelivered message of
 * each subject is ever due, so a subject's messages arrive in order whatever fails; many subjects
 * are delivered at once in lanes, so a busy month-end keeps up.
 */
export class Forwarder<R extends OutboxRecord> {
  readonly id = `fwd-${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private again = false;
  sent = 0;
  lastSuccessAt: Date | null = null;
  lastError: string | null = null;
  /** Pending and parked messages as last counted, for /metrics (counted now and then, never per scrape). */
  counts: { pending: number; parked: number; countedAt: number } | null = null;
  private parkedInRun = 0;
  /**
   * SQL statements the timer sent without anything to deliver: its looks that found no message
   * due and its periodic recounts for /metrics. They cost the same whatever the traffic, so a
   * count of statements per request or per intake can leave them out (`bench:check` does).
   */
  idleStatements = 0;

  constructor(private readonly o: ForwarderOptions<R>) {}

  private now(): Date {
    return this.o.clock ? this.o.clock() : new Date();
  }

  /** Delivers everything due now; returns how many were delivered. Concurrent calls share one run. */
  drain(): Promise<number> {
    return this.run(false);
  }

  private run(byTimer: boolean): Promise<number> {
    if (!this.running) {
      this.running = this.drainOnce(byTimer).finally(() => {
        this.running = null;
        // Nudged after the run last looked: look again now rather than at the next tick.
        if (this.again && this.timer) {
          this.again = false;
          void this.drain().catch((err) => this.o.log.error({ err }, 'forwarder run failed'));
        }
      });
    }
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

  private async drainOnce(byTimer: boolean): Promise<number> {
    this.parkedInRun = 0;
    try {
      return await this.drainLoop(byTimer);
    } finally {
      if (this.parkedInRun > 0) await this.recount().catch(() => undefined);
    }
  }

  private async drainLoop(byTimer: boolean): Promise<number> {
    let delivered = 0;
    for (let look = 0; ; look++) {
      this.again = false;
      const { due, followed } = await this.dueHeads();
      if (byTimer && look === 0 && due.length === 0) this.idleStatements += 1;
      if (due.length === 0 && !this.again) return delivered;
      const mine = await this.claim(due);
      if (mine.length === 0 && !this.again) return delivered;
      const { sent, blocked } = await this.deliverInLanes(mine);
      delivered += sent;
      if (blocked) return delivered; // the other side is down: stop hammering it, retry on the next tick
      // Nothing new was queued meanwhile, the batch was not full and no message sent had a later one
      // of its subject waiting: there is nothing to look for until the next tick or nudge.
      if (!this.again && due.length < this.batchSize && !mine.some((r) => followed.has(r.id))) return delivered;
    }
  }

  /**
   * Due messages that are the oldest undelivered one of their subject. A message waiting out a
   * back-off, or parked, holds back every later message of its subject — across runs, restarts
   * and forwarders — so the receiver never sees a subject's messages out of order.
   */
  private async dueHeads(): Promise<{ due: R[]; followed: Set<string> }> {
    const table = this.o.dataSource.getMetadata(this.o.entity).tableName;
    const { entities, raw } = await this.o.dataSource
      .getRepository(this.o.entity)
      .createQueryBuilder('o')
      // Whether a later message of the subject waits: once this one is delivered, that one is due.
      .addSelect(`CASE WHEN EXISTS (SELECT 1 FROM ${table} n WHERE n.subject_id = o.subject_id AND n.delivered_at IS NULL AND n.subject_seq > o.subject_seq) THEN 1 ELSE 0 END`, 'followed')
      .where('o.delivered_at IS NULL AND o.next_attempt_at <= :now', { now: this.now().toISOString() })
      .andWhere(`NOT EXISTS (SELECT 1 FROM ${table} p WHERE p.subject_id = o.subject_id AND p.delivered_at IS NULL AND p.subject_seq < o.subject_seq)`)
      .orderBy('o.created_at', 'ASC')
      .addOrderBy('o.subject_seq', 'ASC')
      .limit(this.batchSize)
      .getRawAndEntities<{ o_id: string; followed: unknown }>();
    return { due: entities, followed: new Set(raw.filter((r) => Number(r.followed) === 1).map((r) => r.o_id)) };
  }

  private get batchSize(): number {
    return this.o.batchSize ?? 50;
  }

  /** Claims the rows no other forwarder holds, in one statement; returns those now ours, in order. */
  private async claim(rows: R[]): Promise<R[]> {
    if (rows.length === 0) return [];
    const now = this.now();
    const ids = rows.map((r) => r.id);
    const res = await this.o.dataSource
      .createQueryBuilder()
      .update(this.o.entity)
      .set({ claimedBy: this.id, leaseUntil: new Date(now.getTime() + (this.o.leaseMs ?? 30_000)) } as never)
      .where('id IN (:...ids) AND delivered_at IS NULL AND (claimed_by IS NULL OR lease_until < :now)', { ids, now: now.toISOString() })
      .execute();
    // Every row changed: all are ours. Otherwise another forwarder holds some: ask which are ours.
    if (res.affected === ids.length) return rows;
    const ours = await this.o.dataSource.getRepository(this.o.entity).find({ where: { id: In(ids), claimedBy: this.id, deliveredAt: IsNull() } as never, select: { id: true } as never });
    const held = new Set(ours.map((r) => r.id));
    return rows.filter((r) => held.has(r.id));
  }

  /**
   * Delivers claimed rows, one lane per subject, several lanes at once; releases what it did not
   * try. A subject whose only claimed row the receiver takes in batches (`batchable`) travels in
   * a call with other such subjects, each with its own outcome.
   */
  private async deliverInLanes(rows: R[]): Promise<{ sent: number; blocked: boolean }> {
    const lanes = new Map<string, R[]>();
    for (const row of rows) {
      const lane = lanes.get(row.subjectId);
      if (lane) lane.push(row);
      else lanes.set(row.subjectId, [row]);
    }
    const batchable: R[] = [];
    const queue: { lane?: R[]; batch?: R[] }[] = [];
    for (const lane of lanes.values()) {
      if (this.o.sendBatch && lane.length === 1 && this.o.batchable?.(lane[0])) batchable.push(lane[0]);
      else queue.push({ lane });
    }
    const perCall = Math.max(1, this.o.maxPerCall ?? 20);
    // Batches first (they are the oldest intakes as often as not), spread over the lanes' workers.
    const calls = Math.ceil(batchable.length / perCall);
    for (let k = 0; k < calls; k++) {
      const size = Math.ceil(batchable.length / (calls - k));
      queue.unshift({ batch: batchable.splice(0, size) });
    }
    const untried: R[] = [];
    let sent = 0;
    let blocked = false;
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        if (job.batch) {
          if (blocked) {
            untried.push(...job.batch);
            continue;
          }
          const outcome = await this.deliverBatch(job.batch);
          sent += outcome.sent;
          if (outcome.failed) blocked = true;
          continue;
        }
        const lane = job.lane!;
        for (const [n, row] of lane.entries()) {
          if (blocked) {
            untried.push(...lane.slice(n));
            break;
          }
          const outcome = await this.deliver(row);
          if (outcome === 'sent') {
            sent += 1;
            continue;
          }
          // A parked message holds back the rest of its subject; a failed one the whole run.
          if (outcome === 'failed') blocked = true;
          untried.push(...lane.slice(n + 1));
          break;
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

  private async deliver(row: R): Promise<'sent' | 'parked' | 'failed'> {
    try {
      const ack = await this.o.send(row);
      const now = this.now();
      await this.o.dataSource.transaction(async (m) => {
        await m
          .createQueryBuilder()
          .update(this.o.entity)
          .set({ deliveredAt: now, claimedBy: null, leaseUntil: null, attempts: row.attempts + 1, lastError: null, parkedAt: null } as never)
          .where('id = :id AND claimed_by = :me', { id: row.id, me: this.id })
          .execute();
        await this.o.onDelivered?.(m, row, ack, now);
      });
      this.delivered(1, now);
      return 'sent';
    } catch (e) {
      return this.failed(row, e);
    }
  }

  /**
   * Delivers rows of different subjects in one call. Those acknowledged are marked delivered in
   * one transaction; each refused or failed one backs off or is parked by itself.
   */
  private async deliverBatch(rows: R[]): Promise<{ sent: number; failed: boolean }> {
    let outcomes: BatchOutcome[];
    try {
      outcomes = await this.o.sendBatch!(rows);
      if (outcomes.length !== rows.length) throw new Error(`the receiver answered ${outcomes.length} outcomes for ${rows.length} messages`);
    } catch (e) {
      outcomes = rows.map(() => ({ error: e }));
    }
    const acked = rows.flatMap((row, k) => ('ack' in outcomes[k] ? [{ row, ack: (outcomes[k] as { ack: unknown }).ack }] : []));
    const refused = rows.flatMap((row, k) => ('error' in outcomes[k] ? [{ row, error: (outcomes[k] as { error: unknown }).error }] : []));
    if (acked.length) {
      const now = this.now();
      try {
        await this.o.dataSource.transaction(async (m) => {
          await m
            .createQueryBuilder()
            .update(this.o.entity)
            .set({ deliveredAt: now, claimedBy: null, leaseUntil: null, attempts: () => 'attempts + 1', lastError: null, parkedAt: null } as never)
            .where('id IN (:...ids) AND claimed_by = :me', { ids: acked.map((a) => a.row.id), me: this.id })
            .execute();
          if (this.o.onDeliveredMany) await this.o.onDeliveredMany(m, acked, now);
          else for (const a of acked) await this.o.onDelivered?.(m, a.row, a.ack, now);
        });
        this.delivered(acked.length, now);
      } catch (e) {
        refused.push(...acked.map((a) => ({ row: a.row, error: e })));
        acked.length = 0;
      }
    }
    let failed = false;
    for (const r of refused) if ((await this.failed(r.row, r.error)) === 'failed') failed = true;
    return { sent: acked.length, failed };
  }

  private delivered(n: number, now: Date): void {
    this.sent += n;
    this.lastSuccessAt = now;
    this.lastError = null;
  }

  /** Records a delivery that did not succeed: backing off, or parked when the receiver refused the message itself. */
  private async failed(row: R, e: unknown): Promise<'parked' | 'failed'> {
    const attempts = row.attempts + 1;
    const error = String((e as Error).message ?? e).slice(0, 500);
    const now = this.now();
    // A refusal of the message itself will not heal by waiting a minute: park it where an
    // administrator sees it; it is tried again after a restart, on request, or after a long pause.
    const park = e instanceof ServiceCallError && e.permanent;
    const retryInMs = park ? (this.o.parkedRetryMs ?? 3_600_000) : Math.min(this.o.maxBackoffMs ?? 60_000, 500 * 2 ** Math.min(attempts, 16));
    this.lastError = error;
    await this.o.dataSource
      .createQueryBuilder()
      .update(this.o.entity)
      .set({ attempts, nextAttemptAt: new Date(now.getTime() + retryInMs), claimedBy: null, leaseUntil: null, lastError: error, parkedAt: park ? now : null } as never)
      .where('id = :id AND claimed_by = :me', { id: row.id, me: this.id })
      .execute();
    if (park) this.parkedInRun += 1;
    if (park) this.o.log.error({ messageKey: row.messageKey, kind: row.kind, attempts, err: error }, 'message refused by the receiver; parked until retried');
    else this.o.log.warn({ messageKey: row.messageKey, attempts, retryInMs, err: error }, 'delivery failed; will retry');
    return park ? 'parked' : 'failed';
  }

  /** Makes parked messages due again (after a fix); returns how many. */
  async retryParked(): Promise<number> {
    const res = await this.o.dataSource
      .createQueryBuilder()
      .update(this.o.entity)
      .set({ parkedAt: null, nextAttemptAt: this.now() } as never)
      .where('parked_at IS NOT NULL AND delivered_at IS NULL')
      .execute();
    const n = res.affected ?? 0;
    if (n > 0) this.nudge();
    await this.recount();
    return n;
  }

  /** Counts pending and parked messages for /metrics. */
  async recount(): Promise<void> {
    await this.count();
  }

  /** What waits in the outbox: undelivered and parked counts, and the parked messages themselves. */
  async queueStatus(limit = 50): Promise<OutboxQueueStatus> {
    const [counts, parked] = await Promise.all([
      this.count(),
      this.o.dataSource.getRepository(this.o.entity).find({ where: PARKED as never, order: { parkedAt: 'ASC' } as never, take: limit }),
    ]);
    return {
      ...counts,
      parkedMessages: parked.map((r) => ({ messageKey: r.messageKey, kind: r.kind, subjectId: r.subjectId, attempts: r.attempts, error: r.lastError, parkedAt: r.parkedAt!, nextAttemptAt: r.nextAttemptAt })),
    };
  }

  /** Counts the outbox, and keeps the figures for /metrics. */
  private async count(): Promise<{ pending: number; parked: number }> {
    const repo = this.o.dataSource.getRepository(this.o.entity);
    const [pending, parked] = await Promise.all([repo.count({ where: { deliveredAt: IsNull() } as never }), repo.count({ where: PARKED as never })]);
    this.counts = { pending, parked, countedAt: Date.now() };
    return { pending, parked };
  }

  /** Runs every `intervalMs`; parked messages are tried once more at start, since a restart is how most fixes arrive. */
  start(intervalMs = 500): void {
    if (this.timer) return;
    void this.retryParked().catch((err) => this.o.log.error({ err }, 'could not retry parked messages'));
    this.timer = setInterval(() => {
      void this.run(true).catch((err) => this.o.log.error({ err }, 'forwarder run failed'));
      if (!this.counts || Date.now() - this.counts.countedAt > COUNT_EVERY_MS) {
        this.idleStatements += 2; // the two counts
        void this.recount().catch(() => undefined);
      }
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }
}
