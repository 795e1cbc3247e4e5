import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../subgraphs/shared/db/data-source';
import { openTownshipDatabase } from '../../subgraphs/township/server';
import { DelegatedIntakeRow, Township } from '../../subgraphs/township/entities';
import { stageOf, stageSql } from '../../subgraphs/township/intake-stage';
import { testTargets } from '../support/network';
import { intakeRow } from '../support/case-rows';

/** The SQL form of an intake's stage must name the same stage as the code form, for every shape of row. */
let db: Database;
const T1 = new Date('2026-11-16T02:00:00.000Z');
const T2 = new Date('2026-11-17T02:00:00.000Z');
const targets = testTargets();
const TOWNSHIP_ID = randomUUID();

beforeAll(async () => {
  db = await openTownshipDatabase(targets.township);
  await db.dataSource.getRepository(Township).insert({ id: TOWNSHIP_ID, divisionCode: '999999001', name: '测试镇', address: '测试路1号', phone: '0000', active: true, updatedAt: T1 });
});
afterAll(async () => {
  await db?.dataSource.destroy();
  await targets.drop();
});

const STATUSES = [null, 'ACCEPTED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'SPECIAL_PROCEDURE', 'APPROVED', 'REJECTED', 'DELIVERED', 'WITHDRAWN', 'NOT_ACCEPTED'];

const row = (n: number, shape: Partial<DelegatedIntakeRow>) => intakeRow({ key: `STAGE-${n}`, townshipId: TOWNSHIP_ID, at: T1 }, shape);

test('stageSql and stageOf agree on every combination of county status, forwarding, supplement and handover', async () => {
  const rows: DelegatedIntakeRow[] = [];
  const supplements: [Date | null, Date | null][] = [[null, null], [T1, null], [T1, T2], [T2, T1], [T1, T1]];
  for (const countyStatus of STATUSES)
    for (const forwardedAt of [null, T1])
      for (const [supplementRequestedAt, supplementResubmittedAt] of supplements)
        for (const handedOverAt of [null, T2]) rows.push(row(rows.length, { countyStatus, forwardedAt, supplementRequestedAt, supplementResubmittedAt, handedOverAt }));
  await db.dataSource.getRepository(DelegatedIntakeRow).insert(rows);

  const fromSql = await db.dataSource
    .getRepository(DelegatedIntakeRow)
    .createQueryBuilder('i')
    .select('i.id', 'id')
    .addSelect(stageSql('i'), 'stage')
    .getRawMany<{ id: string; stage: string }>();
  const sqlStage = new Map(fromSql.map((r) => [r.id, r.stage]));
  expect(sqlStage.size).toBe(rows.length);
  const disagreements = rows.filter((r) => sqlStage.get(r.id) !== stageOf(r)).map((r) => ({ r, sql: sqlStage.get(r.id), code: stageOf(r) }));
  expect(disagreements).toEqual([]);
  // Every stage occurs, so the comparison covered them all.
  expect(new Set(sqlStage.values())).toEqual(new Set(['WAITING_FORWARD', 'AT_COUNTY', 'SUPPLEMENT_TO_COLLECT', 'READY_FOR_HANDOVER', 'HANDED_OVER', 'CLOSED']));
});
