/** One journey out of the two tiers' records of a case (pure, unit-tested). */
import type { PublicCaseView, PublicStep } from './types';

export interface TimelineEntry extends PublicStep {
  /** Which tier's record the entry comes from. */
  source: 'township' | 'county';
}

/**
 * Where a step sits in a case's life, used only to order steps recorded at the same instant
 * (the forwarder can move an intake to the county and back within one second).
 */
const PHASE: Readonly<Record<string, number>> = {
  网上申报: 0,
  收件: 0,
  委托受理: 0,
  已转报县级: 1,
  受理: 2,
  不予受理: 4,
  批准: 4,
  准予许可: 4,
  不予许可: 4,
  撤回申请: 5,
  送达: 5,
};
const MIDDLE = 3;
/** The township's step that starts a delegated intake (subgraphs/shared/cases/case-view.ts). */
export const INTAKE_LABEL = '委托受理';
const phaseOf = (label: string): number => PHASE[label] ?? MIDDLE;

const sameAct = (a: PublicStep, b: PublicStep) => a.label === b.label && a.unitName === b.unitName;
const sameRecord = (a: PublicStep, b: PublicStep) => sameAct(a, b) && a.status === b.status && a.at === b.at;

/**
 * Township steps that add something to the county's record of the same case. For a delegated
 * intake the township keeps a copy of every county update (same step, unit, status and time) and
 * records its own acts (补正提交, 送达) which the county records again when they arrive; each of
 * those is shown once, as the county has it. Each county step stands for at most one copy and
 * one own act, so a step repeated on purpose (a second resubmission) is not lost.
 */
function townshipOnly(township: PublicStep[], county: PublicStep[]): PublicStep[] {
  const mirrored = new Set<number>();
  const echoed = new Set<number>();
  return township.filter((s) => {
    const copy = county.findIndex((c, i) => !mirrored.has(i) && sameRecord(s, c));
    if (copy >= 0) return void mirrored.add(copy), false;
    const again = county.findIndex((c, i) => !echoed.has(i) && sameAct(s, c));
    if (again >= 0) return void echoed.add(again), false;
    return true;
  });
}

/**
 * The county records a delegated intake's reception and acceptance again, dated at the township's
 * acceptance and in the township's name ("桃花乡（委托受理）"); the township's own 委托受理 already
 * says so, and a second 收件/受理 by the same window would read as a second intake.
 */
function withoutIntakeCopy(county: PublicStep[], township: PublicCaseView | null): PublicStep[] {
  if (!township?.steps.some((s) => s.label === INTAKE_LABEL)) return county;
  const onBehalf = `${township.unitName}（委托受理）`;
  return county.filter((s) => s.unitName !== onBehalf);
}

/** Stable by time: steps of one tier recorded at the same instant keep their recorded order. */
function byTime(steps: TimelineEntry[]): TimelineEntry[] {
  return steps
    .map((e, i) => ({ e, i, t: Date.parse(e.at) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map(({ e }) => e);
}

/**
 * The case's journey, oldest first: the township's and the county's steps merged, duplicates
 * removed, in time order. When the two tiers recorded steps at the same instant, the phase of the
 * case decides (a township intake comes before the county's acceptance, its handover after the
 * county's decision); within one tier the recorded order stands.
 */
export function mergeTimeline(township: PublicCaseView | null, county: PublicCaseView | null): TimelineEntry[] {
  const t = township?.steps ?? [];
  const c = county?.steps ?? [];
  const a = byTime((c.length ? townshipOnly(t, c) : t).map((s) => ({ ...s, source: 'township' as const })));
  const b = byTime(withoutIntakeCopy(c, township).map((s) => ({ ...s, source: 'county' as const })));
  const out: TimelineEntry[] = [];
  while (a.length && b.length) {
    const d = Date.parse(a[0]!.at) - Date.parse(b[0]!.at) || phaseOf(a[0]!.label) - phaseOf(b[0]!.label);
    out.push((d <= 0 ? a : b).shift()!);
  }
  return [...out, ...a, ...b];
}

/** The step the case is at now: the latest one. */
export const currentStepIndex = (entries: readonly TimelineEntry[]): number => entries.length - 1;
