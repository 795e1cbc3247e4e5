import 'reflect-metadata';
import pino from 'pino';
import type { Database } from '../../subgraphs/shared/db/data-source';
import { enqueue } from '../../subgraphs/shared/outbox/enqueue';
import { Forwarder } from '../../subgraphs/shared/outbox/forwarder';
import { ServiceCallError } from '../../subgraphs/shared/outbox/service-call';
import { openTownshipDatabase } from '../../subgraphs/township/server';
import { TownshipOutbox } from '../../subgraphs/township/entities';
import { testTargets } from '../support/network';

/** The forwarder delivers several subjects at once, keeps each subject's messages in order, and lets go of what it did not try. */
let db: Database;
const targets = testTargets();
const log = pino({ level: 'silent' });
const T0 = new Date('2026-11-16T02:00:00.000Z');

beforeAll(async () => {
  db = await openTownshipDatabase(targets.township);
});
afterAll(async () => {
  await db?.dataSource.destroy();
  await targets.drop();
});
beforeEach(async () => {
  await db.dataSource.getRepository(TownshipOutbox).clear();
});

async function queue(subject: string, n: number, at = T0) {
  await db.dataSource.transaction((m) =>
    enqueue(m, TownshipOutbox, { messageKey: `${subject}:${n}`, kind: 'TEST', subjectId: `${subject}`.padEnd(36, '0'), payload: { subject, n }, now: new Date(at.getTime() + n) }),
  );
}

/** A forwarder over the test outbox, one delivery at a time. */
const forwarder = (clock: () => Date, send: (row: TownshipOutbox) => Promise<unknown>) =>
  new Forwarder<TownshipOutbox>({ dataSource: db.dataSource, entity: TownshipOutbox, log, clock, concurrency: 1, send });

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('lanes run side by side, each subject in order, every message delivered once', async () => {
  for (let n = 0; n < 5; n++) for (const s of ['a', 'b', 'c', 'd']) await queue(s, n);
  const seen: { subject: string; n: number }[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const fwd = new Forwarder<TownshipOutbox>({
    dataSource: db.dataSource,
    entity: TownshipOutbox,
    log,
    clock: () => new Date(T0.getTime() + 1000),
    concurrency: 4,
    send: async (row) => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await wait(5);
      seen.push(row.payload as { subject: string; n: number });
      inFlight -= 1;
    },
  });
  expect(await fwd.drain()).toBe(20);
  expect(mostInFlight).toBe(4);
  for (const s of ['a', 'b', 'c', 'd']) expect(seen.filter((m) => m.subject === s).map((m) => m.n)).toEqual([0, 1, 2, 3, 4]);
  const rows = await db.dataSource.getRepository(TownshipOutbox).find();
  expect(rows.every((r) => r.deliveredAt !== null && r.claimedBy === null && r.attempts === 1)).toBe(true);
  expect(await fwd.drain()).toBe(0);
});

test('when one delivery fails the run stops; the failed row waits its back-off and the rows not tried are free for any forwarder', async () => {
  // Subject a's messages are the oldest, so its lane is tried first.
  for (let n = 0; n < 3; n++) await queue('a', n);
  for (let n = 0; n < 3; n++) await queue('b', n, new Date(T0.getTime() + 100));
  const now = new Date(T0.getTime() + 1000);
  const fwd = new Forwarder<TownshipOutbox>({
    dataSource: db.dataSource,
    entity: TownshipOutbox,
    log,
    clock: () => now,
    concurrency: 1,
    send: async (row) => {
      if ((row.payload as { subject: string }).subject === 'a') throw new Error('county unreachable');
    },
  });
  expect(await fwd.drain()).toBe(0);
  const rows = await db.dataSource.getRepository(TownshipOutbox).find({ order: { createdAt: 'ASC' } });
  const failed = rows.find((r) => r.messageKey === 'a:0')!;
  expect(failed.attempts).toBe(1);
  expect(failed.lastError).toBe('county unreachable');
  expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
  // Nothing stays claimed, nothing else was delivered or marked as attempted.
  expect(rows.every((r) => r.claimedBy === null && r.leaseUntil === null && r.deliveredAt === null)).toBe(true);
  expect(rows.filter((r) => r.messageKey !== 'a:0').every((r) => r.attempts === 0)).toBe(true);
  expect(fwd.lastError).toBe('county unreachable');
});

