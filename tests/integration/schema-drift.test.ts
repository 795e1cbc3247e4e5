import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openDatabase, type Database, type DatabaseTarget } from '../../subgraphs/shared/db/data-source';
import { openCountyDatabase } from '../../subgraphs/county/server';
import { openTownshipDatabase } from '../../subgraphs/township/server';
import { COUNTY_ENTITIES } from '../../subgraphs/county/entities';
import { TOWNSHIP_ENTITIES, TownshipCase, TownshipCaseHistory, TownshipOutbox } from '../../subgraphs/township/entities';
import { TOWNSHIP_MIGRATIONS } from '../../subgraphs/township/migrations';
import { TownshipSchemaDeclared1765200000000 } from '../../subgraphs/township/migrations/1765200000000-TownshipSchemaDeclared';
import { testTargets, usingMysql } from '../support/network';
import { townshipCaseRow } from '../support/case-rows';

/**
 * The entities declare what the migrations create, to the last index, key and column: on a freshly
 * migrated database TypeORM's schema builder wants no statement. Nothing is left out of the comparison.
 */
const targets = testTargets({ persistent: true });
const opened: Database[] = [];
afterAll(async () => {
  for (const db of opened) if (db.dataSource.isInitialized) await db.dataSource.destroy();
  await targets.drop();
});

async function wanted(ds: DataSource): Promise<string[]> {
  const log = await ds.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}

async function open(o: (t: DatabaseTarget) => Promise<Database>, t: DatabaseTarget): Promise<Database> {
  const db = await o(t);
  opened.push(db);
  return db;
}

test.each([
  ['county', openCountyDatabase, () => targets.county],
  ['township', openTownshipDatabase, () => targets.township],
] as const)(`the %s entities match a freshly migrated ${usingMysql ? 'MySQL/MariaDB' : 'SQLite'} database`, async (_tier, openTier, target) => {
  const db = await open((t) => openTier(t), target());
  expect(await wanted(db.dataSource)).toEqual([]);
  await db.dataSource.destroy();
});

test('no entity makes TypeORM read an inserted row back (no column default or generated value to learn)', async () => {
  // Where an entity declares one, MySQL and SQLite inserts are followed by a SELECT of the rows,
  // whose answers are matched to the inserted entities by position.
  const db = await open((t) => openTownshipDatabase(t), targets.township);
  for (const entity of [...TOWNSHIP_ENTITIES]) expect([entity.name, db.dataSource.getMetadata(entity).getInsertionReturningColumns().map((c) => c.databaseName)]).toEqual([entity.name, []]);
  await db.dataSource.destroy();
  const county = await open((t) => openCountyDatabase(t), targets.county);
  for (const entity of [...COUNTY_ENTITIES]) expect([entity.name, county.dataSource.getMetadata(entity).getInsertionReturningColumns().map((c) => c.databaseName)]).toEqual([entity.name, []]);
  await county.dataSource.destroy();
});

