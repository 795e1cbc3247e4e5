import type { Principal } from '../auth/principal';
import { ONLINE_STEP } from '../domain/channel';
import type { WorkCalendar } from '../domain/calendar';
import {
  ACTION_LABELS_ZH,
  HANDLING_STEP_LABELS_ZH,
  STATUS_LABELS_ZH,
  allowedActions,
  type CaseAction,
  type CaseState,
  type CaseStatus,
  type HandlingStep,
} from '../domain/lifecycle';
import { freeTextFor, maskCreditCode, maskIdNumber, maskName, maskPhone } from '../domain/masking';
import { warningLevel, type WarningThresholds } from '../domain/warning';
import type { CaseHistoryRecord, CaseRecord } from './case-record';
import { toCaseState } from './case-state';
import type { CaseAction as CaseActionName } from '../graphql/generated/common-resolver-types';
import { shanghaiDate } from '../domain/time';

/** How the GraphQL layer shows the parts of a case that are the same on both tiers. */

/** The applicant columns a case and a delegated intake both carry. */
export type ApplicantColumns = Pick<CaseRecord, 'applicantName' | 'applicantIdType' | 'applicantIdNumber' | 'applicantPhone'>;

export function applicantView(c: ApplicantColumns, visible: boolean) {
  if (visible) {
    return { name: c.applicantName, idType: c.applicantIdType, idNumber: c.applicantIdNumber, phone: c.applicantPhone, masked: false };
  }
  return {
    name: maskName(c.applicantName),
    idType: c.applicantIdType,
    idNumber: c.applicantIdType === 'CREDIT_CODE' ? maskCreditCode(c.applicantIdNumber) : maskIdNumber(c.applicantIdNumber),
    phone: c.applicantPhone ? maskPhone(c.applicantPhone) : null,
    masked: true,
  };
}

export function deadlineView(c: CaseRecord, now: Date, calendar: WorkCalendar, thresholds: WarningThresholds) {
  return deadlineOfState(toCaseState(c), now, calendar, thresholds);
}

/** The deadline as the graph shows it, for any record that keeps a case's clock (a delegated intake too). */
export function deadlineOfState(state: CaseState, now: Date, calendar: WorkCalendar, thresholds: WarningThresholds) {
  const warning = warningLevel({ state, now, calendar, thresholds });
  const uncertainYears = stillUncertain(state.uncertainYears, calendar);
  return {
    acceptedAt: state.acceptedAt?.toISOString() ?? null,
    dueDate: state.dueDate,
    dueAt: state.dueAt?.toISOString() ?? null,
    paused: !!state.pausedAt,
    pausedWorkingDays: state.pausedWorkingDays,
    calendarUncertain: uncertainYears.length > 0,
    uncertainYears,
    warningLevel: warning?.level ?? null,
    workingDaysLeft: warning?.workingDaysLeft ?? null,
    // Counted up to the moment the clock stopped, as the warning level is.
    workingDaysOverdue: warning?.overdue && state.dueDate ? calendar.workingDaysBetween(state.dueDate, shanghaiDate(state.pausedAt ?? now)).count : null,
    overdue: warning?.overdue ?? false,
  };
}

const STEP_LABELS: Record<string, string> = {
  receive: '收件',
  [ONLINE_STEP]: '网上申报',
  intakeAccept: '委托受理',
  forwarded: '已转报县级',
  expedite: '标记特事特办',
  unexpedite: '取消特事特办',
  calendarChange: '期限随工作日历调整',
  ...ACTION_LABELS_ZH,
  ...HANDLING_STEP_LABELS_ZH,
};

export const stepLabel = (step: string): string => STEP_LABELS[step] ?? step;

/** The history as a caller may read it: notes as written for those who handle the case, masked for everyone else. */
export function historyView(rows: CaseHistoryRecord[], visible: boolean) {
  return rows.map((h) => ({
    step: h.step,
    label: stepLabel(h.step),
    fromStatus: h.fromStatus,
    toStatus: h.toStatus,
    actorName: h.actorName,
    actorRole: h.actorRole,
    unitName: h.unitName,
    at: h.at.toISOString(),
    note: freeTextFor(h.note, visible),
  }));
}

