/** Plans of demo cases: the steps that bring a case to a chosen status at `now`, placed on working days. */
import type { CaseItemTerms } from '../cases/case-engine';
import type { ActionInput, CaseAction, CaseStatus, HandlingStep } from '../domain/lifecycle';
import type { Rng } from './random';
import type { WorkingWindow } from './working-hours';

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
