/**
 * Building blocks of the demo data that both tiers seed on first start: a seeded PRNG (so the
 * data comes out the same every time), applicants with identifiers that pass their check digits,
 * working-hours instants in Beijing time, and cases played through the real case engine with a
 * moving clock, so that due dates, pauses, version numbers and history rows obey the lifecycle
 * rules exactly as if clerks had worked them at the windows.
 */
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Principal } from '../auth/principal';
import { actOnCase, receiveCase, setExpedited, type ApplicantIn, type CaseItemTerms, type CaseTier } from '../cases/case-engine';
import type { CaseHistoryRecord, CaseRecord } from '../cases/case-record';
import type { WorkCalendar } from '../domain/calendar';
import { creditCodeCheckChar, residentIdCheckChar } from '../domain/identity';
import type { ActionInput, CaseAction, CaseStatus, HandlingStep } from '../domain/lifecycle';
import { addCalendarDays, compareDates, shanghaiDate, startOfShanghaiDay, type CalendarDate } from '../domain/time';
import { APPLICANT_GIVEN_NAMES, APPLICANT_SURNAMES, COMPANY_NAMES } from './catalog';

// ── Pseudo-random numbers ─────────────────────────────────────────────────────────────────────

/** mulberry32: a tiny 32-bit generator, good enough for demo data and identical on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the UTF-16 code units: turns a name such as 'county' into a seed. */
export function hashSeed(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  private readonly next: () => number;

  constructor(seed: number | string) {
    this.next = mulberry32(typeof seed === 'string' ? hashSeed(seed) : seed);
  }

  /** In [0, 1). */
  float(): number {
    return this.next();
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    if (max <= min) return min;
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('cannot pick from an empty list');
    return list[Math.floor(this.next() * list.length)];
  }

  weighted<T>(list: readonly T[], weight: (t: T) => number): T {
    if (list.length === 0) throw new Error('cannot pick from an empty list');
    const total = list.reduce((s, t) => s + Math.max(0, weight(t)), 0);
    let r = this.next() * total;
    for (const t of list) {
      r -= Math.max(0, weight(t));
      if (r < 0) return t;
    }
    return list[list.length - 1];
  }

  /** k distinct elements in their original order. */
  sample<T>(list: readonly T[], k: number): T[] {
    const idx = list.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    return idx
      .slice(0, Math.min(k, list.length))
      .sort((a, b) => a - b)
      .map((i) => list[i]);
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i += 1) s += String(Math.floor(this.next() * 10));
    return s;
  }

  /** `parts` whole numbers of 0 or more that add up to `total`. */
  split(total: number, parts: number): number[] {
    const cuts = Array.from({ length: parts - 1 }, () => this.int(0, total)).sort((a, b) => a - b);
    const out: number[] = [];
    let prev = 0;
    for (const c of cuts) {
      out.push(c - prev);
      prev = c;
    }
    out.push(total - prev);
    return out;
  }
}

// ── Applicants ────────────────────────────────────────────────────────────────────────────────