test('the migration that declares the schema keeps the rows and the keys of a database that holds data', async () => {
  // A separate pair of databases: this one stops before the township migration that declares the schema.
  const t = testTargets({ persistent: true });
  try {
    const before = await open(
      (target) => openDatabase({ target, entities: TOWNSHIP_ENTITIES, migrations: TOWNSHIP_MIGRATIONS.slice(0, TOWNSHIP_MIGRATIONS.indexOf(TownshipSchemaDeclared1765200000000)) }),
      t.township,
    );
    const ds = before.dataSource;
    const at = new Date('2026-11-18T02:00:00.000Z');
    const townshipId = randomUUID();
    const itemId = randomUUID();
    // Written as that schema had them: later migrations add columns the entities now declare.
    await ds.query('INSERT INTO township (id, division_code, name, address, phone, updated_at) VALUES (?, ?, ?, ?, ?, ?)', [townshipId, '999999003', '测试镇', '测试路1号', '0000', at.toISOString()]);
    await ds.query(
      'INSERT INTO township_item (id, township_id, code, name, kind, legal_days, promised_days, materials, fee_amount_fen, fee_basis, legal_basis, supervising_department_id, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [itemId, townshipId, 'T-DRIFT', '事项', 'PROMISED', 20, 5, '[]', null, null, '依据', randomUUID(), 1, at.toISOString()],
    );
    const cases = [1, 2, 3].map((n) => townshipCaseRow({ key: `DRIFT-${n}`, townshipId, itemId, at }, { version: n, expedited: n === 2, pausedWorkingDays: n }));
    await insertAsThen(ds, TownshipCase, cases, ['channel']);
    const history = cases.map((c, i) =>
      Object.assign(new TownshipCaseHistory(), {
        id: randomUUID(), caseId: c.id, seq: 1, step: 'receive', fromStatus: null, toStatus: 'RECEIVED',
        actorId: 'c', actorName: '窗口', actorRole: 'TOWNSHIP_CLERK', unitName: '测试镇', at, note: i === 0 ? '备注' : null,
      }),
    );
    await ds.getRepository(TownshipCaseHistory).insert(history);
    expect(await wanted(ds)).not.toEqual([]);
    await ds.destroy();

    const after = await open((target) => openTownshipDatabase(target), t.township);
    expect(await wanted(after.dataSource)).toEqual([]);
    const kept = await after.dataSource.getRepository(TownshipCase).find({ order: { number: 'ASC' } });
    expect(kept.map((c) => [c.id, c.number, c.version, c.expedited, c.pausedWorkingDays, c.receivedAt.toISOString()])).toEqual(
      cases.map((c) => [c.id, c.number, c.version, c.expedited, c.pausedWorkingDays, at.toISOString()]),
    );
    // Every case before online applications came in at a window.
    expect(kept.map((c) => c.channel)).toEqual(['WINDOW', 'WINDOW', 'WINDOW']);
    const keptHistory = await after.dataSource.getRepository(TownshipCaseHistory).find({ order: { caseId: 'ASC' } });
    expect(keptHistory.map((h) => [h.id, h.caseId, h.note])).toEqual(
      [...history].sort((a, b) => (a.caseId < b.caseId ? -1 : 1)).map((h) => [h.id, h.caseId, h.note]),
    );

    // The keys still hold: a step of a case that does not exist, or deleting a case that has steps, is refused.
    await expect(after.dataSource.getRepository(TownshipCaseHistory).insert({ ...history[0], id: randomUUID(), caseId: randomUUID(), seq: 2 })).rejects.toThrow(/foreign key/i);
    await expect(after.dataSource.getRepository(TownshipCase).delete({ id: cases[0].id })).rejects.toThrow(/foreign key/i);
    expect(await after.dataSource.getRepository(TownshipCase).count()).toBe(3);
    // Defaults are gone, and nothing relied on them: a row must state every column.
    const bare = { ...cases[0], id: randomUUID(), number: 'TEST-DRIFT-BARE', requestId: 'DRIFT-BARE' } as Partial<TownshipCase>;
    delete bare.version;
    await expect(after.dataSource.getRepository(TownshipCase).insert(bare)).rejects.toThrow(/version/);
  } finally {
    await t.drop();
  }
});

test('a bulk insert keeps each entity its own id and sends one statement', async () => {
  const db = await open((t) => openTownshipDatabase(t), targets.township);
  const now = new Date('2026-11-18T02:00:00.000Z');
  // Ids in descending order, so a read-back ordered by key would hand them out reversed.
  const ids = Array.from({ length: 5 }, () => randomUUID()).sort().reverse();
  const rows = ids.map((id, i) =>
    Object.assign(new TownshipOutbox(), {
      id, messageKey: `drift-${id}`, kind: 'TEST', subjectId: randomUUID(), subjectSeq: 1, payload: { i }, createdAt: now, attempts: 0,
      nextAttemptAt: now, claimedBy: null, leaseUntil: null, deliveredAt: null, lastError: null, parkedAt: null,
    }),
  );
  db.sql.reset();
  const result = await db.dataSource.getRepository(TownshipOutbox).insert(rows as never);
  expect(db.sql.reset()).toBe(1);
  expect(rows.map((r) => r.id)).toEqual(ids);
  expect(result.identifiers).toEqual(ids.map((id) => ({ id })));
  const stored = await db.dataSource.getRepository(TownshipOutbox).findBy({ messageKey: rows[0].messageKey });
  expect(stored.map((r) => [r.id, r.payload])).toEqual([[ids[0], { i: 0 }]]);
  await db.dataSource.destroy();
});

/** Inserts entity rows without the columns later migrations added (the table does not have them yet). */
async function insertAsThen<T extends object>(ds: DataSource, entity: new () => T, rows: T[], laterColumns: string[]): Promise<void> {
  const columns = ds.getMetadata(entity).columns.filter((c) => !laterColumns.includes(c.databaseName));
  const names = columns.map((c) => c.databaseName);
  for (const row of rows) {
    const values = columns.map((c) => ds.driver.preparePersistentValue(c.getEntityValue(row), c));
    await ds.query(`INSERT INTO ${ds.getMetadata(entity).tableName} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`, values);
  }
}