test('a nudge delivers at once instead of waiting for the next tick', async () => {
  const delivered: string[] = [];
  const fwd = new Forwarder<TownshipOutbox>({
    dataSource: db.dataSource,
    entity: TownshipOutbox,
    log,
    send: async (row) => void delivered.push(row.messageKey),
  });
  await queue('e', 0, new Date(Date.now() - 1000));
  fwd.nudge(); // not started: a stopped forwarder stays still
  await wait(50);
  expect(delivered).toEqual([]);
  fwd.start(3_600_000);
  try {
    fwd.nudge();
    for (let i = 0; i < 100 && delivered.length === 0; i++) await wait(10);
    expect(delivered).toEqual(['e:0']);
    // A nudge during a run is not lost: the run looks again before it ends.
    await queue('f', 0, new Date(Date.now() - 1000));
    fwd.nudge();
    await queue('g', 0, new Date(Date.now() - 1000));
    fwd.nudge();
    for (let i = 0; i < 100 && delivered.length < 3; i++) await wait(10);
    expect(delivered).toEqual(['e:0', 'f:0', 'g:0']);
  } finally {
    await fwd.stop();
  }
});

test('a message waiting out its back-off holds back the later messages of its subject, for every forwarder', async () => {
  for (let n = 0; n < 3; n++) await queue('h', n);
  await queue('i', 0, new Date(T0.getTime() + 50));
  let now = new Date(T0.getTime() + 1000);
  const seen: string[] = [];
  let countyDown = true;
  const make = () =>
    forwarder(() => now, async (row) => {
      if (countyDown && row.messageKey === 'h:0') throw new ServiceCallError('SERVICE_UNAVAILABLE: fetch failed', 'SERVICE_UNAVAILABLE', false);
      seen.push(row.messageKey);
    });
  const [first, second] = [make(), make()];
  expect(await first.drain()).toBe(0); // h:0 failed; the run stopped
  countyDown = false;
  // Another forwarder (another process, or this one after a restart) delivers what is free, and
  // not h:1 or h:2 before h:0.
  expect(await second.drain()).toBe(1);
  expect(seen).toEqual(['i:0']);
  expect(await first.drain()).toBe(0);
  now = new Date(now.getTime() + 120_000); // past the back-off
  expect(await second.drain()).toBe(3);
  expect(seen).toEqual(['i:0', 'h:0', 'h:1', 'h:2']);
  const h0 = await db.dataSource.getRepository(TownshipOutbox).findOneByOrFail({ messageKey: 'h:0' });
  expect(h0).toMatchObject({ attempts: 2, parkedAt: null, lastError: null });
});

test('a message the receiver refuses is parked with its error, holds back only its own subject, and goes once retried', async () => {
  for (let n = 0; n < 2; n++) await queue('p', n);
  await queue('q', 0, new Date(T0.getTime() + 50));
  const now = new Date(T0.getTime() + 1000);
  const seen: string[] = [];
  let refuse = true;
  const fwd = forwarder(() => now, async (row) => {
    if (refuse && row.messageKey === 'p:0') throw new ServiceCallError('BAD_USER_INPUT: at is not a date', 'BAD_USER_INPUT', true);
    seen.push(row.messageKey);
  });
  expect(await fwd.drain()).toBe(1);
  expect(seen).toEqual(['q:0']);
  const status = await fwd.queueStatus();
  expect(status).toMatchObject({ pending: 2, parked: 1 });
  expect(status.parkedMessages).toEqual([
    expect.objectContaining({ messageKey: 'p:0', kind: 'TEST', attempts: 1, error: 'BAD_USER_INPUT: at is not a date', parkedAt: now }),
  ]);
  // Parked for an hour, not a minute's back-off; p:1 does not overtake it meanwhile.
  expect(status.parkedMessages[0].nextAttemptAt.getTime() - now.getTime()).toBe(3_600_000);
  expect(await fwd.drain()).toBe(0);
  refuse = false; // the cause is fixed
  expect(await fwd.retryParked()).toBe(1);
  expect(await fwd.drain()).toBe(2);
  expect(seen).toEqual(['q:0', 'p:0', 'p:1']);
  expect(await fwd.queueStatus()).toMatchObject({ pending: 0, parked: 0, parkedMessages: [] });
});

test('messages of one subject get increasing places, whatever their timestamps say', async () => {
  const subject = 'r'.padEnd(36, '0');
  for (const [n, at] of [[0, 5000], [1, 1000], [2, 3000]] as const) {
    await db.dataSource.transaction((m) => enqueue(m, TownshipOutbox, { messageKey: `r:${n}`, kind: 'TEST', subjectId: subject, payload: {}, now: new Date(T0.getTime() + at) }));
  }
  const seen: string[] = [];
  const fwd = forwarder(() => new Date(T0.getTime() + 10_000), async (row) => void seen.push(row.messageKey));
  expect(await fwd.drain()).toBe(3);
  expect(seen).toEqual(['r:0', 'r:1', 'r:2']);
});

