import type { WorkCalendar } from '../shared/domain/calendar';
import {
  allowedComplaintActions,
  complaintDaysOverdue,
  isComplaintOverdue,
  COMPLAINT_ACTION_LABELS_ZH,
  COMPLAINT_STATUS_LABELS_ZH,
  type ComplaintAction,
  type ComplaintActor,
  type ComplaintStatus,
} from '../shared/domain/complaint';
import { COMPLAINT_CHANNEL_LABELS_ZH, type ComplaintChannel } from '../shared/domain/complaint-channel';
import { freeTextFor, maskName, maskPhone } from '../shared/domain/masking';
import { toComplaintState } from './complaint-state';
import type { CountyComplaint, CountyComplaintEvent } from './entities';

/** How the GraphQL layer shows a complaint; `visible` is whether the caller may see who complained. */

const statusLabel = (s: string) => COMPLAINT_STATUS_LABELS_ZH[s as ComplaintStatus] ?? s;


function complainantView(c: CountyComplaint, visible: boolean) {
  if (visible) return { name: c.complainantName, phone: c.complainantPhone, masked: false };
  return { name: maskName(c.complainantName), phone: c.complainantPhone ? maskPhone(c.complainantPhone) : null, masked: true };
}

export function complaintFields(c: CountyComplaint, visible: boolean) {
  return {
    statusLabel: statusLabel(c.status),
    channelLabel: COMPLAINT_CHANNEL_LABELS_ZH[c.channel as ComplaintChannel] ?? c.channel,
    complainant: complainantView(c, visible),
    // Free text may quote a phone or ID number; masked for whoever may not see the complainant.
    text: freeTextFor(c.text, visible),
    filedAt: c.filedAt.toISOString(),
    dueAt: c.dueAt.toISOString(),
    extended: c.extensionDays !== null,
    extensionReason: freeTextFor(c.extensionReason, visible),
    unitFeedback: freeTextFor(c.unitFeedback, visible),
    resultNote: freeTextFor(c.resultNote, visible),
    dismissReason: freeTextFor(c.dismissReason, visible),
    closedAt: c.closedAt?.toISOString() ?? null,
  };
}

/** Deadline figures as of `now`; a year confirmed since filing no longer makes the due date uncertain. */
export function complaintDeadlineFields(c: CountyComplaint, now: Date, calendar: WorkCalendar) {
  const state = toComplaintState(c);
  return {
    overdue: isComplaintOverdue(state, now),
    daysOverdue: complaintDaysOverdue(state, now, calendar),
    calendarUncertain: state.uncertainYears.some((y) => !calendar.isYearCovered(y)),
  };
}

const ACTION_ENUM: { [A in ComplaintAction]: Uppercase<A> } = { start: 'START', reply: 'REPLY', extend: 'EXTEND', close: 'CLOSE', dismiss: 'DISMISS' };

export function allowedActionNames(c: CountyComplaint, actor: ComplaintActor | null): Uppercase<ComplaintAction>[] {
  return allowedComplaintActions(toComplaintState(c), actor).map((a) => ACTION_ENUM[a]);
}

export function complaintHistoryView(rows: CountyComplaintEvent[], visible: boolean) {
  return rows.map((e) => ({
    action: e.action,
    label: COMPLAINT_ACTION_LABELS_ZH[e.action as ComplaintAction | 'file'] ?? e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    actorName: e.actorName,
    actorRole: e.actorRole,
    note: freeTextFor(e.note, visible),
    days: e.days,
    at: e.at.toISOString(),
  }));
}

/** What the filer gets back: the number to quote, the status and the due date, nothing else. */
export function complaintReceipt(c: CountyComplaint) {
  return { id: c.id, number: c.number, queryCode: c.queryCode, status: c.status, statusLabel: statusLabel(c.status), filedAt: c.filedAt.toISOString(), dueDate: c.dueDate };
}

/**
 * What `trackComplaint` shows: where the complaint stands and nothing personal. Not the complainant,
 * the text, the unit's feedback or the supervisors' notes (written for the file, not for the public),
 * nor who acted.
 */
export function publicComplaintView(c: CountyComplaint) {
  return {
    number: c.number,
    status: c.status,
    statusLabel: statusLabel(c.status),
    unitName: c.unitName,
    filedOn: c.filedOn,
    dueDate: c.dueDate,
    extended: c.extensionDays !== null,
    closedOn: c.closedOn,
  };
}
