/**
 * The case state machine of SPEC §4.2, shared by county and township cases. Pure: it takes a
 * state and returns a new one plus the history row to append; persistence is the caller's job.
 */
import { WorkCalendar } from './calendar';
import { computeDue, extendForPause, ItemKind, mergeUncertainYears } from './deadline';
import { DomainError } from './errors';
import { requireInstant } from './guards';
import { checkTrackingNumber } from './tracking-number';
import { CalendarDate } from './time';

export type CaseStatus =
  | 'RECEIVED'
  | 'ACCEPTED'
  | 'NOT_ACCEPTED'
  | 'SUPPLEMENT_REQUESTED'
  | 'IN_PROGRESS'
  | 'SPECIAL_PROCEDURE'
  | 'APPROVED'
  | 'REJECTED'
  | 'DELIVERED'
  | 'WITHDRAWN';

export type CaseAction =
  | 'accept'
  | 'notAccept'
  | 'requestSupplement'
  | 'resubmit'
  | 'start'
  | 'recordStep'
  | 'enterSpecialProcedure'
  | 'resume'
  | 'approve'
  | 'reject'
  | 'deliver'
  | 'withdraw';

/** 承办 / 审核 / 批准: recorded while IN_PROGRESS without changing the status. */
export type HandlingStep = 'UNDERTAKE' | 'REVIEW' | 'DECIDE';

export type SpecialProcedureKind = 'EXTENSION' | 'OTHER';

/** GB/T 39046-2020 A.7: 1 延长审批, 2 其他. */
export const SPECIAL_PROCEDURE_CODES: Record<SpecialProcedureKind, number> = { EXTENSION: 1, OTHER: 2 };

export type DeliveryMethod = 'IN_PERSON' | 'EXPRESS';

export interface CaseState {
  status: CaseStatus;
  acceptedAt: Date | null;
  dueDate: CalendarDate | null;
  dueAt: Date | null;
  /** Set while the clock is stopped (supplement after acceptance, special procedure). */
  pausedAt: Date | null;
  /** Where resubmit/resume returns to. */
  resumeStatus: CaseStatus | null;
  /** Working days already added to the due date for past pauses. */
  pausedWorkingDays: number;
  uncertainYears: number[];
  completedAt: Date | null;
  resultDocumentNumber: string | null;
  refusalReason: string | null;
  /** The outstanding one-time notice; cleared on resubmit (the history keeps every list). */
  missingMaterials: string[];
  specialProcedureKind: SpecialProcedureKind | null;
  deliveryMethod: DeliveryMethod | null;
  trackingNumber: string | null;
  deliveredAt: Date | null;
  withdrawnAt: Date | null;
}

export const initialCaseState = (): CaseState => ({
  status: 'RECEIVED',
  acceptedAt: null,
  dueDate: null,
  dueAt: null,
  pausedAt: null,
  resumeStatus: null,
  pausedWorkingDays: 0,
  uncertainYears: [],
  completedAt: null,
  resultDocumentNumber: null,
  refusalReason: null,
  missingMaterials: [],
  specialProcedureKind: null,
  deliveryMethod: null,
  trackingNumber: null,
  deliveredAt: null,
  withdrawnAt: null,
});

export interface ActionInput {
  reason?: string;
  note?: string;
  missingMaterials?: string[];
  step?: HandlingStep;
  specialProcedureKind?: SpecialProcedureKind;
  resultDocumentNumber?: string;
  deliveryMethod?: DeliveryMethod;
  trackingNumber?: string;
}

export interface TransitionContext {
  now: Date;
  calendar: WorkCalendar;
  item: { kind: ItemKind; promisedDays: number };
}

export interface HistoryDraft {
  /** The action name, or the HandlingStep for recordStep. */
  step: string;
  fromStatus: CaseStatus;
  toStatus: CaseStatus;
  note: string | null;
}

const MAX_TEXT_LENGTH = 500;
const MAX_MISSING_MATERIALS = 50;

export const STATUS_LABELS_ZH: Record<CaseStatus, string> = {
  RECEIVED: '已接收',
  ACCEPTED: '已受理',
  NOT_ACCEPTED: '不予受理',
  SUPPLEMENT_REQUESTED: '待补正',
  IN_PROGRESS: '办理中',
  SPECIAL_PROCEDURE: '特别程序',
  APPROVED: '准予许可',
  REJECTED: '不予许可',
  DELIVERED: '已送达',
  WITHDRAWN: '已撤回',
};

