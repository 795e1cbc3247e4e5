import 'reflect-metadata';
import pino from 'pino';
import type { Database } from '../../subgraphs/shared/db/data-source';
import { enqueue } from '../../subgraphs/shared/outbox/enqueue';
import { Forwarder } from '../../subgraphs/shared/outbox/forwarder';
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
