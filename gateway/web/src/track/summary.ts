/** What the public sees of a case, in plain words (pure, unit-tested). */
import { INTAKE_LABEL, mergeTimeline, type TimelineEntry } from './timeline';
import type { CaseStatus, PublicCaseView, TrackedCase } from './types';

/** Finished for the applicant: a result or a decision exists (办结). */
const FINISHED: ReadonlySet<CaseStatus> = new Set(['APPROVED', 'REJECTED', 'DELIVERED', 'NOT_ACCEPTED', 'WITHDRAWN']);
/** Decided, waiting for the applicant to collect the result. */
const AWAITING_HANDOVER: ReadonlySet<CaseStatus> = new Set(['APPROVED', 'REJECTED']);

/**
 * Words a citizen should never read on this page: deadlines are a promise to keep, not a
 * traffic light. Used by the tests and as a last guard on what the page writes itself.
 */
export const STAFF_ONLY_WORDS: readonly string[] = ['超期', '逾期', '超时', '红灯', '黄灯', '绿灯', '预警', '警告', '督办', '延误'];

export type Tone = 'progress' | 'action' | 'done' | 'closed';

export interface CaseSummary {
  /** The number the applicant tracks (for a delegated intake, the township's). */
  number: string;
  itemName: string;
  status: CaseStatus;
  statusLabel: string;
  /** One or two sentences saying what the status means for the applicant. */
  explanation: string;
  tone: Tone;
  finished: boolean;
  /** 当前办理单位 while a unit still has something to do (incl. handing over the result), else 办理单位. */
  unitCaption: string;
  unitName: string;
  /** A delegated intake: the township window that took it in, and the county's own number. */
  intakeUnit: string | null;
  countyNumber: string | null;
  receivedAt: string;
  dueDate: string | null;
  completedAt: string | null;
  steps: TimelineEntry[];
}

/** Nothing more for any unit to do: the result was handed over, or there will be none. */
const OVER: ReadonlySet<CaseStatus> = new Set(['DELIVERED', 'NOT_ACCEPTED', 'WITHDRAWN']);

function toneOf(status: CaseStatus): Tone {
  if (status === 'SUPPLEMENT_REQUESTED') return 'action';
  if (status === 'APPROVED' || status === 'DELIVERED') return 'done';
  // A refusal is not shown in a success colour, nor in an alarming one.
  if (status === 'REJECTED') return 'closed';
  if (status === 'NOT_ACCEPTED' || status === 'WITHDRAWN') return 'closed';
  return 'progress';
}

/** What a status means, said to the applicant; `window` is where they go in person. */
export function explain(status: CaseStatus, o: { window: string; delegated: boolean; forwarded: boolean }): string {
  switch (status) {
    case 'RECEIVED':
      return '材料已收到，正在审查是否符合受理条件。';
    case 'ACCEPTED':
      return o.delegated && !o.forwarded ? `${o.window}已受理您的申请，正在转报县级部门办理。` : '申请已受理，正在按程序办理。';
    case 'SUPPLEMENT_REQUESTED':
      return `需要补充材料：请按一次性告知的材料清单补齐后，到${o.window}受理窗口提交。补正期间不计入承诺办理时限。`;
    case 'IN_PROGRESS':
      return '正在办理中，请耐心等待。';
    case 'SPECIAL_PROCEDURE':
      return '已依法进入特别程序，特别程序所需时间不计入承诺办理时限。';
    case 'APPROVED':
      return o.delegated ? `已办结，准予许可。办理结果已转回${o.window}，请到${o.window}便民服务中心领取。` : '已办结，准予许可。请按受理时约定的方式领取办理结果。';
    case 'REJECTED':
      return o.delegated
        ? `已办结，决定不予许可。不予许可决定书载明理由和救济途径，请到${o.window}便民服务中心领取。`
        : '已办结，决定不予许可。不予许可决定书载明理由和救济途径，请按约定方式领取。';
    case 'DELIVERED':
      return '办理结果已送达，本件办结。';
    case 'NOT_ACCEPTED':
      return '申请不予受理，具体原因见不予受理通知书；如有疑问，可向受理窗口咨询。';
    case 'WITHDRAWN':
      return '申请已撤回，本件终止办理。';
  }
}

/**
 * One case out of the two tiers' answers, or null when neither tier knows the number and code.
 * For a delegated intake the county's record is the authority once it exists; before that (the
 * intake is still on its way) the township's stands alone.
 */
export function summarize(t: TrackedCase): CaseSummary | null {
  const { township, county } = t;
  const main: PublicCaseView | null = county ?? township;
  if (!main) return null;
  const delegated = !!(township && county);
  // A township view without a county view may still be an intake the county has not received.
  const waitingForward = !!township && !county && township.steps.some((s) => s.label === INTAKE_LABEL);
  const window = township?.unitName ?? main.unitName;
  const status = main.status;
  const finished = FINISHED.has(status);
  // A decided delegated case goes back to the township window for the handover.
  const unitName = delegated && AWAITING_HANDOVER.has(status) ? township!.unitName : main.unitName;
  return {
    number: township?.number ?? main.number,
    itemName: main.itemName || township?.itemName || '',
    status,
    statusLabel: main.statusLabel,
    explanation: explain(status, { window, delegated: delegated || waitingForward, forwarded: delegated }),
    tone: toneOf(status),
    finished,
    // A decided case is still with a unit until the result is handed over.
    unitCaption: OVER.has(status) ? '办理单位' : '当前办理单位',
    unitName,
    intakeUnit: delegated || waitingForward ? window : null,
    countyNumber: delegated && county!.number !== township!.number ? county!.number : null,
    receivedAt: township?.receivedAt ?? main.receivedAt,
    dueDate: main.dueDate ?? township?.dueDate ?? null,
    completedAt: main.completedAt,
    steps: mergeTimeline(township, county),
  };
}

/** True when a text is fit for the public page (no warning vocabulary). */
export const isPublicWording = (text: string): boolean => !STAFF_ONLY_WORDS.some((w) => text.includes(w));
