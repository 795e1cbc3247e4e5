/**
 * Complaints about a unit's work (效能投诉, SPEC §4.5): a handling deadline counted in working days
 * from the filing day, one extension with a reason, a small state machine, and days overdue.
 * Pure: it takes a state and returns the next one plus the history entry; storing is the caller's job.
 */
import { WorkCalendar } from './calendar';
import { mergeUncertainYears, type Due } from './deadline';
import { DomainError } from './errors';
import { requireInstant, requireInteger } from './guards';
import { CalendarDate, endOfShanghaiDay, shanghaiDate } from './time';

export type ComplaintStatus = 'RECEIVED' | 'HANDLING' | 'CLOSED' | 'DISMISSED';
export type ComplaintAction = 'start' | 'reply' | 'extend' | 'close' | 'dismiss';
export type ComplaintUnitType = 'DEPARTMENT' | 'TOWNSHIP';

/**
 * Who acts: supervision (效能办: supervisors and county administrators) runs the complaint; the
 * unit complained about only answers it.
 */
export type ComplaintActor = 'SUPERVISION' | 'UNIT';

export const MAX_COMPLAINT_TEXT = 2000;
const MAX_COMPLAINT_NOTE = 1000;
export const MAX_COMPLAINANT_NAME = 50;

export const COMPLAINT_STATUS_LABELS_ZH: Record<ComplaintStatus, string> = {
  RECEIVED: '已登记',
  HANDLING: '办理中',
  CLOSED: '已办结',
  DISMISSED: '不予受理',
};

export const COMPLAINT_ACTION_LABELS_ZH: Record<ComplaintAction | 'file', string> = {
  file: '登记投诉',
  start: '开始办理',
  reply: '单位反馈',
  extend: '延期办理',
  close: '办结',
  dismiss: '不予受理',
};

const ACTIONS_OF: Record<ComplaintActor, readonly ComplaintAction[]> = {
  SUPERVISION: ['start', 'extend', 'close', 'dismiss'],
  UNIT: ['reply'],
};

/** Where each action may start and where it leads; `extend` leaves the status as it is. */
const TRANSITIONS: Record<ComplaintStatus, Partial<Record<ComplaintAction, ComplaintStatus>>> = {
  RECEIVED: { start: 'HANDLING', reply: 'HANDLING', extend: 'RECEIVED', dismiss: 'DISMISSED' },
  HANDLING: { reply: 'HANDLING', extend: 'HANDLING', close: 'CLOSED', dismiss: 'DISMISSED' },
  CLOSED: {},
  DISMISSED: {},
};

/** What each action needs written down, and the message when it is missing. */
const REQUIRED_NOTE: Partial<Record<ComplaintAction, string>> = {
  reply: 'The unit’s feedback is required (须填写单位反馈意见)',
  extend: 'A reason is required to extend the deadline (延期须说明理由)',
  close: 'A result note is required to close the complaint (办结须填写处理结果)',
  dismiss: 'A reason is required to dismiss the complaint (不予受理须说明理由)',
};

export interface ComplaintState {
  status: ComplaintStatus;
  dueDate: CalendarDate;
  /** endOfShanghaiDay(dueDate): the complaint is late from this instant on. */
  dueAt: Date;
  /** Working days added by the one extension; null while not extended. */
  extensionDays: number | null;
  extensionReason: string | null;
  /** The unit's latest feedback (every reply stays in the history). */
  unitFeedback: string | null;
  resultNote: string | null;
  dismissReason: string | null;
  /** When it was closed or dismissed. */
  closedAt: Date | null;
  /** Years the due date depends on that the calendar does not cover. */
  uncertainYears: number[];
}

export interface ComplaintActionInput {
  note?: string | null;
  days?: number | null;
}

export interface ComplaintTransitionContext {
  now: Date;
  calendar: WorkCalendar;
  /** The county setting `complaintHandlingDays`; also the longest extension allowed. */
  handlingDays: number;
}

export interface ComplaintEventDraft {
  action: ComplaintAction;
  fromStatus: ComplaintStatus;
  toStatus: ComplaintStatus;
  note: string | null;
  days: number | null;
}

export function isComplaintStatus(value: unknown): value is ComplaintStatus {
  return typeof value === 'string' && value in TRANSITIONS;
}

function isComplaintOpen(status: ComplaintStatus): boolean {
  return status === 'RECEIVED' || status === 'HANDLING';
}

/** The filing day is day 0; the complaint is due at the end of the `handlingDays`-th working day after it. */
export function complaintDue(input: { filedAt: Date; handlingDays: number; calendar: WorkCalendar }): Due {
  const filedAt = requireInstant('Filing time', input.filedAt);
  const days = requireInteger('Complaint handling days', input.handlingDays, 1, 365);
  const { date, uncertainYears } = input.calendar.addWorkingDays(shanghaiDate(filedAt), days);
  return { dueDate: date, dueAt: endOfShanghaiDay(date), uncertainYears };
}

