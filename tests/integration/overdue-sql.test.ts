import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../subgraphs/shared/db/data-source';
import { openTownshipDatabase } from '../../subgraphs/township/server';
import { DelegatedIntakeRow, Township, TownshipCase, TownshipItem } from '../../subgraphs/township/entities';
import { INTAKE_CLOCK, overdueNow } from '../../subgraphs/shared/cases/overdue-sql';
import { isOverdue, type CaseStatus } from '../../subgraphs/shared/domain/lifecycle';
import { intakeOverdue } from '../../subgraphs/township/intake-clock';
import { testTargets } from '../support/network';
import { intakeRow, townshipCaseRow } from '../support/case-rows';

/** The SQL form of "overdue" must pick exactly the rows the domain rule calls overdue, for every shape of clock. */
let db: Database;
const NOW = new Date('2026-11-18T06:00:00.000Z');
const at = (hours: number) => new Date(NOW.getTime() + hours * 3600_000);
const targets = testTargets();
const TOWNSHIP_ID = randomUUID();
const ITEM_ID = randomUUID();

const STATUSES: CaseStatus[] = ['RECEIVED', 'ACCEPTED', 'NOT_ACCEPTED', 'SUPPLEMENT_REQUESTED', 'IN_PROGRESS', 'SPECIAL_PROCEDURE', 'APPROVED', 'REJECTED', 'DELIVERED', 'WITHDRAWN'];
// Due before, at and after now; paused before, at and after the due instants and now.
const DUE: (Date | null)[] = [null, at(-1), NOW, at(1)];
const PAUSED: (Date | null)[] = [null, at(-2), at(-1), NOW, at(1), at(2)];

beforeAll(async () => {
  db = await openTownshipDatabase(targets.township);
  const ds = db.dataSource;
  await ds.getRepository(Township).insert({ id: TOWNSHIP_ID, divisionCode: '999999002', name: '测试镇', address: '测试路1号', phone: '0000', active: true, updatedAt: NOW });
  await ds.getRepository(TownshipItem).insert({
    id: ITEM_ID,
    townshipId: TOWNSHIP_ID,
    code: 'T-OVERDUE',
    name: '事项',
    kind: 'PROMISED',
    legalDays: 20,
    promisedDays: 5,
    materials: [],
    feeAmountFen: null,
    feeBasis: null,
    legalBasis: '依据',
    supervisingDepartmentId: randomUUID(),
    active: true,
    updatedAt: NOW,
  });
});
afterAll(async () => {
  await db?.dataSource.destroy();
  await targets.drop();
});

const caseRow = (n: number, shape: Partial<TownshipCase>) => townshipCaseRow({ key: `OVERDUE-${n}`, townshipId: TOWNSHIP_ID, itemId: ITEM_ID, at: at(-100) }, shape);
const intakeRowOf = (n: number, shape: Partial<DelegatedIntakeRow>) => intakeRow({ key: `OVERDUE-I-${n}`, townshipId: TOWNSHIP_ID, at: at(-100) }, { forwardedAt: at(-99), ...shape });

async function overdueIds(entity: typeof TownshipCase | typeof DelegatedIntakeRow, alias: string, where: ReturnType<typeof overdueNow>): Promise<Set<string>> {
  const rows = await db.dataSource.getRepository(entity).createQueryBuilder(alias).select(`${alias}.id`, 'id').where(where).getRawMany<{ id: string }>();
  return new Set(rows.map((r) => r.id));
}

test('overdueSql over case rows picks exactly the cases isOverdue calls overdue', async () => {
  const rows: TownshipCase[] = [];
  for (const status of STATUSES) for (const dueAt of DUE) for (const pausedAt of PAUSED) rows.push(caseRow(rows.length, { status, dueAt, pausedAt }));
  await db.dataSource.getRepository(TownshipCase).insert(rows);

  const fromSql = await overdueIds(TownshipCase, 'c', overdueNow('c', NOW));
  const disagreements = rows
    .filter((r) => fromSql.has(r.id) !== isOverdue({ status: r.status as CaseStatus, dueAt: r.dueAt, pausedAt: r.pausedAt }, NOW))
    .map((r) => ({ status: r.status, dueAt: r.dueAt, pausedAt: r.pausedAt, sql: fromSql.has(r.id) }));
  expect(disagreements).toEqual([]);
  // Both answers occur, so the comparison covered both sides of the rule.
  expect(fromSql.size).toBeGreaterThan(0);
  expect(fromSql.size).toBeLessThan(rows.length);
});

test('overdueSql over delegated intakes (county_status, handover) picks exactly the intakes intakeOverdue calls overdue', async () => {
  const rows: DelegatedIntakeRow[] = [];
  for (const countyStatus of [null, ...STATUSES])
    for (const handedOverAt of [null, at(-3)])
      for (const dueAt of DUE) for (const pausedAt of PAUSED) rows.push(intakeRowOf(rows.length, { countyStatus, handedOverAt, dueAt, pausedAt }));
  await db.dataSource.getRepository(DelegatedIntakeRow).insert(rows);

  const fromSql = await overdueIds(DelegatedIntakeRow, 'i', overdueNow('i', NOW, INTAKE_CLOCK));
  const disagreements = rows
    .filter((r) => fromSql.has(r.id) !== intakeOverdue(r, NOW))
    .map((r) => ({ countyStatus: r.countyStatus, handedOverAt: r.handedOverAt, dueAt: r.dueAt, pausedAt: r.pausedAt, sql: fromSql.has(r.id) }));
  expect(disagreements).toEqual([]);
  expect(fromSql.size).toBeGreaterThan(0);
  expect(fromSql.size).toBeLessThan(rows.length);
});