/** A year confirmed since acceptance no longer makes a deadline uncertain. */
const stillUncertain = (years: number[], calendar: WorkCalendar): number[] => years.filter((y) => !calendar.isYearCovered(y));
export const isCalendarUncertain = (years: number[], calendar: WorkCalendar): boolean => stillUncertain(years, calendar).length > 0;

/** Internal handling steps the public does not see; the decision itself (DECIDE) it does. */
const INTERNAL_STEPS = new Set<string>(['UNDERTAKE', 'REVIEW'] satisfies HandlingStep[]);

/** What the public tracking page may see: statuses, dates and units, never people. */
export function publicCaseView(c: CaseRecord, rows: CaseHistoryRecord[], itemName: string, unitName: string, calendar: WorkCalendar) {
  return {
    number: c.number,
    itemName,
    unitName,
    status: c.status,
    statusLabel: STATUS_LABELS_ZH[c.status as CaseStatus] ?? c.status,
    receivedAt: c.receivedAt.toISOString(),
    acceptedAt: c.acceptedAt?.toISOString() ?? null,
    dueDate: c.dueDate,
    calendarUncertain: isCalendarUncertain(toCaseState(c).uncertainYears, calendar),
    completedAt: c.completedAt?.toISOString() ?? null,
    steps: rows
      .filter((h) => !INTERNAL_STEPS.has(h.step))
      .map((h) => ({ label: stepLabel(h.step), status: h.toStatus, unitName: h.unitName, at: h.at.toISOString() })),
  };
}

/** GraphQL enum names of the actions the status allows. */
export function allowedActionNames(status: string): CaseActionName[] {
  return allowedActions(status as CaseStatus).map(actionEnumName);
}

const ACTION_ENUM: Record<CaseAction, CaseActionName> = {
  accept: 'ACCEPT',
  notAccept: 'NOT_ACCEPT',
  requestSupplement: 'REQUEST_SUPPLEMENT',
  resubmit: 'RESUBMIT',
  start: 'START',
  recordStep: 'RECORD_STEP',
  enterSpecialProcedure: 'ENTER_SPECIAL_PROCEDURE',
  resume: 'RESUME',
  approve: 'APPROVE',
  reject: 'REJECT',
  deliver: 'DELIVER',
  withdraw: 'WITHDRAW',
};
const ACTION_BY_ENUM = Object.fromEntries(Object.entries(ACTION_ENUM).map(([k, v]) => [v, k])) as Record<string, CaseAction>;

const actionEnumName = (a: CaseAction): CaseActionName => ACTION_ENUM[a];
export const actionFromEnum = (name: string): CaseAction | undefined => ACTION_BY_ENUM[name];

/** The fields every case type resolves the same way on both tiers. */
export function commonCaseFields(c: CaseRecord, who: Principal | null, canSeePersonal: boolean) {
  return {
    id: c.id,
    number: c.number,
    queryCode: canSeePersonal ? c.queryCode : '******',
    status: c.status,
    statusLabel: STATUS_LABELS_ZH[c.status as CaseStatus] ?? c.status,
    version: c.version,
    expedited: c.expedited,
    receivedAt: c.receivedAt.toISOString(),
    missingMaterials: c.missingMaterials,
    refusalReason: freeTextFor(c.refusalReason, canSeePersonal),
    resultDocumentNumber: c.resultDocumentNumber,
    specialProcedureKind: c.specialProcedureKind,
    completedAt: c.completedAt?.toISOString() ?? null,
    deliveryMethod: c.deliveryMethod,
    trackingNumber: canSeePersonal ? c.trackingNumber : c.trackingNumber ? '******' : null,
    deliveredAt: c.deliveredAt?.toISOString() ?? null,
    firstContactName: who ? c.firstContactName : '',
    applicant: applicantView(c, canSeePersonal),
    allowedActions: allowedActionNames(c.status),
  };
}