export const ACTION_LABELS_ZH: Record<CaseAction, string> = {
  accept: '受理',
  notAccept: '不予受理',
  requestSupplement: '一次性告知补正',
  resubmit: '补正提交',
  start: '开始办理',
  recordStep: '记录办理环节',
  enterSpecialProcedure: '进入特别程序',
  resume: '恢复办理',
  approve: '准予许可',
  reject: '不予许可',
  deliver: '送达',
  withdraw: '撤回申请',
};

export const HANDLING_STEP_LABELS_ZH: Record<HandlingStep, string> = {
  UNDERTAKE: '承办',
  REVIEW: '审核',
  DECIDE: '批准',
};

const SPECIAL_PROCEDURE_LABELS_ZH: Record<SpecialProcedureKind, string> = {
  EXTENSION: '延长审批',
  OTHER: '其他',
};

/** Every action allowed from each status and where it leads; `resubmit` goes back to resumeStatus. */
const TRANSITIONS: Record<CaseStatus, Partial<Record<CaseAction, CaseStatus | 'RESUME_STATUS'>>> = {
  RECEIVED: { accept: 'ACCEPTED', notAccept: 'NOT_ACCEPTED', requestSupplement: 'SUPPLEMENT_REQUESTED', withdraw: 'WITHDRAWN' },
  ACCEPTED: {
    requestSupplement: 'SUPPLEMENT_REQUESTED',
    start: 'IN_PROGRESS',
    approve: 'APPROVED',
    reject: 'REJECTED',
    withdraw: 'WITHDRAWN',
  },
  IN_PROGRESS: {
    requestSupplement: 'SUPPLEMENT_REQUESTED',
    recordStep: 'IN_PROGRESS',
    enterSpecialProcedure: 'SPECIAL_PROCEDURE',
    approve: 'APPROVED',
    reject: 'REJECTED',
    withdraw: 'WITHDRAWN',
  },
  SUPPLEMENT_REQUESTED: { resubmit: 'RESUME_STATUS', withdraw: 'WITHDRAWN' },
  SPECIAL_PROCEDURE: { resume: 'IN_PROGRESS', withdraw: 'WITHDRAWN' },
  APPROVED: { deliver: 'DELIVERED' },
  REJECTED: { deliver: 'DELIVERED' },
  NOT_ACCEPTED: {},
  DELIVERED: {},
  WITHDRAWN: {},
};

const CASE_STATUSES = Object.keys(TRANSITIONS) as CaseStatus[];

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as string[]).includes(value);
}

