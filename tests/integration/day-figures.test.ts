import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../subgraphs/shared/db/data-source';
import { openCountyDatabase } from '../../subgraphs/county/server';
import { CountyCase, CountyItem, CountyRectificationEvent, CountyReview, Department } from '../../subgraphs/county/entities';
import { CalendarService } from '../../subgraphs/county/calendar-service';
import { CountyCaseService } from '../../subgraphs/county/case-service';
import { CountyStatisticsService } from '../../subgraphs/county/statistics-service';
import { actOnCase, moveDeadline, receiveCase, setExpedited, type CaseItemTerms } from '../../subgraphs/shared/cases/case-engine';
import { recordReview, type ReviewTier } from '../../subgraphs/shared/reviews/review-engine';
import { allowedActions, canExpedite, isOpen, type ActionInput, type CaseAction, type CaseStatus } from '../../subgraphs/shared/domain/lifecycle';
import { DomainError } from '../../subgraphs/shared/domain/errors';
import { isReviewOpen } from '../../subgraphs/shared/domain/rectification';
import { addCalendarDays, shanghaiDate } from '../../subgraphs/shared/domain/time';
import type { Period } from '../../subgraphs/shared/domain/statistics';
import type { Principal } from '../../subgraphs/shared/auth/principal';
import { Rng } from '../../subgraphs/shared/demo/random';
import { COUNTY_DAY_FIGURES, dayFiguresDrift, rebuildDayFigures } from '../../subgraphs/shared/statistics/day-figures-table';
import type { TierStatistics } from '../../subgraphs/shared/statistics/tier-statistics';
import { testTargets } from '../support/network';

/**
 * The daily roll-ups kept by every write give exactly the figures computed from the cases
 * themselves: random histories of receipts, acceptances, supplements, pauses, decisions,
 * deliveries, withdrawals, expedited flags, moved deadlines and reviews, played through the
 * engines over several departments, items and days, compared for several periods, scopes and
 * instants; and the kept rows equal a rebuild from the cases.
 */
let db: Database;
const targets = testTargets();
const T0 = new Date('2026-10-05T01:00:00.000Z');
const DAY = 86_400_000;
const DEPARTMENTS = [randomUUID(), randomUUID(), randomUUID()];
const ITEMS: (CaseItemTerms & { departmentId: string })[] = [
  { id: randomUUID(), departmentId: DEPARTMENTS[0], kind: 'IMMEDIATE', promisedDays: 0, materials: [{ name: '申请书', mandatory: true }] },
  { id: randomUUID(), departmentId: DEPARTMENTS[0], kind: 'PROMISED', promisedDays: 3, materials: [{ name: '申请书', mandatory: true }] },
  { id: randomUUID(), departmentId: DEPARTMENTS[1], kind: 'PROMISED', promisedDays: 5, materials: [{ name: '申请书', mandatory: true }] },
  { id: randomUUID(), departmentId: DEPARTMENTS[2], kind: 'PROMISED', promisedDays: 2, materials: [{ name: '申请书', mandatory: true }] },
  { id: randomUUID(), departmentId: DEPARTMENTS[2], kind: 'IMMEDIATE', promisedDays: 0, materials: [{ name: '申请书', mandatory: true }] },
];
const CLERK: Principal = { userId: 'clerk', name: '窗口', role: 'COUNTY_CLERK' };
const INPUT: Partial<Record<CaseAction, ActionInput>> = {
  notAccept: { reason: '不属于本部门职权范围' },
  reject: { reason: '不符合法定条件' },
  requestSupplement: { missingMaterials: ['申请书'] },
  recordStep: { step: 'UNDERTAKE' },
  enterSpecialProcedure: { specialProcedureKind: 'EXTENSION' },
  approve: { resultDocumentNumber: '测〔2026〕1号' },
  deliver: { deliveryMethod: 'IN_PERSON' },
};

let cases: CountyCaseService;
let stats: CountyStatisticsService;
let reviews: ReviewTier<CountyReview>;

