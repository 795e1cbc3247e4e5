/**
 * Demo cases played through the real case engine with a moving clock, so that due dates, pauses,
 * version numbers and history rows obey the lifecycle rules exactly as if clerks had worked them
 * at the windows.
 */
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Principal } from '../auth/principal';
import { actOnCase, receiveCase, setExpedited, type ApplicantIn, type CaseItemTerms, type CaseTier } from '../cases/case-engine';
import type { CaseHistoryRecord, CaseRecord } from '../cases/case-record';
import type { CaseStatus } from '../domain/lifecycle';
import { shanghaiDate } from '../domain/time';
import { demoApplicant } from './applicants';
import { planCase, type CasePlan, type CaseScenario } from './case-plans';
import type { Rng } from './random';
import { WorkingWindow } from './working-hours';

export interface PlayCaseArgs<C extends CaseRecord> {
  requestId: string;
  item: CaseItemTerms;
  unitCode: string;
  unitName: string;
  /** The clerk who takes the case in (first contact) and handles it. */
  who: Principal;
  /** Reviews and decides when given; else `who` does everything. */
  colleague?: Principal;
  applicant: ApplicantIn;
  plan: CasePlan;
  place: (c: C) => void;
}

/** Receives the case and applies each planned step at its own instant, through the real engine. */
async function playCase<C extends CaseRecord, H extends CaseHistoryRecord>(tier: CaseTier<C, H>, a: PlayCaseArgs<C>): Promise<C> {
  const [first, ...rest] = a.plan.steps;
  let c = await receiveCase(tier, {
    requestId: a.requestId,
    item: a.item,
    unitCode: a.unitCode,
    unitName: a.unitName,
    who: a.who,
    applicant: a.applicant,
    submittedMaterials: a.plan.submittedMaterials,
    note: a.plan.receiveNote,
    now: first.at,
    place: a.place,
  });
  for (const s of rest) {
    const who = s.by === 'colleague' && a.colleague ? a.colleague : a.who;
    if (s.op === 'receive') throw new Error('a case is received once');
    if (s.op === 'expedite') {
      c = await setExpedited(tier, { id: c.id, version: c.version, expedited: true, note: s.input.note, who, unitName: a.unitName, now: s.at, authorize: () => {} });
    } else {
      c = await actOnCase(tier, {
        id: c.id,
        version: c.version,
        action: s.op,
        input: s.input,
        who,
        unitName: a.unitName,
        now: s.at,
        itemOf: async () => a.item,
        authorize: () => {},
      });
    }
  }
  return c;
}

/** One place cases can be taken in: an item at a unit, with the clerks who staff it. */
export interface CaseSlot<C extends CaseRecord> {
  /** The unit (department or township) code; every unit gets at least a few cases. */
  group: string;
  /** How often this item is applied for, relative to the others. */
  weight: number;
  item: CaseItemTerms;
  unitCode: string;
  unitName: string;
  clerks: Principal[];
  place: (c: C) => void;
  /** The next result document number of this unit, for a decision made at `at` (called in time order). */
  documentNumber: (at: Date) => string;
}

const STATUS_WEIGHTS: [CaseStatus, number][] = [
  ['DELIVERED', 34],
  ['APPROVED', 10],
  ['REJECTED', 4],
  ['IN_PROGRESS', 16],
  ['ACCEPTED', 7],
  ['SUPPLEMENT_REQUESTED', 7],
  ['SPECIAL_PROCEDURE', 4],
  ['RECEIVED', 5],
  ['NOT_ACCEPTED', 8],
  ['WITHDRAWN', 5],
];

/** Every status twice and a few overdue and expedited cases first, so each appears whatever the dice say. */
function scenarios(rng: Rng, count: number): CaseScenario[] {
  const out: CaseScenario[] = [];
  const base = { overdue: false, expedited: false, late: false };
  for (const [target] of STATUS_WEIGHTS) out.push({ ...base, target }, { ...base, target });
  out.push(
    { ...base, target: 'IN_PROGRESS', overdue: true },
    { ...base, target: 'IN_PROGRESS', overdue: true, expedited: true },
    { ...base, target: 'ACCEPTED', overdue: true },
    { ...base, target: 'DELIVERED', expedited: true },
    { ...base, target: 'DELIVERED', late: true },
  );
  while (out.length < count) {
    const target = rng.weighted(STATUS_WEIGHTS, ([, w]) => w)[0];
    out.push({
      target,
      overdue: (target === 'ACCEPTED' || target === 'IN_PROGRESS') && rng.chance(0.22),
      // 特事特办 is decided for cases being taken in, not for ones turned away at the window.
      expedited: target !== 'RECEIVED' && target !== 'NOT_ACCEPTED' && rng.chance(0.07),
      late: rng.chance(0.08),
    });
  }
  return out.slice(0, count);
}