/** Statuses whose clock is running or stopped but not finished: the ones that can become late. */
export const OPEN_STATUSES: readonly CaseStatus[] = Object.freeze(['ACCEPTED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'SPECIAL_PROCEDURE']);

/** 办结: decided. Delivery comes after completion, so a delivered case is completed too. */
export const COMPLETED_STATUSES: readonly CaseStatus[] = Object.freeze(['APPROVED', 'REJECTED', 'DELIVERED']);

export function isOpen(status: CaseStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export function isCompleted(status: CaseStatus): boolean {
  return COMPLETED_STATUSES.includes(status);
}

/** The part of a case's state that decides whether it is late. */
export interface CaseClock {
  status: CaseStatus;
  dueAt: Date | null;
  pausedAt: Date | null;
}

/**
 * 超期: open and past its due instant — the RED warning level. A stopped clock is judged at the
 * moment it stopped, so a case paused before its due instant never becomes late while paused.
 * The SQL form of this rule is `overdueSql` (cases/overdue-sql.ts); a test holds them together.
 */
export function isOverdue(clock: CaseClock, now: Date): boolean {
  if (!isOpen(clock.status) || !clock.dueAt) return false;
  return (clock.pausedAt ?? now).getTime() >= clock.dueAt.getTime();
}

/** 特事特办 speeds up work still to do: a case received or open, never one finished, withdrawn or refused. */
export function canExpedite(status: CaseStatus): boolean {
  return status === 'RECEIVED' || isOpen(status);
}

export function isTerminal(status: CaseStatus): boolean {
  return allowedActions(status).length === 0;
}

export function allowedActions(status: CaseStatus): CaseAction[] {
  return Object.keys(TRANSITIONS[status] ?? {}) as CaseAction[];
}

// ---- input checks -------------------------------------------------------------------------

function checkLength(field: string, text: string | undefined): void {
  if (text !== undefined && text !== null && typeof text !== 'string') {
    throw new DomainError('BAD_USER_INPUT', `${field} must be text`, { field });
  }
  if (typeof text === 'string' && text.trim().length > MAX_TEXT_LENGTH) {
    throw new DomainError('TEXT_TOO_LONG', `${field} is longer than ${MAX_TEXT_LENGTH} characters (超过${MAX_TEXT_LENGTH}字)`, {
      field,
      max: MAX_TEXT_LENGTH,
      length: text.trim().length,
    });
  }
}

/** Length limits apply to every text given, even one the action ignores, so nothing oversize slips into a note. */
function checkTextLimits(input: ActionInput): void {
  checkLength('reason', input.reason);
  checkLength('note', input.note);
  checkLength('resultDocumentNumber', input.resultDocumentNumber);
  checkLength('trackingNumber', input.trackingNumber);
  const list = input.missingMaterials;
  if (list === undefined || list === null) return;
  if (!Array.isArray(list)) throw new DomainError('BAD_USER_INPUT', 'missingMaterials must be a list of material names');
  if (list.length > MAX_MISSING_MATERIALS) {
    throw new DomainError('TEXT_TOO_LONG', `At most ${MAX_MISSING_MATERIALS} missing materials per notice (补正材料过多)`, {
      field: 'missingMaterials',
      max: MAX_MISSING_MATERIALS,
      length: list.length,
    });
  }
  list.forEach((m, i) => checkLength(`missingMaterials[${i}]`, m));
}

function trimmed(text: string | undefined): string | null {
  const t = typeof text === 'string' ? text.trim() : '';
  return t === '' ? null : t;
}

function requireReason(action: CaseAction, input: ActionInput): string {
  const reason = trimmed(input.reason);
  if (!reason) {
    const message =
      action === 'notAccept'
        ? 'A reason is required to refuse acceptance (不予受理须说明理由)'
        : 'A reason is required to reject the application (不予许可须说明理由)';
    throw new DomainError('REASON_REQUIRED', message, { action });
  }
  return reason;
}

/** One-time notice (一次性告知): the complete list, each name given once. */
function requireMaterials(input: ActionInput): string[] {
  const names = (input.missingMaterials ?? []).map((m) => (typeof m === 'string' ? m.trim() : ''));
  if (names.length === 0 || names.some((n) => n === '')) {
    throw new DomainError(
      'MATERIALS_REQUIRED',
      'List every missing material by name in one notice (一次性告知须列明全部补正材料)',
    );
  }
  return [...new Set(names)];
}

function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], message: string, field: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new DomainError('BAD_USER_INPUT', message, { field, allowed });
  }
  return value as T;
}

function joinNote(...parts: (string | null | undefined)[]): string | null {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p !== '');
  return kept.length === 0 ? null : kept.join('; ');
}

/** Restarts a stopped clock: the due date moves by the working days spent paused. */
function resumeClock(state: CaseState, ctx: TransitionContext): { patch: Partial<CaseState>; note: string | null } {
  if (!state.pausedAt || !state.dueDate) return { patch: { pausedAt: null }, note: null };
  const moved = extendForPause({
    dueDate: state.dueDate,
    pausedAt: state.pausedAt,
    resumedAt: ctx.now,
    calendar: ctx.calendar,
  });
  return {
    patch: {
      pausedAt: null,
      dueDate: moved.dueDate,
      dueAt: moved.dueAt,
      pausedWorkingDays: state.pausedWorkingDays + moved.pausedWorkingDays,
      uncertainYears: mergeUncertainYears(state.uncertainYears, moved.uncertainYears),
    },
    note: `clock stopped ${moved.pausedWorkingDays} working day(s), due ${moved.dueDate} (暂停${moved.pausedWorkingDays}个工作日)`,
  };
}

// ---- the transition -----------------------------------------------------------------------

/** For a clerk: the status and the step in words, and what is possible instead; never the enum names. */
function illegalTransitionMessage(from: CaseStatus, action: CaseAction): string {
  const status = STATUS_LABELS_ZH[from] ?? '当前状态';
  const step = ACTION_LABELS_ZH[action] ?? '该操作';
  const allowed = allowedActions(from).map((a) => ACTION_LABELS_ZH[a]);
  const instead = allowed.length ? `当前可以：${allowed.join('、')}` : '该办件已办结，不能再操作';
  return `${status}的办件不能${step}；${instead} (This step is not allowed in the case's current status)`;
}