beforeAll(async () => {
  db = await openCountyDatabase(targets.county);
  const ds = db.dataSource;
  for (const [n, id] of DEPARTMENTS.entries()) {
    await ds.getRepository(Department).insert({ id, code: `DF${n}`, name: `测试局${n}`, shortName: `测${n}`, window: '1号窗口', phone: '0000', active: true, requestId: null, requestHash: null, updatedAt: T0 });
  }
  for (const [n, i] of ITEMS.entries()) {
    await ds.getRepository(CountyItem).insert({
      id: i.id,
      code: `DF-${n}`,
      name: `事项${n}`,
      departmentId: i.departmentId,
      kind: i.kind,
      legalDays: 20,
      promisedDays: i.promisedDays,
      materials: i.materials,
      feeAmountFen: null,
      feeBasis: null,
      legalBasis: '依据',
      guideText: null,
      delegable: false,
      delegatedTownshipIds: null,
      active: true,
      requestId: null,
      requestHash: null,
      updatedAt: T0,
    });
  }
  const calendar = new CalendarService(ds);
  cases = new CountyCaseService(ds, calendar);
  stats = new CountyStatisticsService(ds, calendar);
  reviews = { dataSource: ds, reviewEntity: CountyReview, eventEntity: CountyRectificationEvent, calendar: () => calendar.calendar(), rectificationDays: async () => 5 };
});
afterAll(async () => {
  await db?.dataSource.destroy();
  await targets.drop();
});

/** Plays one case from receipt through random steps, each a few hours to days after the last. */
async function playCase(rng: Rng, n: number): Promise<Date> {
  const item = rng.pick(ITEMS);
  let now = new Date(T0.getTime() + rng.int(0, 30 * 24) * 3_600_000);
  let c = await receiveCase(cases.tier, {
    requestId: `day-figures-${n}-${randomUUID()}`,
    item,
    unitCode: 'DF',
    unitName: '测试局',
    who: CLERK,
    applicant: { name: '张三', idType: 'RESIDENT_ID', idNumber: '11010519491231002X' },
    submittedMaterials: rng.chance(0.9) ? ['申请书'] : [],
    expedited: rng.chance(0.1),
    channel: rng.chance(0.2) ? 'ONLINE' : 'WINDOW',
    now,
    place: (x: CountyCase) => (x.departmentId = item.departmentId),
  });
  for (let step = 0; step < 8; step++) {
    now = new Date(now.getTime() + rng.int(1, 4 * 24) * 3_600_000 * (rng.chance(0.3) ? 2 : 1));
    const status = c.status as CaseStatus;
    const roll = rng.float();
    try {
      if (roll < 0.08 && canExpedite(status)) {
        c = await setExpedited(cases.tier, { id: c.id, version: c.version, expedited: !c.expedited, who: CLERK, unitName: '测试局', now, authorize: () => {} });
      } else if (roll < 0.16 && isOpen(status) && c.dueDate) {
        const dueDate = addCalendarDays(c.dueDate, rng.int(-3, 3));
        c = await moveDeadline(cases.tier, { case: c, due: { dueDate, dueAt: new Date(`${dueDate}T15:59:59.999Z`), uncertainYears: [] }, who: CLERK, unitName: '测试局', now, note: '工作日历调整' });
      } else if (roll < 0.26 && isReviewOpen(status)) {
        await recordReview(reviews, {
          input: { requestId: `review-${randomUUID()}`, number: c.number, queryCode: c.queryCode, level: rng.int(1, 5) },
          case: c,
          now,
          place: (r) => (r.departmentId = c.departmentId),
        });
      } else {
        const actions = allowedActions(status);
        if (actions.length === 0) break;
        // Refusals and withdrawals are rarer than the work itself.
        const action = rng.weighted(actions, (a) => (a === 'withdraw' || a === 'notAccept' ? 0.15 : 1));
        c = await actOnCase(cases.tier, { id: c.id, version: c.version, action, input: INPUT[action] ?? {}, who: CLERK, unitName: '测试局', now, itemOf: async () => item, authorize: () => {} });
      }
    } catch (e) {
      // A step the rules refuse (a review twice, an order of steps) changes nothing: go on.
      if (!codeOf(e)) throw e;
    }
  }
  return now;
}

const codeOf = (e: unknown): string | undefined => (e as { extensions?: { code?: string } }).extensions?.code ?? (e instanceof DomainError ? e.code : undefined);