export function newComplaintState(due: Due): ComplaintState {
  return {
    status: 'RECEIVED',
    dueDate: due.dueDate,
    dueAt: due.dueAt,
    extensionDays: null,
    extensionReason: null,
    unitFeedback: null,
    resultNote: null,
    dismissReason: null,
    closedAt: null,
    uncertainYears: [...due.uncertainYears],
  };
}

export function mayTakeComplaintAction(actor: ComplaintActor, action: ComplaintAction): boolean {
  return ACTIONS_OF[actor].includes(action);
}

/** The actions this actor may take now (an extension only while none has been granted). */
export function allowedComplaintActions(state: ComplaintState, actor: ComplaintActor | null): ComplaintAction[] {
  if (!actor) return [];
  return ACTIONS_OF[actor].filter((a) => TRANSITIONS[state.status][a] !== undefined && !(a === 'extend' && state.extensionDays !== null));
}

function checkNote(note: unknown): string | null {
  if (note !== undefined && note !== null && typeof note !== 'string') throw new DomainError('BAD_USER_INPUT', 'note must be text', { field: 'note' });
  const t = typeof note === 'string' ? note.trim() : '';
  if (t.length > MAX_COMPLAINT_NOTE) {
    throw new DomainError('TEXT_TOO_LONG', `The note is longer than ${MAX_COMPLAINT_NOTE} characters (超过${MAX_COMPLAINT_NOTE}字)`, {
      field: 'note',
      max: MAX_COMPLAINT_NOTE,
      length: t.length,
    });
  }
  return t === '' ? null : t;
}

function extended(state: ComplaintState, days: unknown, ctx: ComplaintTransitionContext): Partial<ComplaintState> {
  if (state.extensionDays !== null) throw new DomainError('ALREADY_EXTENDED', 'The deadline of this complaint has already been extended once (投诉办理期限只能延长一次)');
  const n = requireInteger('Extension days', days, 1, ctx.handlingDays);
  const moved = ctx.calendar.addWorkingDays(state.dueDate, n);
  return {
    extensionDays: n,
    dueDate: moved.date,
    dueAt: endOfShanghaiDay(moved.date),
    uncertainYears: mergeUncertainYears(state.uncertainYears, moved.uncertainYears),
  };
}

export function applyComplaintAction(
  state: ComplaintState,
  action: ComplaintAction,
  input: ComplaintActionInput,
  ctx: ComplaintTransitionContext,
): { state: ComplaintState; event: ComplaintEventDraft } {
  const from = state.status;
  const to = TRANSITIONS[from]?.[action];
  if (to === undefined) {
    const zh = `${COMPLAINT_STATUS_LABELS_ZH[from] ?? from}的投诉不能${COMPLAINT_ACTION_LABELS_ZH[action] ?? action}`;
    throw new DomainError('ILLEGAL_TRANSITION', `Cannot ${action} a complaint that is ${from} (${zh})`, {
      action,
      status: from,
      allowed: Object.keys(TRANSITIONS[from] ?? {}),
    });
  }
  const now = requireInstant('Current time', ctx.now);
  const note = checkNote(input?.note);
  const missing = REQUIRED_NOTE[action];
  if (missing && !note) throw new DomainError('REASON_REQUIRED', missing, { action });

  let patch: Partial<ComplaintState> = {};
  if (action === 'extend') patch = { ...extended(state, input?.days, ctx), extensionReason: note };
  if (action === 'reply') patch = { unitFeedback: note };
  if (action === 'close') patch = { resultNote: note, closedAt: now };
  if (action === 'dismiss') patch = { dismissReason: note, closedAt: now };

  const next: ComplaintState = { ...state, ...patch, status: to, uncertainYears: [...(patch.uncertainYears ?? state.uncertainYears)] };
  return {
    state: next,
    event: { action, fromStatus: from, toStatus: to, note, days: action === 'extend' ? next.extensionDays : null },
  };
}

/** Open and past the due instant. */
export function isComplaintOverdue(state: Pick<ComplaintState, 'status' | 'dueAt'>, now: Date): boolean {
  return isComplaintOpen(state.status) && now.getTime() >= state.dueAt.getTime();
}

/**
 * Working days after the due date up to today for an open complaint, or up to its closing day for a
 * closed or dismissed one; 0 when it was not late. A complaint late only over a weekend is overdue
 * with 0 working days so far.
 */
export function complaintDaysOverdue(
  state: Pick<ComplaintState, 'status' | 'dueDate' | 'dueAt' | 'closedAt'>,
  now: Date,
  calendar: WorkCalendar,
): number {
  const asOf = isComplaintOpen(state.status) ? now : state.closedAt;
  if (!asOf || asOf.getTime() < state.dueAt.getTime()) return 0;
  return calendar.workingDaysBetween(state.dueDate, shanghaiDate(asOf)).count;
}

/** Closed (not dismissed) no later than the end of its due day. */
export function isClosedOnTime(state: Pick<ComplaintState, 'status' | 'dueAt' | 'closedAt'>): boolean {
  return state.status === 'CLOSED' && !!state.closedAt && state.closedAt.getTime() < state.dueAt.getTime();
}