export function applyAction(
  state: CaseState,
  action: CaseAction,
  input: ActionInput,
  ctx: TransitionContext,
): { state: CaseState; history: HistoryDraft } {
  const from = state.status;
  const target = TRANSITIONS[from]?.[action];
  if (target === undefined) {
    throw new DomainError('ILLEGAL_TRANSITION', illegalTransitionMessage(from, action), {
      action,
      status: from,
      allowed: allowedActions(from),
    });
  }
  requireInstant('Current time', ctx.now);
  const given = input ?? {};
  checkTextLimits(given);
  const now = ctx.now;
  const userNote = trimmed(given.note);
  // Copy the arrays too, so the returned state never shares anything mutable with the input.
  const next: CaseState = {
    ...state,
    missingMaterials: [...state.missingMaterials],
    uncertainYears: [...state.uncertainYears],
  };
  let step: string = action;
  let note = userNote;

  switch (action) {
    case 'accept': {
      const { kind, promisedDays } = ctx.item;
      const due = computeDue({ acceptedAt: now, kind, promisedDays, calendar: ctx.calendar });
      Object.assign(next, { acceptedAt: now, dueDate: due.dueDate, dueAt: due.dueAt, uncertainYears: due.uncertainYears });
      break;
    }
    case 'notAccept':
    case 'reject': {
      const reason = requireReason(action, given);
      next.refusalReason = reason;
      if (action === 'reject') next.completedAt = now;
      note = joinNote(reason, userNote);
      break;
    }
    case 'requestSupplement': {
      const materials = requireMaterials(given);
      next.missingMaterials = materials;
      next.resumeStatus = from;
      // Only a running clock stops; a case not yet accepted has none.
      if (from === 'ACCEPTED' || from === 'IN_PROGRESS') next.pausedAt = now;
      note = joinNote(`missing (补正材料): ${materials.join(', ')}`, userNote);
      break;
    }
    case 'resubmit': {
      const back = state.resumeStatus;
      if (back !== 'RECEIVED' && back !== 'ACCEPTED' && back !== 'IN_PROGRESS') {
        throw new DomainError('ILLEGAL_TRANSITION', '该办件未记录补正后应回到的环节，无法补正提交 (The case does not record where to return after the supplement)', {
          action,
          status: from,
          resumeStatus: back,
        });
      }
      const resumed = resumeClock(state, ctx);
      Object.assign(next, resumed.patch, { status: back, resumeStatus: null, missingMaterials: [] });
      note = joinNote(userNote, resumed.note);
      break;
    }
    case 'start':
      break;
    case 'recordStep': {
      step = requireOneOf<HandlingStep>(
        given.step,
        ['UNDERTAKE', 'REVIEW', 'DECIDE'],
        'Say which handling step this is: UNDERTAKE, REVIEW or DECIDE (承办/审核/批准)',
        'step',
      );
      break;
    }
    case 'enterSpecialProcedure': {
      const kind = requireOneOf<SpecialProcedureKind>(
        given.specialProcedureKind,
        ['EXTENSION', 'OTHER'],
        'Say which special procedure this is: EXTENSION or OTHER (特别程序种类)',
        'specialProcedureKind',
      );
      Object.assign(next, { specialProcedureKind: kind, pausedAt: now, resumeStatus: 'IN_PROGRESS' });
      note = joinNote(`${kind} (${SPECIAL_PROCEDURE_LABELS_ZH[kind]})`, userNote);
      break;
    }
    case 'resume': {
      const resumed = resumeClock(state, ctx);
      Object.assign(next, resumed.patch, { resumeStatus: null, specialProcedureKind: null });
      note = joinNote(userNote, resumed.note);
      break;
    }
    case 'approve': {
      const documentNumber = trimmed(given.resultDocumentNumber);
      if (!documentNumber) {
        throw new DomainError('BAD_USER_INPUT', 'Enter the result document number to approve (准予许可须填写决定文书号)', {
          field: 'resultDocumentNumber',
        });
      }
      Object.assign(next, { resultDocumentNumber: documentNumber, completedAt: now });
      note = joinNote(documentNumber, userNote);
      break;
    }
    case 'deliver': {
      const method = requireOneOf<DeliveryMethod>(
        given.deliveryMethod,
        ['IN_PERSON', 'EXPRESS'],
        'Say how the result was handed over: IN_PERSON or EXPRESS (送达方式)',
        'deliveryMethod',
      );
      const tracking = method === 'EXPRESS' ? checkTrackingNumber(given.trackingNumber) : null;
      Object.assign(next, { deliveryMethod: method, trackingNumber: method === 'EXPRESS' ? tracking : null, deliveredAt: now });
      note = joinNote(method === 'EXPRESS' ? `EXPRESS ${tracking}` : 'IN_PERSON', userNote);
      break;
    }
    case 'withdraw':
      next.withdrawnAt = now;
      break;
  }

  if (target !== 'RESUME_STATUS') next.status = target;
  return { state: next, history: { step, fromStatus: from, toStatus: next.status, note } };
}