/** Statuses a case of an immediate item (decided at the window) is not left in. */
function needsPromisedItem(s: CaseScenario): boolean {
  return s.target === 'ACCEPTED' || s.target === 'IN_PROGRESS' || s.target === 'SPECIAL_PROCEDURE';
}

export interface SeedCasesResult {
  cases: number;
  actions: number;
  byStatus: Record<string, number>;
}

/**
 * Plans `count` cases over the `calendarDays` before `now`, then plays them in the order they
 * were received (so case numbers run in time order), each through the engine with its own clock.
 */
export async function seedCases<C extends CaseRecord, H extends CaseHistoryRecord>(o: {
  tier: CaseTier<C, H>;
  slots: CaseSlot<C>[];
  count: number;
  now: Date;
  rng: Rng;
  requestIdPrefix: string;
  calendarDays?: number;
  minPerGroup?: number;
}): Promise<SeedCasesResult> {
  const { rng } = o;
  const window = new WorkingWindow(await o.tier.calendar(), o.now, o.calendarDays ?? 60);
  const groups = [...new Set(o.slots.map((s) => s.group))];
  const roundRobin = groups.length * (o.minPerGroup ?? 3);

  const planned = scenarios(rng, o.count).map((scenario, i) => {
    const fits = (s: CaseSlot<C>) => !needsPromisedItem(scenario) || (s.item.kind === 'PROMISED' && s.item.promisedDays >= 2);
    const inGroup = i < roundRobin ? o.slots.filter((s) => s.group === groups[i % groups.length] && fits(s)) : [];
    const pool = inGroup.length ? inGroup : o.slots.filter(fits);
    const slot = rng.weighted(pool, (s) => s.weight);
    const [who, colleague] = rng.sample(slot.clerks, 2);
    const ordered = rng.chance(0.5) || !colleague ? { who, colleague } : { who: colleague, colleague: who };
    return { slot, ...ordered, applicant: demoApplicant(rng, slot.item), plan: planCase(rng, window, slot.item, scenario) };
  });
  planned.sort((a, b) => a.plan.steps[0].at.getTime() - b.plan.steps[0].at.getTime());

  // Result document numbers run in the order the decisions were made.
  const approvals = planned
    .flatMap((c) => c.plan.steps.filter((s) => s.op === 'approve').map((s) => ({ c, s })))
    .sort((x, y) => x.s.at.getTime() - y.s.at.getTime());
  for (const { c, s } of approvals) s.input = { ...s.input, resultDocumentNumber: c.slot.documentNumber(s.at) };

  const byStatus: Record<string, number> = {};
  let actions = 0;
  for (const [n, c] of planned.entries()) {
    const done = await playCase(o.tier, {
      requestId: `${o.requestIdPrefix}-${n + 1}`,
      item: c.slot.item,
      unitCode: c.slot.unitCode,
      unitName: c.slot.unitName,
      who: c.who,
      colleague: c.colleague,
      applicant: c.applicant,
      plan: c.plan,
      place: c.slot.place,
    });
    byStatus[done.status] = (byStatus[done.status] ?? 0) + 1;
    actions += c.plan.steps.length;
  }
  return { cases: planned.length, actions, byStatus };
}

/**
 * Result document numbers in the usual form 〔year〕n号, one sequence per prefix and year,
 * starting where a unit would plausibly be late in the year.
 */
export function documentNumbers(rng: Rng): (prefix: string, at: Date) => string {
  const next = new Map<string, number>();
  return (prefix, at) => {
    const year = shanghaiDate(at).slice(0, 4);
    const key = `${prefix}|${year}`;
    const n = next.get(key) ?? rng.int(40, 260);
    next.set(key, n + 1);
    return `${prefix}〔${year}〕${n}号`;
  };
}

/** Inserts rows in batches inside the caller's transaction. */
export async function insertInChunks<T extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<T>, rows: T[], size = 100): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await m.getRepository(entity).insert(rows.slice(i, i + size) as never);
}