function daysInMonth(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** Where applicants' ID numbers were issued: mostly the county itself, some from neighbouring areas. */
const BIRTH_REGIONS = ['511099', '511099', '511099', '511099', '511099', '511099', '510722', '511002', '510104', '511302'];

/**
 * A resident ID number (GB 11643): region, birth date, sequence (odd for men) and check character.
 * Birth years default to 1940–2004 so every applicant is an adult whatever today's date is.
 */
export function residentId(rng: Rng, o: { region?: string; bornFrom?: number; bornTo?: number; male?: boolean } = {}): string {
  const region = o.region ?? rng.pick(BIRTH_REGIONS);
  const y = rng.int(o.bornFrom ?? 1940, o.bornTo ?? 2004);
  const m = rng.int(1, 12);
  const d = rng.int(1, daysInMonth(y, m));
  const male = o.male ?? rng.chance(0.5);
  const seq = rng.digits(2) + String(rng.int(0, 4) * 2 + (male ? 1 : 0));
  const first17 = `${region}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${seq}`;
  return first17 + residentIdCheckChar(first17);
}

/** GB 11714 organization code check character over 8 digits. */
function organizationCodeCheckChar(body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(body[i]) * weights[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export type OrganizationKind = 'ENTERPRISE' | 'INDIVIDUAL_BUSINESS' | 'COOPERATIVE';

/** A unified social credit code (GB 32100) registered in the county: 91 enterprise, 92 individual business, 93 cooperative. */
export function creditCode(rng: Rng, kind: OrganizationKind, region = '511099'): string {
  const prefix = kind === 'ENTERPRISE' ? '91' : kind === 'INDIVIDUAL_BUSINESS' ? '92' : '93';
  const body = rng.digits(8);
  const first17 = `${prefix}${region}${body}${organizationCodeCheckChar(body)}`;
  return first17 + creditCodeCheckChar(first17);
}

export function organizationKindOf(name: string): OrganizationKind {
  if (name.includes('合作社')) return 'COOPERATIVE';
  if (/有限公司|厂$/.test(name)) return 'ENTERPRISE';
  return 'INDIVIDUAL_BUSINESS';
}

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '157', '158', '159',
  '173', '177', '180', '181', '182', '183', '187', '188', '189', '191', '198', '199',
];

/** An 11-digit mainland mobile number. */
export function mobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
}

export function personName(rng: Rng): string {
  const surname = rng.weighted(APPLICANT_SURNAMES, (s) => (s.length > 1 ? 0.15 : 1));
  return surname + rng.pick(APPLICANT_GIVEN_NAMES);
}

/** Items whose materials name a business licence or a legal representative are applied for by organisations. */
function isForOrganizations(item: CaseItemTerms): boolean {
  return item.materials.some((m) => /营业执照|法定代表人/.test(m.name));
}

/** A person (most items) or a business (items that ask for a business licence). */
export function demoApplicant(rng: Rng, item: CaseItemTerms): ApplicantIn {
  if (isForOrganizations(item) && rng.chance(0.85)) {
    const name = rng.pick(COMPANY_NAMES);
    return { name, idType: 'CREDIT_CODE', idNumber: creditCode(rng, organizationKindOf(name)), phone: mobile(rng) };
  }
  return { name: personName(rng), idType: 'RESIDENT_ID', idNumber: residentId(rng), phone: rng.chance(0.95) ? mobile(rng) : null };
}

// ── Working hours ─────────────────────────────────────────────────────────────────────────────

/** Windows are open 08:30–17:30 Beijing time (minutes after midnight). */
const OPEN_MINUTE = 8 * 60 + 30;
const CLOSE_MINUTE = 17 * 60 + 30;

export interface WorkingDay {
  date: CalendarDate;
  /** First and last minute (Beijing time, inclusive) at which something may happen that day. */
  from: number;
  to: number;
}

/**
 * The working days of the `calendarDays` before `now` (and today up to `now`), each with the
 * minutes when windows are open. Case plans count in these days, so a gap of n days is n working
 * days, exactly as the deadline rules count them.
 */
export class WorkingWindow {
  readonly days: WorkingDay[] = [];

  constructor(
    calendar: WorkCalendar,
    readonly now: Date,
    calendarDays = 60,
  ) {
    const today = shanghaiDate(now);
    const nowMinute = Math.floor((now.getTime() - startOfShanghaiDay(today).getTime()) / 60_000);
    for (let d = addCalendarDays(today, -calendarDays); compareDates(d, today) <= 0; d = addCalendarDays(d, 1)) {
      if (!calendar.isWorkday(d)) continue;
      // Today counts only up to the minute before now, and only once the windows have been open a while.
      const to = d === today ? Math.min(CLOSE_MINUTE - 1, nowMinute - 1) : CLOSE_MINUTE - 1;
      if (to - OPEN_MINUTE < 30) continue;
      this.days.push({ date: d, from: OPEN_MINUTE, to });
    }
    if (this.days.length < 10) throw new Error(`only ${this.days.length} working days before ${now.toISOString()}: too few to seed`);
  }

  get size(): number {
    return this.days.length;
  }

  /** False on a day off, or early in the morning before there was time to take anything in. */
  get includesToday(): boolean {
    return this.days[this.days.length - 1].date === shanghaiDate(this.now);
  }

  instant(day: number, minute: number, second: number): Date {
    return new Date(startOfShanghaiDay(this.days[day].date).getTime() + minute * 60_000 + second * 1000);
  }
}

// ── Case plans ────────────────────────────────────────────────────────────────────────────────

export interface CaseScenario {
  /** The status the case is in at `now`. */
  target: CaseStatus;
  /** For ACCEPTED and IN_PROGRESS: the case is past its due date at `now`, clock running. */
  overdue: boolean;
  /** Flagged 特事特办. */
  expedited: boolean;
  /** For completed cases: decided after the due date. */
  late: boolean;
}

type StepOp = 'receive' | 'expedite' | CaseAction;
type Actor = 'clerk' | 'colleague';

interface PlannedStep {
  op: StepOp;
  /** Working days after the previous step (0 = the same day, later). */
  gap: number;
  input: ActionInput;
  by: Actor;
}

export interface TimedStep {
  op: StepOp;
  at: Date;
  input: ActionInput;
  by: Actor;
}

export interface CasePlan {
  submittedMaterials: string[];
  receiveNote: string | null;
  steps: TimedStep[];
}

const NOT_ACCEPTED_REASONS = [
  '申请事项不属于本机关职权范围，已告知申请人向有关行政机关申请',
  '申请事项依法不需要取得行政许可，已当场告知申请人',
  '申请人不具备申请资格，不符合受理条件',
  '补正后的申请材料仍不符合法定形式，依法不予受理',
  '同一申请事项已在办理中，不得重复申请',
  '申请人未能提供合法有效的身份证明，无法核实申请人身份',
];

const REJECT_REASONS = [
  '经现场核查，申请人实际情况与申请材料所述不符',
  '申请人不符合法定条件，依法不予许可',
  '经审查，申请事项不符合相关规划或技术规范要求',
  '公示期间收到实名异议，经调查核实异议成立',
  '经入户调查，申请人家庭收入、财产状况超过规定标准',
  '专家评审结论为不符合要求，依法不予许可',
];

const SUPPLEMENT_NOTES = [
  '请按一次性告知清单补齐材料后到窗口提交',
  '所列材料缺失或不符合法定形式，请补正后提交',
  '所列材料复印件不清晰或与原件不一致，请重新提供',
  '补正材料可通过村便民服务室代为提交',
];

const RESUBMIT_NOTES = [null, '申请人已按一次性告知补齐材料', '材料已补正，核对无误', '申请人通过村便民服务室代为提交补正材料'];

const UNDERTAKE_NOTES = [
  '材料齐全，符合法定形式，承办人拟同意',
  '已完成材料审查',
  '已完成现场核查，情况属实',
  '已核对原件，与复印件一致',
  '已完成信息比对核查',
];

const REVIEW_NOTES = ['审核通过', '同意承办意见', '经审核，符合规定条件', null];
const DECIDE_NOTES = ['同意', '同意承办和审核意见', null];

const SPECIAL_PROCEDURE_NOTES: Record<'EXTENSION' | 'OTHER', string[]> = {
  EXTENSION: ['情况复杂，经本机关负责人批准延长审批期限', '需补充调查核实，经负责人批准延长办理期限'],
  OTHER: ['需组织现场勘验', '需组织专家评审', '依法组织听证', '需委托第三方检验检测', '依法进行公示'],
};

const RESUME_NOTES = ['现场勘验已完成', '专家评审意见已出具', '听证程序已结束', '检验检测报告已出具', '公示期满无异议', '延长期间调查核实已完成'];

const EXPEDITE_NOTES = [
  '重点项目，经中心负责人同意特事特办',
  '申请人就医急需，特事特办',
  '群众反映急难事项，特事特办',
  '抢险救灾需要，特事特办',
];

const WITHDRAW_NOTES = ['申请人书面申请撤回', '申请人因个人原因申请撤回', '申请人决定暂缓办理，书面撤回申请', null];

const RECEIVE_NOTES = [null, null, null, null, '代办员全程代办', '经村便民服务室代办员预审', '申请人委托他人代为申请', '预约办理'];

/** How the result was handed over, with a plausible tracking number when posted. */
function deliveryInput(rng: Rng, immediate: boolean): ActionInput {
  if (immediate || rng.chance(0.65)) return { deliveryMethod: 'IN_PERSON', note: rng.pick(['申请人现场领取', '窗口当场送达', '委托代理人代为领取']) };
  const ems = rng.chance(0.7);
  return {
    deliveryMethod: 'EXPRESS',
    trackingNumber: ems ? `11${rng.digits(11)}` : `SF${rng.digits(13)}`,
    note: ems ? '政务专递（EMS）' : '顺丰速运寄递',
  };
}

/** Assembles the steps of one case while keeping count of the working days its clock has run. */
class PathBuilder {
  readonly steps: PlannedStep[] = [];
  private accepted = false;
  private paused = false;
  /** Working days counted against the case since acceptance (pauses excluded). */
  elapsed = 0;
  /** Materials left out at intake because the case will be asked to supplement them before acceptance. */
  notSubmitted: string[] = [];

  constructor(
    private readonly rng: Rng,
    readonly item: CaseItemTerms,
  ) {}

  get promisedDays(): number {
    return this.item.kind === 'IMMEDIATE' ? 0 : this.item.promisedDays;
  }

  add(op: StepOp, gap: number, input: ActionInput = {}, by: Actor = 'clerk'): this {
    if (this.accepted && !this.paused) this.elapsed += gap;
    this.steps.push({ op, gap, input: clean(input), by });
    if (op === 'accept') this.accepted = true;
    if ((op === 'requestSupplement' && this.accepted) || op === 'enterSpecialProcedure') this.paused = true;
    if (op === 'resubmit' || op === 'resume') this.paused = false;
    return this;
  }

  /** One-time notice: 1–2 materials, mandatory ones first. */
  missing(): string[] {
    const mandatory = this.item.materials.filter((m) => m.mandatory).map((m) => m.name);
    const pool = mandatory.length ? mandatory : this.item.materials.map((m) => m.name);
    return this.rng.sample(pool, this.rng.chance(0.7) ? 1 : 2);
  }

  /** Asked to supplement before acceptance (no clock yet); the applicant comes back 1–3 days later unless `stay`. */
  supplementBeforeAcceptance(stay = false): this {
    const missing = this.missing();
    this.notSubmitted = missing;
    this.add('requestSupplement', 0, { missingMaterials: missing, note: this.rng.pick(SUPPLEMENT_NOTES) });
    if (!stay) this.add('resubmit', this.rng.int(1, 3), { note: this.rng.pick(RESUBMIT_NOTES) ?? undefined });
    return this;
  }

  accept(): this {
    const sameDay = this.steps.length > 1 || this.rng.chance(0.85);
    return this.add('accept', sameDay ? 0 : 1);
  }

  intake(withSupplement: boolean): this {
    if (withSupplement) this.supplementBeforeAcceptance();
    return this.accept();
  }

  supplementDuringHandling(stay = false): this {
    this.add('requestSupplement', 0, { missingMaterials: this.missing(), note: this.rng.pick(SUPPLEMENT_NOTES) });
    if (!stay) this.add('resubmit', this.rng.int(1, 4), { note: this.rng.pick(RESUBMIT_NOTES) ?? undefined });
    return this;
  }

  specialProcedure(stay = false): this {
    const kind = this.rng.chance(0.4) ? 'EXTENSION' : 'OTHER';
    const note = this.rng.pick(SPECIAL_PROCEDURE_NOTES[kind]);
    this.add('enterSpecialProcedure', 0, { specialProcedureKind: kind, note }, 'colleague');
    if (!stay) this.add('resume', this.rng.int(2, 8), { note: this.rng.pick(RESUME_NOTES) });
    return this;
  }

  recordStep(step: HandlingStep, gap: number, by: Actor = 'clerk', note?: string | null): this {
    return this.add('recordStep', gap, { step, note: note ?? undefined }, by);
  }
}

function clean(input: ActionInput): ActionInput {
  const out: ActionInput = {};
  for (const [k, v] of Object.entries(input)) if (v !== undefined && v !== null) (out as Record<string, unknown>)[k] = v;
  return out;
}

/**
 * Plans the steps of one case ending in the scenario's status at `now`, and `tail`: the working
 * days from its last step to now (`spread` = anywhere the window allows). `margin` is 1 when
 * today is not one of the window's days (a weekend, or before the windows open), so that a case
 * meant to be on time is not due on the last working day, which is already over.
 */
function planSteps(rng: Rng, item: CaseItemTerms, s: CaseScenario, margin: number): { b: PathBuilder; tail: number | 'spread' } {
  const b = new PathBuilder(rng, item);
  const p = b.promisedDays;
  b.add('receive', 0);
  if (s.expedited) b.add('expedite', 0, { note: rng.pick(EXPEDITE_NOTES) });

  switch (s.target) {
    case 'RECEIVED':
      if (rng.chance(0.2)) b.supplementBeforeAcceptance();
      return { b, tail: rng.int(0, 1) };

    case 'NOT_ACCEPTED':
      if (rng.chance(0.3)) b.supplementBeforeAcceptance();
      b.add('notAccept', rng.int(0, 1), { reason: rng.pick(NOT_ACCEPTED_REASONS) });
      return { b, tail: 'spread' };

    case 'WITHDRAWN': {
      const from = p > 0 ? rng.pick(['RECEIVED', 'SUPPLEMENT', 'ACCEPTED', 'IN_PROGRESS'] as const) : rng.pick(['RECEIVED', 'SUPPLEMENT'] as const);
      let gap = rng.int(0, 2);
      if (from === 'SUPPLEMENT') {
        b.supplementBeforeAcceptance(true);
        gap = rng.int(2, 8);
      } else if (from === 'ACCEPTED') {
        b.accept();
        gap = rng.int(0, Math.min(p, 3));
      } else if (from === 'IN_PROGRESS') {
        b.accept().add('start', rng.int(0, 1)).recordStep('UNDERTAKE', 0, 'clerk', rng.pick(UNDERTAKE_NOTES));
        gap = rng.int(0, Math.max(0, Math.min(p - b.elapsed, 3)));
      }
      b.add('withdraw', gap, { note: rng.pick(WITHDRAW_NOTES) ?? undefined });
      return { b, tail: 'spread' };
    }

    case 'SUPPLEMENT_REQUESTED':
      if (p === 0 || rng.chance(0.5)) {
        b.supplementBeforeAcceptance(true);
      } else {
        const [a, u] = rng.split(rng.int(0, p - 1), 2);
        b.accept().add('start', a).recordStep('UNDERTAKE', u, 'clerk', rng.pick(UNDERTAKE_NOTES)).supplementDuringHandling(true);
      }
      return { b, tail: rng.int(0, 6) };

    case 'ACCEPTED':
      b.intake(rng.chance(0.15));
      return { b, tail: s.overdue ? p + rng.int(1, 5) : rng.int(0, Math.max(0, Math.min(p - margin, 2))) };

    case 'IN_PROGRESS': {
      b.intake(rng.chance(0.12));
      const reviewed = rng.chance(0.5);
      const [a, u, r] = rng.split(rng.int(0, s.overdue ? p : Math.max(0, p - margin)), 3);
      b.add('start', a).recordStep('UNDERTAKE', u, 'clerk', rng.pick(UNDERTAKE_NOTES));
      if (rng.chance(0.15)) b.supplementDuringHandling();
      if (reviewed) b.recordStep('REVIEW', r, 'colleague', rng.pick(REVIEW_NOTES));
      if (reviewed && rng.chance(0.1)) b.specialProcedure();
      const used = b.elapsed;
      return { b, tail: s.overdue ? Math.max(0, p + rng.int(1, 5) - used) : rng.int(0, Math.max(0, p - used - margin)) };
    }

    case 'SPECIAL_PROCEDURE': {
      b.intake(rng.chance(0.1));
      const [a, u, r] = rng.split(rng.int(0, p), 3);
      b.add('start', a).recordStep('UNDERTAKE', u, 'clerk', rng.pick(UNDERTAKE_NOTES)).recordStep('REVIEW', r, 'colleague', rng.pick(REVIEW_NOTES));
      b.specialProcedure(true);
      return { b, tail: rng.int(1, 8) };
    }

    case 'APPROVED':
    case 'REJECTED':
    case 'DELIVERED': {
      const decision: 'approve' | 'reject' = s.target === 'APPROVED' ? 'approve' : s.target === 'REJECTED' ? 'reject' : rng.chance(0.88) ? 'approve' : 'reject';
      // The document number is filled in once every case is timed, in the order decisions were made.
      const decisionInput: ActionInput = decision === 'approve' ? {} : { reason: rng.pick(REJECT_REASONS) };
      if (p === 0) {
        // 即办件: decided at the window, usually minutes after acceptance.
        b.intake(rng.chance(0.08)).add(decision, s.late ? 1 : 0, decisionInput);
        if (s.target === 'DELIVERED') b.add('deliver', 0, deliveryInput(rng, true));
      } else {
        b.intake(rng.chance(0.12));
        const days = s.late ? p + rng.int(1, 3) : rng.int(Math.ceil(p * 0.3), p);
        const [a, u, r, d] = rng.split(days, 4);
        b.add('start', a).recordStep('UNDERTAKE', u, 'clerk', rng.pick(UNDERTAKE_NOTES));
        if (rng.chance(0.12)) b.supplementDuringHandling();
        b.recordStep('REVIEW', r, 'colleague', rng.pick(REVIEW_NOTES));
        if (rng.chance(0.07)) b.specialProcedure();
        b.recordStep('DECIDE', d, 'colleague', decision === 'approve' ? rng.pick(DECIDE_NOTES) : '经集体研究，不予许可');
        b.add(decision, 0, decisionInput, 'colleague');
        if (s.target === 'DELIVERED') b.add('deliver', rng.int(0, 3), deliveryInput(rng, false));
      }
      if (s.target === 'DELIVERED') return { b, tail: 'spread' };
      // Results wait at the window a day or two; a few wait longer for the applicant.
      return { b, tail: rng.chance(0.85) ? rng.int(0, 2) : rng.int(3, 8) };
    }

    default:
      throw new Error(`no demo path leads to ${String(s.target)}`);
  }
}

/** Places the steps on working days and minutes: each after the previous one and none after now. */
export function planCase(rng: Rng, window: WorkingWindow, item: CaseItemTerms, s: CaseScenario): CasePlan {
  const { b, tail: wanted } = planSteps(rng, item, s, window.includesToday ? 0 : 1);
  const gaps = b.steps.map((st, i) => (i === 0 ? 0 : st.gap));
  const last = window.size - 1;
  // A path longer than the window is squeezed, largest gaps first (never happens with the demo catalog).
  let span = gaps.reduce((a, g) => a + g, 0);
  while (span > last) {
    const i = gaps.indexOf(Math.max(...gaps));
    gaps[i] -= 1;
    span -= 1;
  }
  const tail = wanted === 'spread' ? rng.int(0, last - span) : Math.min(wanted, last - span);
  let day = last - tail - span;
  const days = gaps.map((g) => (day += g));

  const times: Date[] = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j < days.length && days[j] === days[i]) j += 1;
    const { from, to } = window.days[days[i]];
    const k = j - i;
    // Steps of one day come in a cluster: a first moment, then a few minutes to half an hour apart.
    let minute = rng.int(from, to - 2 * (k - 1));
    for (let n = 0; n < k; n += 1) {
      if (n > 0) minute += rng.int(2, Math.max(2, Math.min(30, to - minute - 2 * (k - 1 - n))));
      times.push(window.instant(days[i], minute, rng.int(0, 59)));
    }
    i = j;
  }

  const submitted = item.materials
    .filter((m) => !b.notSubmitted.includes(m.name) && (m.mandatory || rng.chance(0.5)))
    .map((m) => m.name);
  return {
    submittedMaterials: submitted,
    receiveNote: rng.pick(RECEIVE_NOTES),
    steps: b.steps.map((st, i) => ({ op: st.op, at: times[i], input: st.input, by: st.by })),
  };
}

// ── Playing cases through the engine ──────────────────────────────────────────────────────────

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
export async function playCase<C extends CaseRecord, H extends CaseHistoryRecord>(tier: CaseTier<C, H>, a: PlayCaseArgs<C>): Promise<C> {
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
