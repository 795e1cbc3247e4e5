import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ApplicantView as ApplicantViewModel, CaseStepView as CaseStepViewModel, PublicCaseViewModel as PublicCaseViewModelModel, RectificationStepView as RectificationStepViewModel } from '../../graphql/resolver-models';
import type { AuditLogRow as AuditLogRowModel } from '../../audit/audit-entity';
import type { AuditFieldChange as AuditFieldChangeModel } from '../../domain/audit-diff';
import type { RectificationView as RectificationViewModel } from '../../reviews/review-view';
import type { ScopeStatisticsSource as ScopeStatisticsSourceModel } from '../../statistics/tier-statistics';
import type { RequestContext } from '../subgraph-service';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in Asia/Shanghai, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant in ISO-8601 UTC, e.g. 2026-09-30T02:15:00.000Z. */
  DateTime: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** The person or organisation applying. Personal data is masked for roles that do not handle the case. */
export type Applicant = {
  __typename?: 'Applicant';
  /** ID number or credit code (masked where not needed). */
  idNumber: Scalars['String']['output'];
  /** Kind of identifier. */
  idType: ApplicantIdType;
  /** Whether the fields above are masked for the caller. */
  masked: Scalars['Boolean']['output'];
  /** Name (masked as 张* where not needed). */
  name: Scalars['String']['output'];
  /** Mobile phone (masked where not needed). */
  phone?: Maybe<Scalars['String']['output']>;
};

/** The kind of identifier an applicant presents. */
export type ApplicantIdType =
  /** 统一社会信用代码 (GB 32100, 18 characters with check digit). */
  | 'CREDIT_CODE'
  /** 居民身份证号码 (GB 11643, 18 characters with check digit). */
  | 'RESIDENT_ID';

/** An applicant at intake. */
export type ApplicantInput = {
  /** ID number or credit code; the check digit is verified. */
  idNumber: Scalars['String']['input'];
  /** Kind of identifier. */
  idType: ApplicantIdType;
  /** Name of the person or organisation. */
  name: Scalars['String']['input'];
  /** Mainland mobile number, 11 digits. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of record an administrative change touched. */
export type AuditEntityType =
  /** A calendar override (its id is the date). */
  | 'CALENDAR_OVERRIDE'
  /** A confirmed calendar year (its id is the year). */
  | 'CALENDAR_YEAR'
  /** A complaint (效能投诉). */
  | 'COMPLAINT'
  /** A county item. */
  | 'COUNTY_ITEM'
  /** The county settings (id: county). */
  | 'COUNTY_SETTINGS'
  /** A county department. */
  | 'DEPARTMENT'
  /** An online application at a township window (网上申报), refused by its clerk (不予受理). */
  | 'ONLINE_APPLICATION'
  /** A rectification after a bad review (整改). */
  | 'RECTIFICATION'
  /** A supervision record (督办). */
  | 'SUPERVISION_RECORD'
  /** A township. */
  | 'TOWNSHIP'
  /** A township item. */
  | 'TOWNSHIP_ITEM'
  /** A village point. */
  | 'VILLAGE_POINT';

/** One administrative change, written in the same transaction as the change itself. Append-only: no mutation updates or deletes an entry. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** CREATE, UPDATE, DEACTIVATE, REACTIVATE, SET, REMOVE, CONFIRM, WITHDRAW, DECLINE (an online application not accepted), or a decision's action. */
  action: Scalars['String']['output'];
  /** The token's subject (user id) of whoever made it. */
  actorId: Scalars['String']['output'];
  /** Their name, as the token gives it. */
  actorName: Scalars['String']['output'];
  /** Their role. */
  actorRole: Scalars['String']['output'];
  /** Their department or township, when the role has one. */
  actorUnitId?: Maybe<Scalars['ID']['output']>;
  /** When the change was made. */
  at: Scalars['DateTime']['output'];
  /** The fields that changed, before → after. */
  changes: Array<AuditFieldChange>;
  /** Which record (its id; a date for calendar overrides, a year for confirmed years). */
  entityId: Scalars['String']['output'];
  /** What kind of record changed. */
  entityType: AuditEntityType;
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
};

/** One changed field of an audited change: its value before and after, each as JSON text (null: absent). */
export type AuditFieldChange = {
  __typename?: 'AuditFieldChange';
  /** JSON of the value after the change; null on a removal. */
  after?: Maybe<Scalars['String']['output']>;
  /** JSON of the value before the change; null on a creation. */
  before?: Maybe<Scalars['String']['output']>;
  /** Field name, as the graph's input names it (e.g. promisedDays). */
  field: Scalars['String']['output'];
};