test('heads of many subjects go in batched calls, each with its own outcome: a refused one is parked and holds back only its subject, every other delivered once and in order', async () => {
  for (const s of ['s', 't', 'u', 'v', 'w']) await queue(s, 0);
  for (const s of ['s', 'u']) await queue(s, 1, new Date(T0.getTime() + 10));
  const now = new Date(T0.getTime() + 1000);
  const calls: string[][] = [];
  const single: string[] = [];
  const delivered: string[] = [];
  const fwd = new Forwarder<TownshipOutbox>({
    dataSource: db.dataSource,
    entity: TownshipOutbox,
    log,
    clock: () => now,
    concurrency: 1,
    maxPerCall: 3,
    send: async (row) => {
      single.push(row.messageKey);
      return 'one';
    },
    batchable: (row) => (row.payload as { n: number }).n === 0,
    sendBatch: async (rows) => {
      calls.push(rows.map((r) => r.messageKey));
      return rows.map((r) =>
        r.messageKey === 'u:0' ? { error: new ServiceCallError('NOT_FOUND: no such item', 'NOT_FOUND', true) } : { ack: `ack ${r.messageKey}` },
      );
    },
    onDelivered: async (_m, row, ack) => void delivered.push(`${row.messageKey}=${String(ack)}`),
  });
  expect(await fwd.drain()).toBe(5);
  // The five heads in calls of at most three; s:1 only after s:0, and singly (it is not batchable).
  expect(calls.flat().sort()).toEqual(['s:0', 't:0', 'u:0', 'v:0', 'w:0']);
  expect(calls.every((c) => c.length <= 3)).toBe(true);
  expect(single).toEqual(['s:1']);
  expect(delivered.sort()).toEqual(['s:0=ack s:0', 's:1=one', 't:0=ack t:0', 'v:0=ack v:0', 'w:0=ack w:0']);
  const rows = await db.dataSource.getRepository(TownshipOutbox).find();
  const by = new Map(rows.map((r) => [r.messageKey, r]));
  for (const k of ['s:0', 's:1', 't:0', 'v:0', 'w:0']) expect(by.get(k)).toMatchObject({ attempts: 1, claimedBy: null, lastError: null, parkedAt: null });
  expect(by.get('u:0')).toMatchObject({ deliveredAt: null, attempts: 1, claimedBy: null, lastError: 'NOT_FOUND: no such item', parkedAt: now });
  expect(by.get('u:1')).toMatchObject({ deliveredAt: null, attempts: 0 }); // held back behind its parked head
  expect(await fwd.drain()).toBe(0);
});

test('a batched call that fails as a whole backs off every message in it and stops the run', async () => {
  for (const s of ['x', 'y', 'z']) await queue(s, 0);
  const now = new Date(T0.getTime() + 1000);
  const fwd = new Forwarder<TownshipOutbox>({
    dataSource: db.dataSource,
    entity: TownshipOutbox,
    log,
    clock: () => now,
    concurrency: 1,
    send: async () => 'one',
    batchable: () => true,
    sendBatch: async () => {
      throw new ServiceCallError('SERVICE_UNAVAILABLE: fetch failed', 'SERVICE_UNAVAILABLE', false);
    },
  });
  expect(await fwd.drain()).toBe(0);
  const rows = await db.dataSource.getRepository(TownshipOutbox).find();
  expect(rows).toHaveLength(3);
  for (const r of rows) {
    expect(r).toMatchObject({ deliveredAt: null, attempts: 1, claimedBy: null, parkedAt: null, lastError: 'SERVICE_UNAVAILABLE: fetch failed' });
    expect(r.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
  }
});

test('the statements its timer sends with nothing to deliver are counted as idle; a delivery a tick finds is not', async () => {
  // start() retries parked messages once, then ticks: what that first retry costs by itself.
  const probe = forwarder(() => new Date(), async () => undefined);
  db.sql.reset();
  await probe.retryParked();
  const startUp = db.sql.reset();
  expect(startUp).toBeGreaterThan(0);

  const idle = forwarder(() => new Date(), async () => undefined);
  db.sql.reset();
  idle.start(20);
  await wait(250);
  await idle.stop();
  await wait(20);
  expect(idle.idleStatements).toBeGreaterThan(2);
  expect(db.sql.reset()).toBe(startUp + idle.idleStatements);

  const delivered: string[] = [];
  await queue('j', 0, new Date(Date.now() - 1000));
  const busy = forwarder(() => new Date(), async (row) => void delivered.push(row.messageKey));
  db.sql.reset();
  busy.start(20);
  for (let i = 0; i < 100 && delivered.length === 0; i++) await wait(10);
  await wait(100);
  await busy.stop();
  await wait(20);
  expect(delivered).toEqual(['j:0']);
  expect(busy.idleStatements).toBeGreaterThan(0);
  // The look that found j:0, its claim and its marking as delivered are the delivery's, not idle.
  expect(db.sql.reset() - startUp - busy.idleStatements).toBeGreaterThanOrEqual(3);
});
