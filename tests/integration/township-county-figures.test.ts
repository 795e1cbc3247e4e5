import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../subgraphs/shared/db/data-source';
import { openCountyDatabase } from '../../subgraphs/county/server';
import { CountyCase, CountyItem, Department } from '../../subgraphs/county/entities';
import { CalendarService } from '../../subgraphs/county/calendar-service';
import { CountyCaseService } from '../../subgraphs/county/case-service';
import { DelegationService, type TownshipCountyFigures } from '../../subgraphs/county/delegation-service';
import { isOpen, isOverdue, type CaseStatus } from '../../subgraphs/shared/domain/lifecycle';
import { testTargets } from '../support/network';
import { countyCaseRow } from '../support/case-rows';

/**
 * `Township.countyFigures` is counted by the database; it must give exactly what the domain rules
 * give when every delegated case is read and judged one by one, for every shape of clock.
 */
let db: Database;
let delegation: DelegationService;
const NOW = new Date('2026-11-18T06:00:00.000Z');
const at = (hours: number) => new Date(NOW.getTime() + hours * 3600_000);
const targets = testTargets();
const DEPARTMENT_ID = randomUUID();
const ITEM_ID = randomUUID();
const [NORTH, SOUTH, EMPTY] = [randomUUID(), randomUUID(), randomUUID()];

const STATUSES: CaseStatus[] = ['RECEIVED', 'ACCEPTED', 'NOT_ACCEPTED', 'SUPPLEMENT_REQUESTED', 'IN_PROGRESS', 'SPECIAL_PROCEDURE', 'APPROVED', 'REJECTED', 'DELIVERED', 'WITHDRAWN'];
const DUE: (Date | null)[] = [null, at(-1), NOW, at(1)];
const PAUSED: (Date | null)[] = [null, at(-2), NOW, at(2)];

beforeAll(async () => {
  db = await openCountyDatabase(targets.county);
  const ds = db.dataSource;
  await ds.getRepository(Department).insert({ id: DEPARTMENT_ID, code: 'FIGT', name: '测试局', shortName: '测试', window: '1号窗口', phone: '0000', active: true, requestId: null, requestHash: null, updatedAt: NOW });
  await ds.getRepository(CountyItem).insert({
    id: ITEM_ID,
    code: 'FIGT-001',
    name: '事项',
    departmentId: DEPARTMENT_ID,
    kind: 'PROMISED',
    legalDays: 20,
    promisedDays: 5,
    materials: [],
    feeAmountFen: null,
    feeBasis: null,
    legalBasis: '依据',
    guideText: null,
    delegable: true,
    delegatedTownshipIds: null,
    active: true,
    requestId: null,
    requestHash: null,
    updatedAt: NOW,
  });
  const calendar = new CalendarService(ds);
  delegation = new DelegationService(ds, new CountyCaseService(ds, calendar));
});
afterAll(async () => {
  await db?.dataSource.destroy();
  await targets.drop();
});

/** What the figures are when each case is read and judged by the domain rules. */
function judged(rows: CountyCase[], townshipId: string): TownshipCountyFigures {
  const mine = rows.filter((r) => r.originTownshipId === townshipId);
  const received = mine.map((r) => r.forwardedAt?.toISOString()).filter((x): x is string => !!x).sort();
  return {
    delegatedCases: mine.length,
    openCases: mine.filter((r) => isOpen(r.status as CaseStatus)).length,
    overdueCases: mine.filter((r) => isOverdue({ status: r.status as CaseStatus, dueAt: r.dueAt, pausedAt: r.pausedAt }, NOW)).length,
    awaitingHandover: mine.filter((r) => r.status === 'APPROVED' || r.status === 'REJECTED').length,
    lastReceivedAt: received.at(-1) ?? null,
  };
}

test('per-township figures counted in SQL equal the domain rules case by case; a township without cases has zeros', async () => {
  const rows: CountyCase[] = [];
  for (const status of STATUSES)
    for (const dueAt of DUE)
      for (const pausedAt of PAUSED) {
        const n = rows.length;
        // Two townships take turns; every fifth case is a window case of the county's own.
        const origin = n % 5 === 4 ? null : n % 2 ? NORTH : SOUTH;
        rows.push(
          countyCaseRow(
            { key: `FIG-${n}`, townshipId: NORTH, itemId: ITEM_ID, departmentId: DEPARTMENT_ID, at: at(-100) },
            { status, dueAt, pausedAt, originTownshipId: origin, forwardedAt: origin ? at(-90 + (n % 37)) : null },
          ),
        );
      }
  await db.dataSource.getRepository(CountyCase).insert(rows);

  const figures = await delegation.figures([NORTH, SOUTH, EMPTY], NOW);
  expect(figures).toEqual([judged(rows, NORTH), judged(rows, SOUTH), judged(rows, EMPTY)]);
  expect(figures[2]).toEqual({ delegatedCases: 0, openCases: 0, overdueCases: 0, awaitingHandover: 0, lastReceivedAt: null });
  // Each count is neither empty nor everything, so both sides of each rule were compared.
  for (const f of figures.slice(0, 2)) {
    for (const n of [f.openCases, f.overdueCases, f.awaitingHandover]) {
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThan(f.delegatedCases);
    }
  }
  expect(await delegation.figures([], NOW)).toEqual([]);
});