/** Which audit entries to list (all given conditions hold). */
export type AuditLogFilter = {
  /** Only changes by this user (token subject). */
  actorId?: InputMaybe<Scalars['String']['input']>;
  /** Only changes by this role. */
  actorRole?: InputMaybe<Scalars['String']['input']>;
  /** Only changes to this record. */
  entityId?: InputMaybe<Scalars['String']['input']>;
  /** Only changes to this kind of record. */
  entityType?: InputMaybe<AuditEntityType>;
  /** First day of the period (Beijing date, inclusive). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Last day of the period (Beijing date, inclusive). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of the audit log, newest first. */
export type AuditLogPage = {
  __typename?: 'AuditLogPage';
  /** This page. */
  nodes: Array<AuditEntry>;
  /** Entries matching the filter, all pages. */
  total: Scalars['Int']['output'];
};

/** A clerk's action on a case; each one is a transition of SPEC §4.2. */
export type CaseAction =
  /** 受理: start the clock. */
  | 'ACCEPT'
  /** 准予许可 (result document number required). */
  | 'APPROVE'
  /** 送达: hand the result to the applicant. */
  | 'DELIVER'
  /** 进入特别程序 (clock paused). */
  | 'ENTER_SPECIAL_PROCEDURE'
  /** 不予受理: refuse at intake (reason required). */
  | 'NOT_ACCEPT'
  /** Record a handling step (承办, 审核, 批准) without changing the status. */
  | 'RECORD_STEP'
  /** 不予许可 (reason required). */
  | 'REJECT'
  /** 一次性告知补正: list every missing material at once. */
  | 'REQUEST_SUPPLEMENT'
  /** 补正材料已收: the applicant resubmitted; back to where the case was. */
  | 'RESUBMIT'
  /** 特别程序结束, handling resumes. */
  | 'RESUME'
  /** 开始办理. */
  | 'START'
  /** 撤回 at the applicant's request. */
  | 'WITHDRAW';

/** Input for one action on a case; which fields are needed depends on the action. */
export type CaseActionInput = {
  /** What to do. */
  action: CaseAction;
  /** DELIVER: how. */
  deliveryMethod?: InputMaybe<DeliveryMethod>;
  /** The case. */
  id: Scalars['ID']['input'];
  /** REQUEST_SUPPLEMENT: the complete list of missing materials. */
  missingMaterials?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Free note recorded in the history. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Reason (NOT_ACCEPT, REJECT; optional for WITHDRAW). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** APPROVE: the result document number (批文/证照编号). */
  resultDocumentNumber?: InputMaybe<Scalars['String']['input']>;
  /** ENTER_SPECIAL_PROCEDURE: the kind. */
  specialProcedureKind?: InputMaybe<SpecialProcedureKind>;
  /** RECORD_STEP: which handling step. */
  step?: InputMaybe<HandlingStep>;
  /** DELIVER by EXPRESS: the tracking number. */
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
  /** The version the clerk saw; a stale version is refused with VERSION_CONFLICT. */
  version: Scalars['Int']['input'];
};

/** How an application reached its window. */
export type CaseChannel =
  /** Applied for online through the public portal (网上申报); the window accepts it as a walk-in. */
  | 'ONLINE'
  /** Handed in at a window (a township's delegated intake included). */
  | 'WINDOW';

/** Where a case stands in its lifecycle (SPEC §4.2). */
export type CaseStatus =
  /** 已受理: accepted; the clock runs and the due date is fixed. */
  | 'ACCEPTED'
  /** 准予许可: approved, with a result document number. */
  | 'APPROVED'
  /** 已送达: the result reached the applicant (terminal). */
  | 'DELIVERED'
  /** 办理中: being handled (承办, 审核, 批准). */
  | 'IN_PROGRESS'
  /** 不予受理: refused at intake, with a reason (terminal). */
  | 'NOT_ACCEPTED'
  /** 已接收: materials taken in, the clock has not started. */
  | 'RECEIVED'
  /** 不予许可: rejected, with a reason. */
  | 'REJECTED'
  /** 特别程序: hearing, testing, expert review or extension; the clock is paused. */
  | 'SPECIAL_PROCEDURE'
  /** 待补正: a one-time notice listed the missing materials; the clock is paused if it was running. */
  | 'SUPPLEMENT_REQUESTED'
  /** 已撤回: withdrawn at the applicant's request (terminal). */
  | 'WITHDRAWN';

/** One entry of a case's append-only history. */
export type CaseStep = {
  __typename?: 'CaseStep';
  /** Who did it. */
  actorName: Scalars['String']['output'];
  /** The actor's role. */
  actorRole: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Status before the step. */
  fromStatus?: Maybe<CaseStatus>;
  /** The step in Chinese, for display. */
  label: Scalars['String']['output'];
  /** Reason, missing materials, result number or other note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The action or handling step, e.g. accept, requestSupplement, UNDERTAKE. */
  step: Scalars['String']['output'];
  /** Status after the step. */
  toStatus: CaseStatus;
  /** The unit (department or township) the actor acted for. */
  unitName: Scalars['String']['output'];
};

/** What happened on one day (Beijing time) in one scope; not limited to the cohort. */
export type DailyFigures = {
  __typename?: 'DailyFigures';
  /** Cases accepted that day. */
  accepted: Scalars['Int']['output'];
  /** Cases approved or rejected that day. */
  completed: Scalars['Int']['output'];
  /** The day. */
  date: Scalars['Date']['output'];
  /** Cases due that day that were not completed by its end (completed later, still open and overdue, or withdrawn after the deadline); 0 for days still to come. */
  overdue: Scalars['Int']['output'];
};

/** Deadline and clock of a case, in working days (SPEC §4.3). */
export type Deadline = {
  __typename?: 'Deadline';
  /** When the clock started (acceptance); null before acceptance. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** True when the due date depends on days of a year the holiday calendar does not cover yet (an administrator must enter that year). */
  calendarUncertain: Scalars['Boolean']['output'];
  /** The instant the case becomes overdue. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The due date (end of that day, Beijing time); null before acceptance. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** Whether the case is open and past its due instant. */
  overdue: Scalars['Boolean']['output'];
  /** Whether the clock is paused (supplement or special procedure). */
  paused: Scalars['Boolean']['output'];
  /** Working days added to the deadline by past pauses. */
  pausedWorkingDays: Scalars['Int']['output'];
  /** The years whose calendar is missing for this deadline. */
  uncertainYears: Array<Scalars['Int']['output']>;
  /** Warning level; null when the case is not open (not yet accepted, or finished). */
  warningLevel?: Maybe<WarningLevel>;
  /** Working days left until the due date; null when the case is not open. */
  workingDaysLeft?: Maybe<Scalars['Int']['output']>;
  /** Working days past the due date while the case is overdue (0 until a working day has gone by); null when it is not overdue. */
  workingDaysOverdue?: Maybe<Scalars['Int']['output']>;
};

/** How a result reaches the applicant. */
export type DeliveryMethod =
  /** 邮寄送达 (tracking number required). */
  | 'EXPRESS'
  /** 当场/窗口领取. */
  | 'IN_PERSON';

/** A fee, paid through the bank (no cash at windows). */
export type Fee = {
  __typename?: 'Fee';
  /** Amount in fen (1 yuan = 100 fen). */
  amountFen: Scalars['Int']['output'];
  /** The legal basis for charging it. */
  basis: Scalars['String']['output'];
};

/** A fee, paid through the bank. */
export type FeeInput = {
  /** Amount in fen, a whole number. */
  amountFen: Scalars['Int']['input'];
  /** The legal basis for charging it. */
  basis: Scalars['String']['input'];
};

/** Figures of one scope over a cohort: the cases accepted in the period (不予受理 cases are never accepted, so never counted). Counts are exact; a rate is null when its denominator is 0. */
export type Figures = {
  __typename?: 'Figures';
  /** Cases accepted in the period (受理量). */
  accepted: Scalars['Int']['output'];
  /** Cohort cases now approved, rejected or delivered (办结量), whenever that happened. */
  completed: Scalars['Int']['output'];
  /** Completed on or before the due date (completion is the approval or rejection, not the delivery). */
  completedOnTime: Scalars['Int']['output'];
  /** completed / accepted (办结率). */
  completionRate?: Maybe<Rate>;
  /** promisedCompletedEarly / promisedCompleted (提前办结率). */
  earlyRate?: Maybe<Rate>;
  /** Cohort cases flagged 特事特办. */
  expedited: Scalars['Int']['output'];
  /** Of those, immediate items (即办件), by the item's kind at acceptance. */
  immediate: Scalars['Int']['output'];
  /** immediate / accepted. */
  immediateShare?: Maybe<Rate>;
  /** completedOnTime / completed (按时办结率). */
  onTimeRate?: Maybe<Rate>;
  /** Cohort cases applied for online (网上申报) and accepted at their window. */
  online: Scalars['Int']['output'];
  /** online / accepted (网上申报占比). */
  onlineShare?: Maybe<Rate>;
  /** Cohort cases open and past their due instant now (a paused clock is judged at the moment it stopped). */
  overdueNow: Scalars['Int']['output'];
  /** accepted − completed − withdrawn: cases still being handled. */
  pending: Scalars['Int']['output'];
  /** pending / accepted (待办占比). */
  pendingShare?: Maybe<Rate>;
  /** Of those, promised items (承诺件), by the item's kind at acceptance. */
  promised: Scalars['Int']['output'];
  /** Promised cases of the cohort now completed. */
  promisedCompleted: Scalars['Int']['output'];
  /** Promised cases completed on a date before their due date; completing on the due date itself is on time but not early. */
  promisedCompletedEarly: Scalars['Int']['output'];
  /** promisedCompleted / promised (承诺件办结率). */
  promisedCompletionRate?: Maybe<Rate>;
  /** promised / accepted. */
  promisedShare?: Maybe<Rate>;
  /** Reviews (好差评) of cohort cases. */
  reviews: Scalars['Int']['output'];
  /** satisfiedReviews / reviews (满意率). */
  satisfactionRate?: Maybe<Rate>;
  /** Of those, level 1 非常满意 or 2 满意. */
  satisfiedReviews: Scalars['Int']['output'];
  /** Cohort cases withdrawn by the applicant. */
  withdrawn: Scalars['Int']['output'];
};

/** Handling steps recorded while a case is in progress. */
export type HandlingStep =
  /** 批准: decision by the authorised officer. */
  | 'DECIDE'
  /** 审核: review. */
  | 'REVIEW'
  /** 承办: the handling clerk's examination. */
  | 'UNDERTAKE';

/** Kind of an administrative item (GB/T 39046-2020 A.6). */
export type ItemKind =
  /** 即办件 (code 1): finished at the end of the acceptance working day. */
  | 'IMMEDIATE'
  /** 承诺件 (code 2): finished within the promised number of working days. */
  | 'PROMISED';

/** One material an item requires. */
export type Material = {
  __typename?: 'Material';
  /** Number of copies to hand in. */
  copies: Scalars['Int']['output'];
  /** Whether the application cannot proceed without it. */
  mandatory: Scalars['Boolean']['output'];
  /** Material name, e.g. 申请人身份证明. */
  name: Scalars['String']['output'];
  /** Number of originals to show. */
  originals: Scalars['Int']['output'];
};

/** A material an item requires. */
export type MaterialInput = {
  /** Number of copies to hand in (0–20). */
  copies: Scalars['Int']['input'];
  /** Whether the application cannot proceed without it. */
  mandatory: Scalars['Boolean']['input'];
  /** Material name. */
  name: Scalars['String']['input'];
  /** Number of originals to show (0–20). */
  originals: Scalars['Int']['input'];
};

/** An online application (网上申报) from the public portal: it becomes a RECEIVED case in the responsible window's queue. */
export type OnlineApplicationInput = {
  /** The applicant; the mobile number is required (the window calls back). */
  applicant: ApplicantInput;
  /** The item applied for. */
  itemId: Scalars['ID']['input'];
  /** A short note for the window. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Names of the item's materials the applicant will bring or has ready. */
  plannedMaterials: Array<Scalars['String']['input']>;
  /** Client-chosen idempotency key of the form (16–64 letters, digits, _ or -; a UUID): repeating it with the same input returns the first receipt; with other input it is IDEMPOTENCY_KEY_REUSED. */
  requestId: Scalars['String']['input'];
};

/** What an online applicant gets at once: the number and the query code to follow the case on /track. */
export type OnlineApplicationReceipt = {
  __typename?: 'OnlineApplicationReceipt';
  /** The item applied for. */
  itemName: Scalars['String']['output'];
  /** The case number. */
  number: Scalars['String']['output'];
  /** The query code (shown once: keep it with the number). */
  queryCode: Scalars['String']['output'];
  /** When it was received. */
  receivedAt: Scalars['DateTime']['output'];
  /** The window that will handle it. */
  unitName: Scalars['String']['output'];
};

/** What waits in one tier's outbox towards the other tier. */
export type OutboxStatus = {
  __typename?: 'OutboxStatus';
  /** Messages the receiver refused for good; each holds back the later messages of its subject until retried. */
  parked: Scalars['Int']['output'];
  /** The parked messages, oldest first. */
  parkedMessages: Array<ParkedMessage>;
  /** Messages not yet acknowledged (waiting, retrying or parked). */
  pending: Scalars['Int']['output'];
};

/** A message the other tier refused (not a passing outage): it waits for a fix and a retry. */
export type ParkedMessage = {
  __typename?: 'ParkedMessage';
  /** Delivery attempts so far. */
  attempts: Scalars['Int']['output'];
  /** The receiver's refusal. */
  error?: Maybe<Scalars['String']['output']>;
  /** What kind of message it is. */
  kind: Scalars['String']['output'];
  /** The message's unique key. */
  messageKey: Scalars['String']['output'];
  /** When it is tried again by itself (every hour; at once after a restart or a retry). */
  nextAttemptAt: Scalars['DateTime']['output'];
  /** When it was parked. */
  parkedAt: Scalars['DateTime']['output'];
  /** The intake or case it is about. */
  subjectId: Scalars['ID']['output'];
};

/** A case as the public tracking page shows it. */
export type PublicCaseView = {
  __typename?: 'PublicCaseView';
  /** When the clock started. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** True while that date depends on a year the holiday calendar does not cover yet (it may still move). */
  calendarUncertain: Scalars['Boolean']['output'];
  /** When the case was approved or rejected. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The promised completion date. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** The item applied for. */
  itemName: Scalars['String']['output'];
  /** The case number. */
  number: Scalars['String']['output'];
  /** When the materials were taken in. */
  receivedAt: Scalars['DateTime']['output'];
  /** Current status. */
  status: CaseStatus;
  /** Current status in Chinese. */
  statusLabel: Scalars['String']['output'];
  /** The steps so far, oldest first. */
  steps: Array<PublicStep>;
  /** The unit handling it. */
  unitName: Scalars['String']['output'];
};

/** A step of a case as the public may see it (no personal data, no clerk names). */
export type PublicStep = {
  __typename?: 'PublicStep';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** What happened, in Chinese. */
  label: Scalars['String']['output'];
  /** Status after the step. */
  status: CaseStatus;
  /** The unit that did it. */
  unitName: Scalars['String']['output'];
};

/** An exact rate (SPEC §4.6): a fraction of two counts; fields of this type are null when the denominator is 0. */
export type Rate = {
  __typename?: 'Rate';
  /** What they are counted out of (never 0). */
  denominator: Scalars['Int']['output'];
  /** The counted cases. */
  numerator: Scalars['Int']['output'];
  /** The fraction as a percent rounded half-up to one decimal, e.g. 95.4%. */
  percent: Scalars['String']['output'];
  /** The exact fraction, between 0 and 1. */
  value: Scalars['Float']['output'];
};

/** The rectification (整改) a review of level 4 or 5 opened. */
export type Rectification = {
  __typename?: 'Rectification';
  /** The steps its current status allows. */
  allowedActions: Array<RectificationAction>;
  /** When a supervisor decided it invalid or impossible to rectify. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The supervisor's reason. */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** The instant it becomes overdue (00:00 Beijing time after the due date). */
  dueAt: Scalars['DateTime']['output'];
  /** Due at the end of this working day (Beijing time); the review day is day 0. */
  dueDate: Scalars['Date']['output'];
  /** The follow-up call note. */
  followUpNote?: Maybe<Scalars['String']['output']>;
  /** When the follow-up call (回访) was recorded. */
  followedUpAt?: Maybe<Scalars['DateTime']['output']>;
  /** Not rectified or decided by the due instant (judged now while open). */
  overdue: Scalars['Boolean']['output'];
  /** What the unit did. */
  rectificationNote?: Maybe<Scalars['String']['output']>;
  /** When the unit finished. */
  rectifiedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The unit's note when starting. */
  startNote?: Maybe<Scalars['String']['output']>;
  /** When the responsible unit started. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: RectificationStatus;
  /** The status in Chinese. */
  statusLabel: Scalars['String']['output'];
  /** Every step, oldest first (append-only). */
  steps: Array<RectificationStepRecord>;
  /** Years the due date depends on that the working-day calendar does not cover yet. */
  uncertainYears: Array<Scalars['Int']['output']>;
  /** Working days after the due date up to today, or to the day it was rectified or decided. */
  workingDaysOverdue: Scalars['Int']['output'];
};

/** A step on a rectification. */
export type RectificationAction =
  /** 认定无法整改 (supervisor): PENDING or RECTIFYING → CANNOT_RECTIFY, with a reason. */
  | 'CANNOT_RECTIFY'
  /** 整改完成 (responsible unit's clerk): RECTIFYING → RECTIFIED, with a note of what was done. */
  | 'COMPLETE'
  /** 回访 (supervisor): the follow-up call note on a RECTIFIED one, recorded once. */
  | 'FOLLOW_UP'
  /** 认定无效差评 (supervisor): PENDING or RECTIFYING → INVALID, with a reason. */
  | 'INVALIDATE'
  /** 开始整改 (responsible unit's clerk): PENDING → RECTIFYING, with an optional note. */
  | 'START';

/** A clerk's or supervisor's step on a rectification. */
export type RectificationActionInput = {
  /** What to do. */
  action: RectificationAction;
  /** Note: what is being done, what was done, the reason of a decision, or the follow-up call. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The review whose rectification it is. */
  reviewId: Scalars['ID']['input'];
  /** The review's version as the caller saw it (optimistic lock). */
  version: Scalars['Int']['input'];
};

/** Where the rectification (整改) a review opened stands. */
export type RectificationStatus =
  /** 无法整改: a supervisor found it cannot be rectified (reason recorded). */
  | 'CANNOT_RECTIFY'
  /** 无效差评: a supervisor found the review unfounded (reason recorded). */
  | 'INVALID'
  /** 无需整改: a review of level 1–3 opens no rectification. */
  | 'NONE'
  /** 待整改: opened by a review of level 4 or 5, waiting for the responsible unit. */
  | 'PENDING'
  /** 已整改: the responsible unit recorded what it did. */
  | 'RECTIFIED'
  /** 整改中: the responsible unit is working on it. */
  | 'RECTIFYING';

/** A recorded step of a rectification, including its opening. */
export type RectificationStepKind =
  /** 认定无法整改. */
  | 'CANNOT_RECTIFY'
  /** 整改完成. */
  | 'COMPLETE'
  /** 回访. */
  | 'FOLLOW_UP'
  /** 认定无效差评. */
  | 'INVALIDATE'
  /** The bad review opened the rectification. */
  | 'OPEN'
  /** 开始整改. */
  | 'START';

/** One recorded step of a rectification. */
export type RectificationStepRecord = {
  __typename?: 'RectificationStepRecord';
  /** Who took the step (申请人 for the opening). */
  actorName: Scalars['String']['output'];
  /** Their role. */
  actorRole: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Status before (null for the opening). */
  fromStatus?: Maybe<RectificationStatus>;
  /** What happened. */
  kind: RectificationStepKind;
  /** Note or reason. */
  note?: Maybe<Scalars['String']['output']>;
  /** Status after. */
  toStatus: RectificationStatus;
};

/** Kind of refusal. */
export type RefusalKind =
  /** 不予受理: refused at intake. */
  | 'NOT_ACCEPTED'
  /** 不予许可: rejected after handling. */
  | 'REJECTED';

/** An applicant's review of a finished case (public, no token). */
export type ReviewInput = {
  /** What the applicant wants to say (at most 500 characters); required for levels 4 and 5. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** GB/T 39046 A.8 level: 1 非常满意, 2 满意, 3 基本满意, 4 不满意, 5 非常不满意. */
  level: Scalars['Int']['input'];
  /** The case number on the applicant's slip (for a delegated intake, the township intake's number). */
  number: Scalars['String']['input'];
  /** The query code on the same slip. */
  queryCode: Scalars['String']['input'];
  /** Client-chosen idempotency key: repeating it with the same input returns the first receipt; with other input it is IDEMPOTENCY_KEY_REUSED. */
  requestId: Scalars['String']['input'];
};

/** What the applicant gets back for a review: nothing about the case beyond the review itself. */
export type ReviewReceipt = {
  __typename?: 'ReviewReceipt';
  /** The level given, 1 非常满意 … 5 非常不满意. */
  level: Scalars['Int']['output'];
  /** The level in Chinese. */
  levelLabel: Scalars['String']['output'];
  /** The date by which the responsible unit must rectify, when one was opened. */
  rectificationDueDate?: Maybe<Scalars['Date']['output']>;
  /** Whether the review opened a rectification (levels 4 and 5). */
  rectificationOpened: Scalars['Boolean']['output'];
  /** When the review was recorded. */
  reviewedAt: Scalars['DateTime']['output'];
};

/** Statistics of one scope (the network, a tier, a department, a township, an item) for a period. */
export type ScopeStatistics = {
  __typename?: 'ScopeStatistics';
  /** One entry per day of the period, oldest first, days without cases included. */
  daily: Array<DailyFigures>;
  /** Figures of the cases accepted in the period. */
  figures: Figures;
  /** Current warning counts of the scope's open cases. */
  warnings: WarningCounts;
};

/** Special procedure kinds (GB/T 39046-2020 A.7). */
export type SpecialProcedureKind =
  /** 延长审批 (code 1). */
  | 'EXTENSION'
  /** 其他 (code 2): hearing, testing, expert review and the like. */
  | 'OTHER';

/** Open accepted cases of a scope by warning level now (SPEC §4.5), whatever the period. */
export type WarningCounts = {
  __typename?: 'WarningCounts';
  /** Comfortably within the deadline. */
  green: Scalars['Int']['output'];
  /** Overdue. */
  red: Scalars['Int']['output'];
  /** Close to the deadline. */
  yellow: Scalars['Int']['output'];
};

/** Warning level of an open case (SPEC §4.5). */
export type WarningLevel =
  /** Comfortably within the deadline. */
  | 'GREEN'
  /** Overdue. */
  | 'RED'
  /** At most the configured working days left, or the configured share of the time used. */
  | 'YELLOW';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Applicant: ResolverTypeWrapper<ApplicantViewModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ApplicantIdType: ApplicantIdType;
  ApplicantInput: ApplicantInput;
  AuditEntityType: AuditEntityType;
  AuditEntry: ResolverTypeWrapper<AuditLogRowModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditFieldChange: ResolverTypeWrapper<AuditFieldChangeModel>;
  AuditLogFilter: AuditLogFilter;
  AuditLogPage: ResolverTypeWrapper<Omit<AuditLogPage, 'nodes'> & { nodes: Array<ResolversTypes['AuditEntry']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CaseAction: CaseAction;
  CaseActionInput: CaseActionInput;
  CaseChannel: CaseChannel;
  CaseStatus: CaseStatus;
  CaseStep: ResolverTypeWrapper<CaseStepViewModel>;
  DailyFigures: ResolverTypeWrapper<DailyFigures>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deadline: ResolverTypeWrapper<Deadline>;
  DeliveryMethod: DeliveryMethod;
  Fee: ResolverTypeWrapper<Fee>;
  FeeInput: FeeInput;
  Figures: ResolverTypeWrapper<Figures>;
  HandlingStep: HandlingStep;
  ItemKind: ItemKind;
  Material: ResolverTypeWrapper<Material>;
  MaterialInput: MaterialInput;
  OnlineApplicationInput: OnlineApplicationInput;
  OnlineApplicationReceipt: ResolverTypeWrapper<OnlineApplicationReceipt>;
  OutboxStatus: ResolverTypeWrapper<OutboxStatus>;
  ParkedMessage: ResolverTypeWrapper<ParkedMessage>;
  PublicCaseView: ResolverTypeWrapper<PublicCaseViewModelModel>;
  PublicStep: ResolverTypeWrapper<PublicStep>;
  Rate: ResolverTypeWrapper<Rate>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Rectification: ResolverTypeWrapper<RectificationViewModel>;
  RectificationAction: RectificationAction;
  RectificationActionInput: RectificationActionInput;
  RectificationStatus: RectificationStatus;
  RectificationStepKind: RectificationStepKind;
  RectificationStepRecord: ResolverTypeWrapper<RectificationStepViewModel>;
  RefusalKind: RefusalKind;
  ReviewInput: ReviewInput;
  ReviewReceipt: ResolverTypeWrapper<ReviewReceipt>;
  ScopeStatistics: ResolverTypeWrapper<ScopeStatisticsSourceModel>;
  SpecialProcedureKind: SpecialProcedureKind;
  WarningCounts: ResolverTypeWrapper<WarningCounts>;
  WarningLevel: WarningLevel;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Applicant: ApplicantViewModel;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  ApplicantInput: ApplicantInput;
  AuditEntry: AuditLogRowModel;
  ID: Scalars['ID']['output'];
  AuditFieldChange: AuditFieldChangeModel;
  AuditLogFilter: AuditLogFilter;
  AuditLogPage: Omit<AuditLogPage, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditEntry']> };
  Int: Scalars['Int']['output'];
  CaseActionInput: CaseActionInput;
  CaseStep: CaseStepViewModel;
  DailyFigures: DailyFigures;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deadline: Deadline;
  Fee: Fee;
  FeeInput: FeeInput;
  Figures: Figures;
  Material: Material;
  MaterialInput: MaterialInput;
  OnlineApplicationInput: OnlineApplicationInput;
  OnlineApplicationReceipt: OnlineApplicationReceipt;
  OutboxStatus: OutboxStatus;
  ParkedMessage: ParkedMessage;
  PublicCaseView: PublicCaseViewModelModel;
  PublicStep: PublicStep;
  Rate: Rate;
  Float: Scalars['Float']['output'];
  Rectification: RectificationViewModel;
  RectificationActionInput: RectificationActionInput;
  RectificationStepRecord: RectificationStepViewModel;
  ReviewInput: ReviewInput;
  ReviewReceipt: ReviewReceipt;
  ScopeStatistics: ScopeStatisticsSourceModel;
  WarningCounts: WarningCounts;
};

export type ApplicantResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Applicant'] = ResolversParentTypes['Applicant']> = {
  idNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  idType?: Resolver<ResolversTypes['ApplicantIdType'], ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorUnitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditFieldChange']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['AuditEntityType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AuditFieldChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditFieldChange'] = ResolversParentTypes['AuditFieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditLogPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditLogPage'] = ResolversParentTypes['AuditLogPage']> = {
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CaseStep'] = ResolversParentTypes['CaseStep']> = {
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['CaseStatus']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DailyFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DailyFigures'] = ResolversParentTypes['DailyFigures']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeadlineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Deadline'] = ResolversParentTypes['Deadline']> = {
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  calendarUncertain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  paused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pausedWorkingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uncertainYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  warningLevel?: Resolver<Maybe<ResolversTypes['WarningLevel']>, ParentType, ContextType>;
  workingDaysLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  workingDaysOverdue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type FeeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Fee'] = ResolversParentTypes['Fee']> = {
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Figures'] = ResolversParentTypes['Figures']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completedOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completionRate?: Resolver<Maybe<ResolversTypes['Rate']>, ParentType, ContextType>;
  earlyRate?: Resolver<Maybe<ResolversTypes['Rate']>, ParentType, ContextType>;
  expedited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  immediate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  immediateShare?: Resolver<Maybe<ResolversTypes['Rate']>, ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Rate']>, ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onlineShare?: Resolver<Maybe<ResolversTypes['Rate']>, ParentType, ContextType>;
  overdueNow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pendingShare?: Resolver<Maybe<ResolversTypes['Rate']>, ParentType, ContextType>;
  promised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promisedCompleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promisedCompletedEarly?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promisedCompletionRate?: Resolver<Maybe<ResolversTypes['Rate']>, ParentType, ContextType>;
  promisedShare?: Resolver<Maybe<ResolversTypes['Rate']>, ParentType, ContextType>;
  reviews?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfactionRate?: Resolver<Maybe<ResolversTypes['Rate']>, ParentType, ContextType>;
  satisfiedReviews?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MaterialResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Material'] = ResolversParentTypes['Material']> = {
  copies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mandatory?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  originals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OnlineApplicationReceiptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OnlineApplicationReceipt'] = ResolversParentTypes['OnlineApplicationReceipt']> = {
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  queryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OutboxStatusResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutboxStatus'] = ResolversParentTypes['OutboxStatus']> = {
  parked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parkedMessages?: Resolver<Array<ResolversTypes['ParkedMessage']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ParkedMessageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ParkedMessage'] = ResolversParentTypes['ParkedMessage']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  parkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PublicCaseViewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PublicCaseView'] = ResolversParentTypes['PublicCaseView']> = {
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  calendarUncertain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PublicStep']>, ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PublicStep'] = ResolversParentTypes['PublicStep']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Rate'] = ResolversParentTypes['Rate']> = {
  denominator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  numerator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RectificationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Rectification'] = ResolversParentTypes['Rectification']> = {
  allowedActions?: Resolver<Array<ResolversTypes['RectificationAction']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  followUpNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  followedUpAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rectificationNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rectifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RectificationStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['RectificationStepRecord']>, ParentType, ContextType>;
  uncertainYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  workingDaysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RectificationStepRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RectificationStepRecord'] = ResolversParentTypes['RectificationStepRecord']> = {
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['RectificationStatus']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RectificationStepKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['RectificationStatus'], ParentType, ContextType>;
};