const SCOPES = [{}, ...DEPARTMENTS.map((unitId) => ({ unitId })), ...ITEMS.map((i) => ({ itemId: i.id })), { unitId: DEPARTMENTS[0], itemId: ITEMS[1].id }];

async function everything(s: TierStatistics, periods: Period[]) {
  const out: unknown[] = [];
  for (const p of periods) {
    for (const scope of SCOPES) {
      const v = s.scope(p, scope);
      out.push({ p, scope, figures: await v.figures(), daily: await v.daily(), warnings: await v.warnings() });
    }
  }
  return out;
}

test('random histories: the figures from the roll-ups equal those computed from the cases, and the kept rows equal a rebuild', async () => {
  const rng = new Rng('day-figures');
  let last = T0;
  for (let n = 0; n < 90; n++) {
    const end = await playCase(rng, n);
    if (end > last) last = end;
  }
  const ds = db.dataSource;
  const accepted = Number((await ds.query(`SELECT COUNT(*) AS n FROM county_case WHERE accepted_on IS NOT NULL`))[0].n);
  expect(accepted).toBeGreaterThan(50);

  const first = shanghaiDate(T0);
  const periods: Period[] = [{ from: first, to: shanghaiDate(last) }, { from: addCalendarDays(first, 10), to: addCalendarDays(first, 10) }];
  for (let k = 0; k < 4; k++) {
    const from = addCalendarDays(first, rng.int(0, 40));
    periods.push({ from, to: addCalendarDays(from, rng.int(0, 30)) });
  }
  // The history has every kind of count to get wrong.
  const whole = await stats.forRequest(new Date(T0.getTime() + 33 * DAY), 'cases').scope(periods[0], {});
  const f = await whole.figures();
  for (const k of ['immediate', 'promised', 'completed', 'completedOnTime', 'promisedCompletedEarly', 'withdrawn', 'overdueNow', 'expedited', 'online', 'reviews', 'satisfiedReviews'] as const) {
    expect({ [k]: f[k] > 0 }).toEqual({ [k]: true });
  }
  expect((await whole.daily()).some((d) => d.overdue > 0)).toBe(true);
  expect(f.completed).toBeGreaterThan(f.completedOnTime);
  for (const now of [new Date(T0.getTime() + 20 * DAY), new Date(T0.getTime() + 33 * DAY), new Date(last.getTime() + DAY)]) {
    const reference = await everything(stats.forRequest(now, 'cases'), periods);
    expect(await everything(stats.forRequest(now), periods)).toEqual(reference);
  }

  expect(await dayFiguresDrift(ds.manager, COUNTY_DAY_FIGURES)).toEqual([]);
  // A rebuild from the cases gives the same figures.
  const now = new Date(last.getTime() + DAY);
  const before = await everything(stats.forRequest(now), periods);
  await rebuildDayFigures(ds.manager, COUNTY_DAY_FIGURES);
  expect(await everything(stats.forRequest(now), periods)).toEqual(before);
  expect(await dayFiguresDrift(ds.manager, COUNTY_DAY_FIGURES)).toEqual([]);
});

test('a write the rules refuse leaves the roll-ups as they were', async () => {
  const ds = db.dataSource;
  const rows = async () => ds.query(`SELECT * FROM county_case_day_figures ORDER BY day, department_id, item_id`);
  const before = await rows();
  const c = (await ds.getRepository(CountyCase).findOne({ where: { status: 'DELIVERED' } }))!;
  const refused = (p: Promise<unknown>) => p.then(() => null, codeOf);
  expect(await refused(actOnCase(cases.tier, { id: c.id, version: c.version, action: 'approve', input: INPUT.approve!, who: CLERK, unitName: '测试局', now: new Date(), itemOf: async () => ITEMS[1], authorize: () => {} }))).toBe('ILLEGAL_TRANSITION');
  const open = (await ds.getRepository(CountyCase).findOne({ where: { status: 'ACCEPTED' } }))!;
  expect(await refused(actOnCase(cases.tier, { id: open.id, version: open.version - 1, action: 'withdraw', input: {}, who: CLERK, unitName: '测试局', now: new Date(), itemOf: async () => ITEMS[1], authorize: () => {} }))).toBe('VERSION_CONFLICT');
  expect(await rows()).toEqual(before);
});