export type ReviewReceiptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReviewReceipt'] = ResolversParentTypes['ReviewReceipt']> = {
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  levelLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rectificationDueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  rectificationOpened?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reviewedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ScopeStatisticsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ScopeStatistics'] = ResolversParentTypes['ScopeStatistics']> = {
  daily?: Resolver<Array<ResolversTypes['DailyFigures']>, ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['Figures'], ParentType, ContextType>;
  warnings?: Resolver<ResolversTypes['WarningCounts'], ParentType, ContextType>;
};

export type WarningCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WarningCounts'] = ResolversParentTypes['WarningCounts']> = {
  green?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  red?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yellow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Applicant?: ApplicantResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditFieldChange?: AuditFieldChangeResolvers<ContextType>;
  AuditLogPage?: AuditLogPageResolvers<ContextType>;
  CaseStep?: CaseStepResolvers<ContextType>;
  DailyFigures?: DailyFiguresResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deadline?: DeadlineResolvers<ContextType>;
  Fee?: FeeResolvers<ContextType>;
  Figures?: FiguresResolvers<ContextType>;
  Material?: MaterialResolvers<ContextType>;
  OnlineApplicationReceipt?: OnlineApplicationReceiptResolvers<ContextType>;
  OutboxStatus?: OutboxStatusResolvers<ContextType>;
  ParkedMessage?: ParkedMessageResolvers<ContextType>;
  PublicCaseView?: PublicCaseViewResolvers<ContextType>;
  PublicStep?: PublicStepResolvers<ContextType>;
  Rate?: RateResolvers<ContextType>;
  Rectification?: RectificationResolvers<ContextType>;
  RectificationStepRecord?: RectificationStepRecordResolvers<ContextType>;
  ReviewReceipt?: ReviewReceiptResolvers<ContextType>;
  ScopeStatistics?: ScopeStatisticsResolvers<ContextType>;
  WarningCounts?: WarningCountsResolvers<ContextType>;
};

