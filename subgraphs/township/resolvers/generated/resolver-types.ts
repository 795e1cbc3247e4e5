import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ApplicantView as ApplicantViewModel, CaseStepView as CaseStepViewModel, PublicCaseViewModel as PublicCaseViewModelModel, RectificationStepView as RectificationStepViewModel } from '../../../shared/graphql/resolver-models';
import type { AuditLogRow as AuditLogRowModel } from '../../../shared/audit/audit-entity';
import type { AuditFieldChange as AuditFieldChangeModel } from '../../../shared/domain/audit-diff';
import type { RectificationView as RectificationViewModel } from '../../../shared/reviews/review-view';
import type { ScopeStatisticsSource as ScopeStatisticsSourceModel } from '../../../shared/statistics/tier-statistics';
import type { TownshipCase as TownshipCaseModel, TownshipItem as TownshipItemModel, Township as TownshipModel, VillagePoint as VillagePointModel, TownshipReview as TownshipReviewModel, DelegatedIntakeRow as DelegatedIntakeRowModel, OnlineIntakeApplicationRow as OnlineIntakeApplicationRowModel } from '../../entities';
import type { Period as PeriodModel } from '../../../shared/domain/statistics';
import type { TownshipStatisticsSource as TownshipStatisticsSourceModel } from '../statistics';
import type { TownshipWorkListView as TownshipWorkListViewModel, TownshipRefusalReportRow as TownshipRefusalReportRowModel } from '../models';
import type { EntityRef as EntityRefModel } from '../../../shared/graphql/entity-ref';
import type { TownshipContext } from '../../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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

/** A county item accepted at a township window. */
export type AcceptIntakeInput = {
  /** The applicant. */
  applicant: ApplicantInput;
  /** The delegable county item. */
  countyItemId: Scalars['ID']['input'];
  /** 特事特办. */
  expedited?: InputMaybe<Scalars['Boolean']['input']>;
  /** Note for the county. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Client-chosen idempotency key: repeating it with the same input returns the first result; with other input it is IDEMPOTENCY_KEY_REUSED. */
  requestId: Scalars['String']['input'];
  /** Materials handed in; every mandatory one must be there. */
  submittedMaterials: Array<Scalars['String']['input']>;
};

/** The township clerk takes in an online application: the materials actually received. */
export type AcceptOnlineApplicationInput = {
  /** 特事特办. */
  expedited?: InputMaybe<Scalars['Boolean']['input']>;
  /** The application. */
  id: Scalars['ID']['input'];
  /** Note for the history. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Names of the materials actually handed in (every mandatory one). */
  submittedMaterials: Array<Scalars['String']['input']>;
  /** The version the clerk saw; a stale version is VERSION_CONFLICT. */
  version: Scalars['Int']['input'];
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

/** A county case (owned by the county subgraph). */
export type CountyCase = {
  __typename?: 'CountyCase';
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
};

/** A change of a delegated county case, sent by the county (service-to-service). */
export type CountyCaseUpdateInput = {
  /** When. */
  at: Scalars['DateTime']['input'];
  /** The county case. */
  countyCaseId: Scalars['ID']['input'];
  /** Its number. */
  countyCaseNumber: Scalars['String']['input'];
  /** The instant the county case becomes overdue. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The county's due date. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** Whether the county case is flagged 特事特办. */
  expedited?: InputMaybe<Scalars['Boolean']['input']>;
  /** Status before the step, as the county recorded it. */
  fromStatus?: InputMaybe<CaseStatus>;
  /** The township intake. */
  intakeId: Scalars['ID']['input'];
  /** Unique key of the message. */
  messageKey: Scalars['String']['input'];
  /** Missing materials after the step (the one-time notice; empty when none are missing). */
  missingMaterials?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Note of the step. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Since when the county's clock is stopped; null while it runs. */
  pausedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Working days added to the deadline by past pauses. */
  pausedWorkingDays?: InputMaybe<Scalars['Int']['input']>;
  /** The county case version before the change; the township applies each version only after the one before it. */
  previousVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Reason (rejection, refusal). */
  refusalReason?: InputMaybe<Scalars['String']['input']>;
  /** Result document number (approval). */
  resultDocumentNumber?: InputMaybe<Scalars['String']['input']>;
  /** The step taken. */
  step: Scalars['String']['input'];
  /** Status after the step. */
  toStatus: CaseStatus;
  /** Years the due date depends on that the calendar did not cover. */
  uncertainYears?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The county unit. */
  unitName: Scalars['String']['input'];
  /** The county case version after the change (updates apply in version order). */
  version: Scalars['Int']['input'];
};

/** A county item (owned by the county subgraph). */
export type CountyItem = {
  __typename?: 'CountyItem';
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
};

/** The county changed what the township copies (catalog, delegation, calendar, settings): refresh the copy. */
export type CountyReferenceChangeInput = {
  /** When the county changed it. */
  changedAt: Scalars['DateTime']['input'];
  /** Unique key of the message. */
  messageKey: Scalars['String']['input'];
  /** Which county table changed. */
  table?: InputMaybe<Scalars['String']['input']>;
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

/** A delegable county item as a township window offers it. */
export type DelegableCountyItem = {
  __typename?: 'DelegableCountyItem';
  /** Item code. */
  code: Scalars['String']['output'];
  /** The county item (its guide resolves in the county; null, with SERVICE_UNAVAILABLE at the guide's fields, while the county service is down). */
  countyItem?: Maybe<CountyItem>;
  /** 即办件 or 承诺件. */
  kind: ItemKind;
  /** Required materials. */
  materials: Array<Material>;
  /** Item name. */
  name: Scalars['String']['output'];
  /** 承诺时限, working days. */
  promisedDays: Scalars['Int']['output'];
};

/** A county item accepted at a township window on the county's behalf (委托受理). */
export type DelegatedIntake = {
  __typename?: 'DelegatedIntake';
  /** When it was accepted: the applicant's clock started here. */
  acceptedAt: Scalars['DateTime']['output'];
  /** The applicant. */
  applicant: Applicant;
  /** WINDOW, or ONLINE when it was taken in from an online application (网上申报). */
  channel: CaseChannel;
  /** 首问责任: the township clerk who accepted it. */
  clerkName: Scalars['String']['output'];
  /** The county case created for it. */
  countyCase?: Maybe<CountyCase>;
  /** The county case number. */
  countyCaseNumber?: Maybe<Scalars['String']['output']>;
  /** The county item (its guide resolves in the county; null, with SERVICE_UNAVAILABLE at the guide's fields, while the county service is down). */
  countyItem?: Maybe<CountyItem>;
  /** The county case's status as last reported. */
  countyStatus?: Maybe<CaseStatus>;
  /** That status in Chinese (as on the county case); null until the county has the case. */
  countyStatusLabel?: Maybe<Scalars['String']['output']>;
  /** The whole clock — due instant, pause, uncertain calendar, warning — as the county last reported it (the township's own until then); judged exactly as the county judges its case. */
  deadline: Deadline;
  /** How it was handed over. */
  deliveryMethod?: Maybe<DeliveryMethod>;
  /** Due date from the county item's promised days (the county's own figure once it has the case). */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** Whether it is flagged 特事特办 (by the township at acceptance, or by the county since). */
  expedited: Scalars['Boolean']['output'];
  /** Delivery attempts so far. */
  forwardAttempts: Scalars['Int']['output'];
  /** Whether the county has acknowledged it. */
  forwarded: Scalars['Boolean']['output'];
  /** When the county acknowledged it. */
  forwardedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Seconds from acceptance to the county's acknowledgement. */
  forwardingDelaySeconds?: Maybe<Scalars['Int']['output']>;
  /** The last delivery error, while not yet forwarded. */
  forwardingError?: Maybe<Scalars['String']['output']>;
  /** Whether it waited longer than the forwarding limit (default 2 working hours). */
  forwardingWarning: Scalars['Boolean']['output'];
  /** When the result was handed over. */
  handedOverAt?: Maybe<Scalars['DateTime']['output']>;
  /** The journey so far (township and county steps), oldest first. */
  history: Array<CaseStep>;
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Item name at acceptance. */
  itemName: Scalars['String']['output'];
  /** Materials the county asked for (one-time notice). */
  missingMaterials: Array<Scalars['String']['output']>;
  /** Readable number the applicant tracks: <township code>-<yyyymmdd>-<seq>. */
  number: Scalars['String']['output'];
  /** Query code for public tracking (masked for roles that do not handle it). */
  queryCode: Scalars['String']['output'];
  /** Reason of a rejection. */
  refusalReason?: Maybe<Scalars['String']['output']>;
  /** Result document number of an approval. */
  resultDocumentNumber?: Maybe<Scalars['String']['output']>;
  /** Where it stands for the township window. */
  stage: IntakeStage;
  /** Materials handed in. */
  submittedMaterials: Array<Scalars['String']['output']>;
  /** The accepting township. */
  township: Township;
  /** Express tracking number. */
  trackingNumber?: Maybe<Scalars['String']['output']>;
  /** Optimistic-lock version. */
  version: Scalars['Int']['output'];
  /** Seconds it has been waiting to be forwarded; null once forwarded. */
  waitingSeconds?: Maybe<Scalars['Int']['output']>;
};

/** Filter for delegated intakes. */
export type DelegatedIntakeFilter = {
  /** Only intakes of an applicant with exactly this 身份证号码 or 统一社会信用代码 (the township's clerks only). */
  applicantIdNumber?: InputMaybe<Scalars['String']['input']>;
  /** Only intakes of an applicant of exactly this name (the township's clerks only: others read names masked). */
  applicantName?: InputMaybe<Scalars['String']['input']>;
  /** Only the intake with this number, or whose county case has this number (exact). */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Only these stages. */
  stage?: InputMaybe<Array<IntakeStage>>;
  /** Only this township (township clerks always see only their own). */
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of delegated intakes. */
export type DelegatedIntakePage = {
  __typename?: 'DelegatedIntakePage';
  /** This page, newest first. */
  nodes: Array<DelegatedIntake>;
  /** Number matching the filter. */
  total: Scalars['Int']['output'];
};

/** An online application (网上申报) of a delegable county item at a township window chosen by the applicant. */
export type DelegatedOnlineApplicationInput = {
  /** The applicant; the mobile number is required (the window calls back). */
  applicant: ApplicantInput;
  /** The county item applied for; it must be delegated to the township (NOT_DELEGABLE otherwise). */
  itemId: Scalars['ID']['input'];
  /** A short note for the window. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Names of the item's materials the applicant will bring or has ready. */
  plannedMaterials: Array<Scalars['String']['input']>;
  /** Client-chosen idempotency key of the form (16–64 letters, digits, _ or -; a UUID): repeating it with the same input returns the first receipt; with other input it is IDEMPOTENCY_KEY_REUSED. */
  requestId: Scalars['String']['input'];
  /** The township window chosen. */
  townshipId: Scalars['ID']['input'];
};

/** How a result reaches the applicant. */
export type DeliveryMethod =
  /** 邮寄送达 (tracking number required). */
  | 'EXPRESS'
  /** 当场/窗口领取. */
  | 'IN_PERSON';

/** A county department, owned by the county subgraph; townships refer to it. */
export type Department = {
  __typename?: 'Department';
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
};

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

/** Where a delegated intake stands, from the township window's point of view. */
export type IntakeStage =
  /** At the county, being handled. */
  | 'AT_COUNTY'
  /** Withdrawn or not accepted at the county. */
  | 'CLOSED'
  /** The result was handed over (送达). */
  | 'HANDED_OVER'
  /** The county approved or rejected it: hand the result to the applicant. */
  | 'READY_FOR_HANDOVER'
  /** The county asked for supplements: collect them from the applicant. */
  | 'SUPPLEMENT_TO_COLLECT'
  /** Accepted here, not yet acknowledged by the county. */
  | 'WAITING_FORWARD';

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Accept a delegable county item for an applicant (委托受理); answers at once, even when the county is unreachable. */
  acceptDelegatedIntake: DelegatedIntake;
  /** Accept an online application of a delegable county item (the township's clerks): the delegated intake, same number and query code, forwarded to the county as ONLINE. */
  acceptOnlineIntakeApplication: DelegatedIntake;
  /** Act on a township case (the township's clerks). */
  actOnTownshipCase: TownshipCase;
  /** A step on the rectification of a township review: the township's clerks start and complete it, supervisors decide and follow up. */
  actOnTownshipRectification: TownshipReview;
  /** Apply online for a delegable county item at a township window that takes it (the public, no sign-in; rate-limited per client address): it waits RECEIVED for that township's clerks. */
  applyDelegatedItemOnline: OnlineApplicationReceipt;
  /** Apply online for a township item (the public, no sign-in; rate-limited per client address): a RECEIVED case in its township's queue. */
  applyTownshipItemOnline: OnlineApplicationReceipt;
  /** Create a township (county administrators). */
  createTownship: Township;
  /** Create a township item (county administrators). */
  createTownshipItem: TownshipItemResult;
  /** Add a village point to a township (county administrators). */
  createVillagePoint: VillagePoint;
  /** Do not accept an online application (不予受理), with the reason (the township's clerks). */
  declineOnlineIntakeApplication: OnlineIntakeApplication;
  /** The result was handed to the applicant (送达); completes the county case as DELIVERED. */
  handOverIntake: DelegatedIntake;
  /** Service-to-service: the county reports a change of a delegated case. */
  receiveCountyCaseUpdate: Scalars['Boolean']['output'];
  /** Internal (county service): refreshes the township's copy of the county's reference data; true once the copy is at least as new as the change. */
  receiveCountyReferenceChange: Scalars['Boolean']['output'];
  /** Service-to-service: the county passes on a public review of a case it does not hold. */
  receiveReview: ReviewReceipt;
  /** Take in an application at a township window (the township's clerks). */
  receiveTownshipCase: TownshipCase;
  /** The applicant brought the supplements the county asked for; forwarded to the county. */
  resubmitIntakeSupplement: DelegatedIntake;
  /** Tries the parked messages towards the county again, after their cause was fixed; returns how many (administrators). */
  retryTownshipOutbox: Scalars['Int']['output'];
  /** Deactivate (停用) or reactivate a township (county administrators); one with unfinished cases or delegated intakes not yet handed over cannot be deactivated (UNIT_HAS_OPEN_WORK, nothing changes). */
  setTownshipActive: Township;
  /** Flag or unflag a case as 特事特办. */
  setTownshipCaseExpedited: TownshipCase;
  /** Deactivate (停用) or reactivate a village point (county administrators). */
  setVillagePointActive: VillagePoint;
  /** Update a township (county administrators). */
  updateTownship: Township;
  /** Update a township item (county administrators). */
  updateTownshipItem: TownshipItemResult;
  /** Change a village point's code (still under its township's division code) and name (county administrators). */
  updateVillagePoint: VillagePoint;
};


export type MutationAcceptDelegatedIntakeArgs = {
  input: AcceptIntakeInput;
};


export type MutationAcceptOnlineIntakeApplicationArgs = {
  input: AcceptOnlineApplicationInput;
};


export type MutationActOnTownshipCaseArgs = {
  input: CaseActionInput;
};


export type MutationActOnTownshipRectificationArgs = {
  input: RectificationActionInput;
};


export type MutationApplyDelegatedItemOnlineArgs = {
  input: DelegatedOnlineApplicationInput;
};


export type MutationApplyTownshipItemOnlineArgs = {
  input: OnlineApplicationInput;
};


export type MutationCreateTownshipArgs = {
  input: TownshipInput;
};


export type MutationCreateTownshipItemArgs = {
  input: TownshipItemInput;
  townshipId: Scalars['ID']['input'];
};


export type MutationCreateVillagePointArgs = {
  input: VillagePointInput;
  townshipId: Scalars['ID']['input'];
};


export type MutationDeclineOnlineIntakeApplicationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationHandOverIntakeArgs = {
  id: Scalars['ID']['input'];
  method: DeliveryMethod;
  note?: InputMaybe<Scalars['String']['input']>;
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationReceiveCountyCaseUpdateArgs = {
  input: CountyCaseUpdateInput;
};


export type MutationReceiveCountyReferenceChangeArgs = {
  input: CountyReferenceChangeInput;
};


export type MutationReceiveReviewArgs = {
  input: ReviewInput;
};


export type MutationReceiveTownshipCaseArgs = {
  input: ReceiveTownshipCaseInput;
};


export type MutationResubmitIntakeSupplementArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  submittedMaterials: Array<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationSetTownshipActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetTownshipCaseExpeditedArgs = {
  expedited: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationSetVillagePointActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationUpdateTownshipArgs = {
  id: Scalars['ID']['input'];
  input: TownshipInput;
};


export type MutationUpdateTownshipItemArgs = {
  id: Scalars['ID']['input'];
  input: TownshipItemInput;
};


export type MutationUpdateVillagePointArgs = {
  id: Scalars['ID']['input'];
  input: VillagePointInput;
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

/** 网上申报 of a delegable county item at a township window, waiting for (or decided by) that township's clerk. */
export type OnlineIntakeApplication = {
  __typename?: 'OnlineIntakeApplication';
  /** The applicant (masked for roles that do not handle it). */
  applicant: Applicant;
  /** How it came in: always ONLINE. */
  channel: CaseChannel;
  /** The clerk who decided. */
  clerkName?: Maybe<Scalars['String']['output']>;
  /** The county item (its guide resolves in the county). */
  countyItem?: Maybe<CountyItem>;
  /** When the clerk accepted it or did not. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The delegated intake created at acceptance. */
  intake?: Maybe<DelegatedIntake>;
  /** Item name when applied for. */
  itemName: Scalars['String']['output'];
  /** The applicant's note (masked for roles that do not handle it). */
  note?: Maybe<Scalars['String']['output']>;
  /** The number on the applicant's receipt; the delegated intake keeps it once accepted. */
  number: Scalars['String']['output'];
  /** Materials the applicant said they will bring. */
  plannedMaterials: Array<Scalars['String']['output']>;
  /** Query code for public tracking (masked for roles that do not handle it). */
  queryCode: Scalars['String']['output'];
  /** When it was sent. */
  receivedAt: Scalars['DateTime']['output'];
  /** Why it was not accepted (masked for roles that do not handle it). */
  refusalReason?: Maybe<Scalars['String']['output']>;
  /** RECEIVED while waiting; ACCEPTED once taken in (see intake); NOT_ACCEPTED with a reason. */
  status: CaseStatus;
  /** That status in Chinese. */
  statusLabel: Scalars['String']['output'];
  /** The township window chosen. */
  township: Township;
  /** Optimistic-lock version. */
  version: Scalars['Int']['output'];
};

/** Filter for online applications at township windows. */
export type OnlineIntakeApplicationFilter = {
  /** Only these statuses (RECEIVED, ACCEPTED, NOT_ACCEPTED). */
  status?: InputMaybe<Array<CaseStatus>>;
  /** Only this township (township clerks always see only their own). */
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of online applications at township windows. */
export type OnlineIntakeApplicationPage = {
  __typename?: 'OnlineIntakeApplicationPage';
  /** This page, oldest first. */
  nodes: Array<OnlineIntakeApplication>;
  /** Number matching the filter. */
  total: Scalars['Int']['output'];
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

export type Query = {
  __typename?: 'Query';
  /** County items this township may accept on the county's behalf (public). Null, with SERVICE_UNAVAILABLE at its path, while the township service is down. */
  delegableCountyItems?: Maybe<Array<DelegableCountyItem>>;
  /** One delegated intake. */
  delegatedIntake?: Maybe<DelegatedIntake>;
  /** Delegated intakes visible to the caller; township clerks see their own township's only. Null, with SERVICE_UNAVAILABLE at its path, while the township service is down. */
  delegatedIntakes?: Maybe<DelegatedIntakePage>;
  /** One online application at a township window. */
  onlineIntakeApplication?: Maybe<OnlineIntakeApplication>;
  /** Online applications of delegable county items at township windows; township clerks see their own township's only. */
  onlineIntakeApplications?: Maybe<OnlineIntakeApplicationPage>;
  /** One township (public). */
  township?: Maybe<Township>;
  /** The township service's audit log (操作日志) of administrative changes (townships, village points, township items, supervisors' rectification decisions), newest first, paged in the database (COUNTY_ADMIN; SUPERVISOR read-only). Append-only: nothing deletes its entries. Null, with SERVICE_UNAVAILABLE at its path, while the township service is down. */
  townshipAuditLog?: Maybe<AuditLogPage>;
  /** One township case. */
  townshipCase?: Maybe<TownshipCase>;
  /** Township cases visible to the caller; township clerks see their own township's only. Null, with SERVICE_UNAVAILABLE at its path, while the township service is down. */
  townshipCases?: Maybe<TownshipCasePage>;
  /** One township item's guide (public). */
  townshipItem?: Maybe<TownshipItem>;
  /** Township items, optionally of one township (public guides). Null, with SERVICE_UNAVAILABLE at its path, while the township service is down. */
  townshipItems?: Maybe<Array<TownshipItem>>;
  /** Messages waiting to go to the county, and those it refused (administrators). */
  townshipOutbox?: Maybe<OutboxStatus>;
  /** Township refusals and rejections in the period (Beijing dates): supervisors and administrators all, township clerks their township's. Null, with SERVICE_UNAVAILABLE at its path, while the township service is down. */
  townshipRefusalReports?: Maybe<TownshipRefusalReportPage>;
  /** Reviews of township cases, newest first (supervisors and administrators: all; township clerks: their township's). Null, with SERVICE_UNAVAILABLE at its path, while the township service is down. */
  townshipReviews?: Maybe<TownshipReviewPage>;
  /** A township window's work list (township clerks: their own township). Null, with SERVICE_UNAVAILABLE at its path, while the township service is down. */
  townshipWorkList?: Maybe<TownshipWorkList>;
  /** All townships (public). Null, with SERVICE_UNAVAILABLE at its path, while the township service is down. */
  townships?: Maybe<Array<Township>>;
  /** Track a case by its number and query code, across both tiers (public, no token). Answered even while the township service is down: the gateway keeps the number and code, `county` still comes from the county, `township` is null with SERVICE_UNAVAILABLE at its path. */
  trackCase?: Maybe<TrackedCase>;
};


export type QueryDelegableCountyItemsArgs = {
  townshipId: Scalars['ID']['input'];
};


export type QueryDelegatedIntakeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDelegatedIntakesArgs = {
  filter?: InputMaybe<DelegatedIntakeFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOnlineIntakeApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOnlineIntakeApplicationsArgs = {
  filter?: InputMaybe<OnlineIntakeApplicationFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTownshipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTownshipAuditLogArgs = {
  filter?: InputMaybe<AuditLogFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTownshipCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTownshipCasesArgs = {
  filter?: InputMaybe<TownshipCaseFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTownshipItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTownshipItemsArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTownshipOutboxArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTownshipRefusalReportsArgs = {
  from: Scalars['Date']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['Date']['input'];
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTownshipReviewsArgs = {
  filter?: InputMaybe<TownshipReviewFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTownshipWorkListArgs = {
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTrackCaseArgs = {
  number: Scalars['String']['input'];
  queryCode: Scalars['String']['input'];
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

/** A new application taken in at a township window. */
export type ReceiveTownshipCaseInput = {
  /** The applicant. */
  applicant: ApplicantInput;
  /** 特事特办. */
  expedited?: InputMaybe<Scalars['Boolean']['input']>;
  /** The township item applied for. */
  itemId: Scalars['ID']['input'];
  /** Note for the history. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Client-chosen idempotency key: repeating it with the same input returns the first result; with other input it is IDEMPOTENCY_KEY_REUSED. */
  requestId: Scalars['String']['input'];
  /** Names of the materials handed in. */
  submittedMaterials: Array<Scalars['String']['input']>;
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

/** Statistics for a period (entity shared with the county subgraph, which owns the query). */
export type Statistics = {
  __typename?: 'Statistics';
  /** The county's own figures, as the county subgraph computes them. */
  county?: Maybe<ScopeStatistics>;
  /** First day of the period (Beijing time). */
  from: Scalars['Date']['output'];
  /** The whole network: the county plus all townships, counts summed and rates recomputed from the sums. Administrators, supervisors and viewers. Needs both tiers: null, with SERVICE_UNAVAILABLE at its path, while either service is down. */
  network?: Maybe<ScopeStatistics>;
  /** Last day of the period, included. */
  to: Scalars['Date']['output'];
  /** All townships' own cases together. Delegated intakes are county cases and count at the county, never here. Administrators, supervisors and viewers. */
  townshipTotals?: Maybe<ScopeStatistics>;
  /** Every township by division code, each with every item (zeros and null rates when nothing happened); a township clerk gets their own township only. Null, with SERVICE_UNAVAILABLE at its path, while the township service is down. */
  townships?: Maybe<Array<TownshipStatistics>>;
};

/** A township service center (乡镇便民服务中心), GB/T 39046 level 5. */
export type Township = {
  __typename?: 'Township';
  /** False once deactivated (停用) by setTownshipActive. */
  active: Scalars['Boolean']['output'];
  /** Address of the service center. */
  address: Scalars['String']['output'];
  /** Unit code used in case numbers (the township's division code). */
  code: Scalars['String']['output'];
  /** Administrative division code (9 digits). */
  divisionCode: Scalars['String']['output'];
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The township's own items: those it offers, or with includeInactive also those it has stopped (停办), so an administrator can offer them again. */
  items: Array<TownshipItem>;
  /** GB/T 39046 A.2 level code: 5 (township). */
  levelCode: Scalars['Int']['output'];
  /** Name, e.g. 河口镇. */
  name: Scalars['String']['output'];
  /** Enquiry phone. */
  phone: Scalars['String']['output'];
  /** Where the township stands now, for the county center (staff only). */
  status?: Maybe<TownshipStatus>;
  /** Village service points under the township. */
  villagePoints: Array<VillagePoint>;
};


/** A township service center (乡镇便民服务中心), GB/T 39046 level 5. */
export type TownshipItemsArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An application handled by a township center. */
export type TownshipCase = {
  __typename?: 'TownshipCase';
  /** The actions its current status allows. */
  allowedActions: Array<CaseAction>;
  /** The applicant. */
  applicant: Applicant;
  /** How the application reached the window: at a window or online (网上申报). */
  channel: CaseChannel;
  /** When approved or rejected. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Deadline, clock and warning level. */
  deadline: Deadline;
  /** When the result was handed over. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** How the result was handed over. */
  deliveryMethod?: Maybe<DeliveryMethod>;
  /** 特事特办. */
  expedited: Scalars['Boolean']['output'];
  /** 首问责任: the clerk who first took the case. */
  firstContactName: Scalars['String']['output'];
  /** The append-only history, oldest first. */
  history: Array<CaseStep>;
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The item applied for. */
  item: TownshipItem;
  /** Missing materials of the latest one-time notice. */
  missingMaterials: Array<Scalars['String']['output']>;
  /** Readable number, unique across the network: <township code>-<yyyymmdd>-<seq>. */
  number: Scalars['String']['output'];
  /** Query code for public tracking (masked for roles that do not handle the case). */
  queryCode: Scalars['String']['output'];
  /** When the materials were taken in. */
  receivedAt: Scalars['DateTime']['output'];
  /** Reason of a refusal or rejection. */
  refusalReason?: Maybe<Scalars['String']['output']>;
  /** Result document number of an approval. */
  resultDocumentNumber?: Maybe<Scalars['String']['output']>;
  /** The applicant's review (好差评), if any (supervisors, administrators and the township's clerks). */
  review?: Maybe<TownshipReview>;
  /** Kind of the current or last special procedure. */
  specialProcedureKind?: Maybe<SpecialProcedureKind>;
  /** Current status. */
  status: CaseStatus;
  /** Current status in Chinese. */
  statusLabel: Scalars['String']['output'];
  /** The township handling it. */
  township: Township;
  /** Express tracking number. */
  trackingNumber?: Maybe<Scalars['String']['output']>;
  /** Optimistic-lock version; send it back with every action. */
  version: Scalars['Int']['output'];
};

/** Filter for listing township cases. */
export type TownshipCaseFilter = {
  /** Accepted on or after this date. */
  acceptedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Accepted on or before this date. */
  acceptedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only cases of an applicant with exactly this 身份证号码 or 统一社会信用代码 (the unit's clerks only). */
  applicantIdNumber?: InputMaybe<Scalars['String']['input']>;
  /** Only cases of an applicant of exactly this name (the unit's clerks only: others read names masked). */
  applicantName?: InputMaybe<Scalars['String']['input']>;
  /** Only cases that came in this way (e.g. [ONLINE] for online applications still to accept). */
  channel?: InputMaybe<Array<CaseChannel>>;
  /** Only cases flagged 特事特办. */
  expedited?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this item. */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  /** Only cases with this number (exact). */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Only open cases past their due instant. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these statuses. */
  status?: InputMaybe<Array<CaseStatus>>;
  /** Only this township (township clerks always see only their own). */
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  /** Only open cases at these warning levels now (e.g. [YELLOW, RED] for the e-supervision list). */
  warning?: InputMaybe<Array<WarningLevel>>;
};

/** A page of township cases. */
export type TownshipCasePage = {
  __typename?: 'TownshipCasePage';
  /** The cases of this page, newest first. */
  nodes: Array<TownshipCase>;
  /** Number of cases matching the filter. */
  total: Scalars['Int']['output'];
};

/** A township to create or update. */
export type TownshipInput = {
  /** Address of the service center. */
  address: Scalars['String']['input'];
  /** Administrative division code, 9 digits; also the unit code in case numbers. */
  divisionCode: Scalars['String']['input'];
  /** Name. */
  name: Scalars['String']['input'];
  /** Enquiry phone. */
  phone: Scalars['String']['input'];
  /** Optional idempotency key of a creation (8–80 letters, digits or _.:-): a repeat with the same content returns the first township, other content is IDEMPOTENCY_KEY_REUSED. Ignored by updateTownship. */
  requestId?: InputMaybe<Scalars['String']['input']>;
};

/** An item a township center handles itself. Its guide is public. */
export type TownshipItem = {
  __typename?: 'TownshipItem';
  /** Whether the item is offered. */
  active: Scalars['Boolean']['output'];
  /** Item code, unique within the township. */
  code: Scalars['String']['output'];
  /** The fee, or null when free of charge. */
  fee?: Maybe<Fee>;
  /** The public guide's text (办事指南: how, where and when to apply); null when none is written. */
  guideText?: Maybe<Scalars['String']['output']>;
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
  /** 即办件 or 承诺件. */
  kind: ItemKind;
  /** GB/T 39046 A.6 code of the kind (1 or 2). */
  kindCode: Scalars['Int']['output'];
  /** Legal basis. */
  legalBasis: Scalars['String']['output'];
  /** 法定时限 in working days. */
  legalDays: Scalars['Int']['output'];
  /** Required materials. */
  materials: Array<Material>;
  /** Item name. */
  name: Scalars['String']['output'];
  /** 承诺时限 in working days. */
  promisedDays: Scalars['Int']['output'];
  /** 业务指导部门: the county department that supervises the item (null, with an error, while the county cannot be reached). */
  supervisingDepartment?: Maybe<Department>;
  /** The township offering it. */
  township: Township;
  /** Policy warnings about the item. */
  warnings: Array<Scalars['String']['output']>;
};

/** A township item to create or update. */
export type TownshipItemInput = {
  /** Whether the item is offered (default true). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Item code, unique within the township. */
  code: Scalars['String']['input'];
  /** Fee, or null when free. */
  fee?: InputMaybe<FeeInput>;
  /** The public guide's text (办事指南), at most 5000 characters (TEXT_TOO_LONG); empty: none; left out of an update: unchanged. */
  guideText?: InputMaybe<Scalars['String']['input']>;
  /** 即办件 or 承诺件. */
  kind: ItemKind;
  /** Legal basis. */
  legalBasis: Scalars['String']['input'];
  /** 法定时限, working days. */
  legalDays: Scalars['Int']['input'];
  /** Required materials (at least one). */
  materials: Array<MaterialInput>;
  /** Item name. */
  name: Scalars['String']['input'];
  /** 承诺时限, working days. */
  promisedDays: Scalars['Int']['input'];
  /** Optional idempotency key of a creation (8–80 letters, digits or _.:-): a repeat with the same content returns the first item, other content is IDEMPOTENCY_KEY_REUSED. Ignored by updateTownshipItem. */
  requestId?: InputMaybe<Scalars['String']['input']>;
  /** The county department that supervises it. */
  supervisingDepartmentId: Scalars['ID']['input'];
};

/** Result of creating or updating a township item. */
export type TownshipItemResult = {
  __typename?: 'TownshipItemResult';
  /** The saved item. */
  item: TownshipItem;
  /** Warnings the administrator should read (the item was saved anyway). */
  warnings: Array<Scalars['String']['output']>;
};

/** A township item's statistics. */
export type TownshipItemStatistics = {
  __typename?: 'TownshipItemStatistics';
  /** The item. */
  item: TownshipItem;
  /** Its cases. */
  statistics: ScopeStatistics;
};

/** A refusal report (否定报备) of a township case: its reason, unit and clerk. */
export type TownshipRefusalReport = {
  __typename?: 'TownshipRefusalReport';
  /** The case. */
  case: TownshipCase;
  /** The clerk who refused. */
  clerkName: Scalars['String']['output'];
  /** Identifier of the refusal step. */
  id: Scalars['ID']['output'];
  /** Refused at intake or rejected. */
  kind: RefusalKind;
  /** The reason given. */
  reason: Scalars['String']['output'];
  /** When. */
  refusedAt: Scalars['DateTime']['output'];
  /** The township center that refused. */
  unitName: Scalars['String']['output'];
};

/** A page of township refusal reports. */
export type TownshipRefusalReportPage = {
  __typename?: 'TownshipRefusalReportPage';
  /** The refusals of this page, newest first. */
  nodes: Array<TownshipRefusalReport>;
  /** Number of refusals in the period. */
  total: Scalars['Int']['output'];
};

/** An applicant's review of a township case (one per case) and the rectification it opened, if any. */
export type TownshipReview = {
  __typename?: 'TownshipReview';
  /** The reviewed case. */
  case: TownshipCase;
  /** The case number. */
  caseNumber: Scalars['String']['output'];
  /** The applicant's comment. */
  comment?: Maybe<Scalars['String']['output']>;
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The item of the case. */
  item: TownshipItem;
  /** GB/T 39046 A.8 level: 1 非常满意, 2 满意, 3 基本满意, 4 不满意, 5 非常不满意. */
  level: Scalars['Int']['output'];
  /** The level in Chinese. */
  levelLabel: Scalars['String']['output'];
  /** The rectification a level 4 or 5 opened; null for levels 1–3. */
  rectification?: Maybe<Rectification>;
  /** NONE for levels 1–3, else where the rectification stands. */
  rectificationStatus: RectificationStatus;
  /** When the review was recorded. */
  reviewedAt: Scalars['DateTime']['output'];
  /** The responsible township. */
  township: Township;
  /** Optimistic-lock version; send it back with every rectification step. */
  version: Scalars['Int']['output'];
};

/** Filter for listing township reviews. */
export type TownshipReviewFilter = {
  /** Only these levels. */
  level?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Only rectifications not rectified or decided by their due instant (true), or only the others (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these rectification statuses. */
  rectificationStatus?: InputMaybe<Array<RectificationStatus>>;
  /** Reviewed on or after this date (Beijing time). */
  reviewedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Reviewed on or before this date (Beijing time). */
  reviewedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only this township (township clerks always see only their own). */
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of township reviews. */
export type TownshipReviewPage = {
  __typename?: 'TownshipReviewPage';
  /** The reviews of this page, newest first. */
  nodes: Array<TownshipReview>;
  /** Number of reviews matching the filter. */
  total: Scalars['Int']['output'];
};

/** A township's statistics, with each of its items. */
export type TownshipStatistics = {
  __typename?: 'TownshipStatistics';
  /** Each of its items by code, retired ones included. */
  items: Array<TownshipItemStatistics>;
  /** Its own cases (delegated intakes are counted at the county). */
  statistics: ScopeStatistics;
  /** The township. */
  township: Township;
};

/** A township's status for the county center (SPEC §4.4). */
export type TownshipStatus = {
  __typename?: 'TownshipStatus';
  /** Open township cases and delegated intakes not yet completed. */
  backlog: Scalars['Int']['output'];
  /** When the township service last reached the county successfully. */
  lastCountyContactAt?: Maybe<Scalars['DateTime']['output']>;
  /** Age in seconds of the oldest intake waiting to be forwarded. */
  oldestWaitingSeconds?: Maybe<Scalars['Int']['output']>;
  /** Whether the service center is open now (working day, 08:30–17:30 Beijing time). */
  open: Scalars['Boolean']['output'];
  /** Open township cases past their due instant, plus delegated intakes overdue at the county. */
  overdue: Scalars['Int']['output'];
  /** Cases and delegated intakes accepted today. */
  todayIntake: Scalars['Int']['output'];
  /** Delegated intakes not yet acknowledged by the county. */
  waitingForward: Scalars['Int']['output'];
};

/** What a township window has to do about delegated intakes, in one answer. */
export type TownshipWorkList = {
  __typename?: 'TownshipWorkList';
  /** Online applications of delegable county items waiting for this window's decision (oldest first). */
  onlineApplications: Array<OnlineIntakeApplication>;
  /** Intakes past their due date and not yet completed. */
  overdue: Array<DelegatedIntake>;
  /** Results ready to hand over. */
  readyForHandover: Array<DelegatedIntake>;
  /** Supplements to collect from applicants. */
  supplementsToCollect: Array<DelegatedIntake>;
  /** The township. */
  township: Township;
  /** Accepted, not yet acknowledged by the county (oldest first). */
  waitingForward: Array<DelegatedIntake>;
};

/** Public tracking of a case by number and query code; each tier resolves its own part. */
export type TrackedCase = {
  __typename?: 'TrackedCase';
  /** The case number. */
  number: Scalars['String']['output'];
  /** The query code printed on the acceptance slip. */
  queryCode: Scalars['String']['output'];
  /** The township's part of the journey, when a township holds a case with this number and code. Null, with SERVICE_UNAVAILABLE at its path, while the township service is down. */
  township?: Maybe<PublicCaseView>;
};

/** A village service point (村便民服务室), GB/T 39046 level 6: registers and passes on applications. */
export type VillagePoint = {
  __typename?: 'VillagePoint';
  /** False once deactivated (停用) by setVillagePointActive. */
  active: Scalars['Boolean']['output'];
  /** Code (township division code + 3 digits). */
  code: Scalars['String']['output'];
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
  /** GB/T 39046 A.2 level code: 6 (village). */
  levelCode: Scalars['Int']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** The township it belongs to. */
  township: Township;
};

/** A village point to create or update. */
export type VillagePointInput = {
  /** Code: the township's division code + 3 digits. */
  code: Scalars['String']['input'];
  /** Name. */
  name: Scalars['String']['input'];
  /** Optional idempotency key of a creation (8–80 letters, digits or _.:-): a repeat with the same content returns the first village point, other content is IDEMPOTENCY_KEY_REUSED. Ignored by updateVillagePoint. */
  requestId?: InputMaybe<Scalars['String']['input']>;
};

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

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

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

/** Mapping of federation types */
export type FederationTypes = {
  DelegatedIntake: DelegatedIntake;
  Statistics: Statistics;
  Township: Township;
  TownshipCase: TownshipCase;
  TownshipItem: TownshipItem;
  TrackedCase: TrackedCase;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  DelegatedIntake:
    ( { __typename: 'DelegatedIntake' }
    & GraphQLRecursivePick<FederationTypes['DelegatedIntake'], {"id":true}> );
  Statistics:
    ( { __typename: 'Statistics' }
    & GraphQLRecursivePick<FederationTypes['Statistics'], {"from":true,"to":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Statistics'], {"county":{"figures":{"accepted":true,"immediate":true,"promised":true,"completed":true,"promisedCompleted":true,"completedOnTime":true,"promisedCompletedEarly":true,"withdrawn":true,"overdueNow":true,"expedited":true,"online":true,"reviews":true,"satisfiedReviews":true},"daily":{"date":true,"accepted":true,"completed":true,"overdue":true},"warnings":{"green":true,"yellow":true,"red":true}}}> ) );
  Township:
    ( { __typename: 'Township' }
    & GraphQLRecursivePick<FederationTypes['Township'], {"id":true}> );
  TownshipCase:
    ( { __typename: 'TownshipCase' }
    & GraphQLRecursivePick<FederationTypes['TownshipCase'], {"id":true}> );
  TownshipItem:
    ( { __typename: 'TownshipItem' }
    & GraphQLRecursivePick<FederationTypes['TownshipItem'], {"id":true}> );
  TrackedCase:
    ( { __typename: 'TrackedCase' }
    & GraphQLRecursivePick<FederationTypes['TrackedCase'], {"number":true,"queryCode":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptIntakeInput: AcceptIntakeInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AcceptOnlineApplicationInput: AcceptOnlineApplicationInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Applicant: ResolverTypeWrapper<ApplicantViewModel>;
  ApplicantIdType: ApplicantIdType;
  ApplicantInput: ApplicantInput;
  AuditEntityType: AuditEntityType;
  AuditEntry: ResolverTypeWrapper<AuditLogRowModel>;
  AuditFieldChange: ResolverTypeWrapper<AuditFieldChangeModel>;
  AuditLogFilter: AuditLogFilter;
  AuditLogPage: ResolverTypeWrapper<Omit<AuditLogPage, 'nodes'> & { nodes: Array<ResolversTypes['AuditEntry']> }>;
  CaseAction: CaseAction;
  CaseActionInput: CaseActionInput;
  CaseChannel: CaseChannel;
  CaseStatus: CaseStatus;
  CaseStep: ResolverTypeWrapper<CaseStepViewModel>;
  CountyCase: ResolverTypeWrapper<EntityRefModel>;
  CountyCaseUpdateInput: CountyCaseUpdateInput;
  CountyItem: ResolverTypeWrapper<EntityRefModel>;
  CountyReferenceChangeInput: CountyReferenceChangeInput;
  DailyFigures: ResolverTypeWrapper<DailyFigures>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deadline: ResolverTypeWrapper<Deadline>;
  DelegableCountyItem: ResolverTypeWrapper<Omit<DelegableCountyItem, 'countyItem'> & { countyItem?: Maybe<ResolversTypes['CountyItem']> }>;
  DelegatedIntake: ResolverTypeWrapper<DelegatedIntakeRowModel>;
  DelegatedIntakeFilter: DelegatedIntakeFilter;
  DelegatedIntakePage: ResolverTypeWrapper<Omit<DelegatedIntakePage, 'nodes'> & { nodes: Array<ResolversTypes['DelegatedIntake']> }>;
  DelegatedOnlineApplicationInput: DelegatedOnlineApplicationInput;
  DeliveryMethod: DeliveryMethod;
  Department: ResolverTypeWrapper<EntityRefModel>;
  Fee: ResolverTypeWrapper<Fee>;
  FeeInput: FeeInput;
  Figures: ResolverTypeWrapper<Figures>;
  HandlingStep: HandlingStep;
  IntakeStage: IntakeStage;
  ItemKind: ItemKind;
  Material: ResolverTypeWrapper<Material>;
  MaterialInput: MaterialInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OnlineApplicationInput: OnlineApplicationInput;
  OnlineApplicationReceipt: ResolverTypeWrapper<OnlineApplicationReceipt>;
  OnlineIntakeApplication: ResolverTypeWrapper<OnlineIntakeApplicationRowModel>;
  OnlineIntakeApplicationFilter: OnlineIntakeApplicationFilter;
  OnlineIntakeApplicationPage: ResolverTypeWrapper<Omit<OnlineIntakeApplicationPage, 'nodes'> & { nodes: Array<ResolversTypes['OnlineIntakeApplication']> }>;
  OutboxStatus: ResolverTypeWrapper<OutboxStatus>;
  ParkedMessage: ResolverTypeWrapper<ParkedMessage>;
  PublicCaseView: ResolverTypeWrapper<PublicCaseViewModelModel>;
  PublicStep: ResolverTypeWrapper<PublicStep>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Rate: ResolverTypeWrapper<Rate>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ReceiveTownshipCaseInput: ReceiveTownshipCaseInput;
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
  Statistics: ResolverTypeWrapper<PeriodModel>;
  Township: ResolverTypeWrapper<TownshipModel>;
  TownshipCase: ResolverTypeWrapper<TownshipCaseModel>;
  TownshipCaseFilter: TownshipCaseFilter;
  TownshipCasePage: ResolverTypeWrapper<Omit<TownshipCasePage, 'nodes'> & { nodes: Array<ResolversTypes['TownshipCase']> }>;
  TownshipInput: TownshipInput;
  TownshipItem: ResolverTypeWrapper<TownshipItemModel>;
  TownshipItemInput: TownshipItemInput;
  TownshipItemResult: ResolverTypeWrapper<Omit<TownshipItemResult, 'item'> & { item: ResolversTypes['TownshipItem'] }>;
  TownshipItemStatistics: ResolverTypeWrapper<Omit<TownshipItemStatistics, 'item' | 'statistics'> & { item: ResolversTypes['TownshipItem'], statistics: ResolversTypes['ScopeStatistics'] }>;
  TownshipRefusalReport: ResolverTypeWrapper<TownshipRefusalReportRowModel>;
  TownshipRefusalReportPage: ResolverTypeWrapper<Omit<TownshipRefusalReportPage, 'nodes'> & { nodes: Array<ResolversTypes['TownshipRefusalReport']> }>;
  TownshipReview: ResolverTypeWrapper<TownshipReviewModel>;
  TownshipReviewFilter: TownshipReviewFilter;
  TownshipReviewPage: ResolverTypeWrapper<Omit<TownshipReviewPage, 'nodes'> & { nodes: Array<ResolversTypes['TownshipReview']> }>;
  TownshipStatistics: ResolverTypeWrapper<TownshipStatisticsSourceModel>;
  TownshipStatus: ResolverTypeWrapper<TownshipStatus>;
  TownshipWorkList: ResolverTypeWrapper<TownshipWorkListViewModel>;
  TrackedCase: ResolverTypeWrapper<Omit<TrackedCase, 'township'> & { township?: Maybe<ResolversTypes['PublicCaseView']> }>;
  VillagePoint: ResolverTypeWrapper<VillagePointModel>;
  VillagePointInput: VillagePointInput;
  WarningCounts: ResolverTypeWrapper<WarningCounts>;
  WarningLevel: WarningLevel;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptIntakeInput: AcceptIntakeInput;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  AcceptOnlineApplicationInput: AcceptOnlineApplicationInput;
  Int: Scalars['Int']['output'];
  Applicant: ApplicantViewModel;
  ApplicantInput: ApplicantInput;
  AuditEntry: AuditLogRowModel;
  AuditFieldChange: AuditFieldChangeModel;
  AuditLogFilter: AuditLogFilter;
  AuditLogPage: Omit<AuditLogPage, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditEntry']> };
  CaseActionInput: CaseActionInput;
  CaseStep: CaseStepViewModel;
  CountyCase: EntityRefModel;
  CountyCaseUpdateInput: CountyCaseUpdateInput;
  CountyItem: EntityRefModel;
  CountyReferenceChangeInput: CountyReferenceChangeInput;
  DailyFigures: DailyFigures;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deadline: Deadline;
  DelegableCountyItem: Omit<DelegableCountyItem, 'countyItem'> & { countyItem?: Maybe<ResolversParentTypes['CountyItem']> };
  DelegatedIntake: DelegatedIntakeRowModel;
  DelegatedIntakeFilter: DelegatedIntakeFilter;
  DelegatedIntakePage: Omit<DelegatedIntakePage, 'nodes'> & { nodes: Array<ResolversParentTypes['DelegatedIntake']> };
  DelegatedOnlineApplicationInput: DelegatedOnlineApplicationInput;
  Department: EntityRefModel;
  Fee: Fee;
  FeeInput: FeeInput;
  Figures: Figures;
  Material: Material;
  MaterialInput: MaterialInput;
  Mutation: Record<PropertyKey, never>;
  OnlineApplicationInput: OnlineApplicationInput;
  OnlineApplicationReceipt: OnlineApplicationReceipt;
  OnlineIntakeApplication: OnlineIntakeApplicationRowModel;
  OnlineIntakeApplicationFilter: OnlineIntakeApplicationFilter;
  OnlineIntakeApplicationPage: Omit<OnlineIntakeApplicationPage, 'nodes'> & { nodes: Array<ResolversParentTypes['OnlineIntakeApplication']> };
  OutboxStatus: OutboxStatus;
  ParkedMessage: ParkedMessage;
  PublicCaseView: PublicCaseViewModelModel;
  PublicStep: PublicStep;
  Query: Record<PropertyKey, never>;
  Rate: Rate;
  Float: Scalars['Float']['output'];
  ReceiveTownshipCaseInput: ReceiveTownshipCaseInput;
  Rectification: RectificationViewModel;
  RectificationActionInput: RectificationActionInput;
  RectificationStepRecord: RectificationStepViewModel;
  ReviewInput: ReviewInput;
  ReviewReceipt: ReviewReceipt;
  ScopeStatistics: ScopeStatisticsSourceModel;
  Statistics: PeriodModel;
  Township: TownshipModel;
  TownshipCase: TownshipCaseModel;
  TownshipCaseFilter: TownshipCaseFilter;
  TownshipCasePage: Omit<TownshipCasePage, 'nodes'> & { nodes: Array<ResolversParentTypes['TownshipCase']> };
  TownshipInput: TownshipInput;
  TownshipItem: TownshipItemModel;
  TownshipItemInput: TownshipItemInput;
  TownshipItemResult: Omit<TownshipItemResult, 'item'> & { item: ResolversParentTypes['TownshipItem'] };
  TownshipItemStatistics: Omit<TownshipItemStatistics, 'item' | 'statistics'> & { item: ResolversParentTypes['TownshipItem'], statistics: ResolversParentTypes['ScopeStatistics'] };
  TownshipRefusalReport: TownshipRefusalReportRowModel;
  TownshipRefusalReportPage: Omit<TownshipRefusalReportPage, 'nodes'> & { nodes: Array<ResolversParentTypes['TownshipRefusalReport']> };
  TownshipReview: TownshipReviewModel;
  TownshipReviewFilter: TownshipReviewFilter;
  TownshipReviewPage: Omit<TownshipReviewPage, 'nodes'> & { nodes: Array<ResolversParentTypes['TownshipReview']> };
  TownshipStatistics: TownshipStatisticsSourceModel;
  TownshipStatus: TownshipStatus;
  TownshipWorkList: TownshipWorkListViewModel;
  TrackedCase: Omit<TrackedCase, 'township'> & { township?: Maybe<ResolversParentTypes['PublicCaseView']> } | FederationReferenceTypes['TrackedCase'];
  VillagePoint: VillagePointModel;
  VillagePointInput: VillagePointInput;
  WarningCounts: WarningCounts;
};

export type ApplicantResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['Applicant'] = ResolversParentTypes['Applicant']> = {
  idNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  idType?: Resolver<ResolversTypes['ApplicantIdType'], ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
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

export type AuditFieldChangeResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['AuditFieldChange'] = ResolversParentTypes['AuditFieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditLogPageResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['AuditLogPage'] = ResolversParentTypes['AuditLogPage']> = {
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseStepResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['CaseStep'] = ResolversParentTypes['CaseStep']> = {
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

export type CountyCaseResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['CountyCase'] = ResolversParentTypes['CountyCase']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CountyItemResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['CountyItem'] = ResolversParentTypes['CountyItem']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DailyFiguresResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['DailyFigures'] = ResolversParentTypes['DailyFigures']> = {
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

export type DeadlineResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['Deadline'] = ResolversParentTypes['Deadline']> = {
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

export type DelegableCountyItemResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['DelegableCountyItem'] = ResolversParentTypes['DelegableCountyItem']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countyItem?: Resolver<Maybe<ResolversTypes['CountyItem']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ItemKind'], ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['Material']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  promisedDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DelegatedIntakeResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['DelegatedIntake'] = ResolversParentTypes['DelegatedIntake'], FederationReferenceType extends FederationReferenceTypes['DelegatedIntake'] = FederationReferenceTypes['DelegatedIntake']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DelegatedIntake']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  applicant?: Resolver<ResolversTypes['Applicant'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['CaseChannel'], ParentType, ContextType>;
  clerkName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countyCase?: Resolver<Maybe<ResolversTypes['CountyCase']>, ParentType, ContextType>;
  countyCaseNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countyItem?: Resolver<Maybe<ResolversTypes['CountyItem']>, ParentType, ContextType>;
  countyStatus?: Resolver<Maybe<ResolversTypes['CaseStatus']>, ParentType, ContextType>;
  countyStatusLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Deadline'], ParentType, ContextType>;
  deliveryMethod?: Resolver<Maybe<ResolversTypes['DeliveryMethod']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  expedited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  forwardAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  forwarded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  forwardedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  forwardingDelaySeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  forwardingError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  forwardingWarning?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  handedOverAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['CaseStep']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missingMaterials?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  queryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refusalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resultDocumentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['IntakeStage'], ParentType, ContextType>;
  submittedMaterials?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  township?: Resolver<ResolversTypes['Township'], ParentType, ContextType>;
  trackingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitingSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DelegatedIntakePageResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['DelegatedIntakePage'] = ResolversParentTypes['DelegatedIntakePage']> = {
  nodes?: Resolver<Array<ResolversTypes['DelegatedIntake']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DepartmentResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type FeeResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['Fee'] = ResolversParentTypes['Fee']> = {
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FiguresResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['Figures'] = ResolversParentTypes['Figures']> = {
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

export type MaterialResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['Material'] = ResolversParentTypes['Material']> = {
  copies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mandatory?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  originals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptDelegatedIntake?: Resolver<ResolversTypes['DelegatedIntake'], ParentType, ContextType, RequireFields<MutationAcceptDelegatedIntakeArgs, 'input'>>;
  acceptOnlineIntakeApplication?: Resolver<ResolversTypes['DelegatedIntake'], ParentType, ContextType, RequireFields<MutationAcceptOnlineIntakeApplicationArgs, 'input'>>;
  actOnTownshipCase?: Resolver<ResolversTypes['TownshipCase'], ParentType, ContextType, RequireFields<MutationActOnTownshipCaseArgs, 'input'>>;
  actOnTownshipRectification?: Resolver<ResolversTypes['TownshipReview'], ParentType, ContextType, RequireFields<MutationActOnTownshipRectificationArgs, 'input'>>;
  applyDelegatedItemOnline?: Resolver<ResolversTypes['OnlineApplicationReceipt'], ParentType, ContextType, RequireFields<MutationApplyDelegatedItemOnlineArgs, 'input'>>;
  applyTownshipItemOnline?: Resolver<ResolversTypes['OnlineApplicationReceipt'], ParentType, ContextType, RequireFields<MutationApplyTownshipItemOnlineArgs, 'input'>>;
  createTownship?: Resolver<ResolversTypes['Township'], ParentType, ContextType, RequireFields<MutationCreateTownshipArgs, 'input'>>;
  createTownshipItem?: Resolver<ResolversTypes['TownshipItemResult'], ParentType, ContextType, RequireFields<MutationCreateTownshipItemArgs, 'input' | 'townshipId'>>;
  createVillagePoint?: Resolver<ResolversTypes['VillagePoint'], ParentType, ContextType, RequireFields<MutationCreateVillagePointArgs, 'input' | 'townshipId'>>;
  declineOnlineIntakeApplication?: Resolver<ResolversTypes['OnlineIntakeApplication'], ParentType, ContextType, RequireFields<MutationDeclineOnlineIntakeApplicationArgs, 'id' | 'reason' | 'version'>>;
  handOverIntake?: Resolver<ResolversTypes['DelegatedIntake'], ParentType, ContextType, RequireFields<MutationHandOverIntakeArgs, 'id' | 'method' | 'version'>>;
  receiveCountyCaseUpdate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationReceiveCountyCaseUpdateArgs, 'input'>>;
  receiveCountyReferenceChange?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationReceiveCountyReferenceChangeArgs, 'input'>>;
  receiveReview?: Resolver<ResolversTypes['ReviewReceipt'], ParentType, ContextType, RequireFields<MutationReceiveReviewArgs, 'input'>>;
  receiveTownshipCase?: Resolver<ResolversTypes['TownshipCase'], ParentType, ContextType, RequireFields<MutationReceiveTownshipCaseArgs, 'input'>>;
  resubmitIntakeSupplement?: Resolver<ResolversTypes['DelegatedIntake'], ParentType, ContextType, RequireFields<MutationResubmitIntakeSupplementArgs, 'id' | 'submittedMaterials' | 'version'>>;
  retryTownshipOutbox?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  setTownshipActive?: Resolver<ResolversTypes['Township'], ParentType, ContextType, RequireFields<MutationSetTownshipActiveArgs, 'active' | 'id'>>;
  setTownshipCaseExpedited?: Resolver<ResolversTypes['TownshipCase'], ParentType, ContextType, RequireFields<MutationSetTownshipCaseExpeditedArgs, 'expedited' | 'id' | 'version'>>;
  setVillagePointActive?: Resolver<ResolversTypes['VillagePoint'], ParentType, ContextType, RequireFields<MutationSetVillagePointActiveArgs, 'active' | 'id'>>;
  updateTownship?: Resolver<ResolversTypes['Township'], ParentType, ContextType, RequireFields<MutationUpdateTownshipArgs, 'id' | 'input'>>;
  updateTownshipItem?: Resolver<ResolversTypes['TownshipItemResult'], ParentType, ContextType, RequireFields<MutationUpdateTownshipItemArgs, 'id' | 'input'>>;
  updateVillagePoint?: Resolver<ResolversTypes['VillagePoint'], ParentType, ContextType, RequireFields<MutationUpdateVillagePointArgs, 'id' | 'input'>>;
};

export type OnlineApplicationReceiptResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['OnlineApplicationReceipt'] = ResolversParentTypes['OnlineApplicationReceipt']> = {
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  queryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OnlineIntakeApplicationResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['OnlineIntakeApplication'] = ResolversParentTypes['OnlineIntakeApplication']> = {
  applicant?: Resolver<ResolversTypes['Applicant'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['CaseChannel'], ParentType, ContextType>;
  clerkName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countyItem?: Resolver<Maybe<ResolversTypes['CountyItem']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intake?: Resolver<Maybe<ResolversTypes['DelegatedIntake']>, ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plannedMaterials?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  queryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refusalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  township?: Resolver<ResolversTypes['Township'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OnlineIntakeApplicationPageResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['OnlineIntakeApplicationPage'] = ResolversParentTypes['OnlineIntakeApplicationPage']> = {
  nodes?: Resolver<Array<ResolversTypes['OnlineIntakeApplication']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OutboxStatusResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['OutboxStatus'] = ResolversParentTypes['OutboxStatus']> = {
  parked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parkedMessages?: Resolver<Array<ResolversTypes['ParkedMessage']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ParkedMessageResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['ParkedMessage'] = ResolversParentTypes['ParkedMessage']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  parkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PublicCaseViewResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['PublicCaseView'] = ResolversParentTypes['PublicCaseView']> = {
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

export type PublicStepResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['PublicStep'] = ResolversParentTypes['PublicStep']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  delegableCountyItems?: Resolver<Maybe<Array<ResolversTypes['DelegableCountyItem']>>, ParentType, ContextType, RequireFields<QueryDelegableCountyItemsArgs, 'townshipId'>>;
  delegatedIntake?: Resolver<Maybe<ResolversTypes['DelegatedIntake']>, ParentType, ContextType, RequireFields<QueryDelegatedIntakeArgs, 'id'>>;
  delegatedIntakes?: Resolver<Maybe<ResolversTypes['DelegatedIntakePage']>, ParentType, ContextType, RequireFields<QueryDelegatedIntakesArgs, 'limit' | 'offset'>>;
  onlineIntakeApplication?: Resolver<Maybe<ResolversTypes['OnlineIntakeApplication']>, ParentType, ContextType, RequireFields<QueryOnlineIntakeApplicationArgs, 'id'>>;
  onlineIntakeApplications?: Resolver<Maybe<ResolversTypes['OnlineIntakeApplicationPage']>, ParentType, ContextType, RequireFields<QueryOnlineIntakeApplicationsArgs, 'limit' | 'offset'>>;
  township?: Resolver<Maybe<ResolversTypes['Township']>, ParentType, ContextType, RequireFields<QueryTownshipArgs, 'id'>>;
  townshipAuditLog?: Resolver<Maybe<ResolversTypes['AuditLogPage']>, ParentType, ContextType, RequireFields<QueryTownshipAuditLogArgs, 'limit' | 'offset'>>;
  townshipCase?: Resolver<Maybe<ResolversTypes['TownshipCase']>, ParentType, ContextType, RequireFields<QueryTownshipCaseArgs, 'id'>>;
  townshipCases?: Resolver<Maybe<ResolversTypes['TownshipCasePage']>, ParentType, ContextType, RequireFields<QueryTownshipCasesArgs, 'limit' | 'offset'>>;
  townshipItem?: Resolver<Maybe<ResolversTypes['TownshipItem']>, ParentType, ContextType, RequireFields<QueryTownshipItemArgs, 'id'>>;
  townshipItems?: Resolver<Maybe<Array<ResolversTypes['TownshipItem']>>, ParentType, ContextType, RequireFields<QueryTownshipItemsArgs, 'includeInactive' | 'limit' | 'offset'>>;
  townshipOutbox?: Resolver<Maybe<ResolversTypes['OutboxStatus']>, ParentType, ContextType, RequireFields<QueryTownshipOutboxArgs, 'limit'>>;
  townshipRefusalReports?: Resolver<Maybe<ResolversTypes['TownshipRefusalReportPage']>, ParentType, ContextType, RequireFields<QueryTownshipRefusalReportsArgs, 'from' | 'limit' | 'offset' | 'to'>>;
  townshipReviews?: Resolver<Maybe<ResolversTypes['TownshipReviewPage']>, ParentType, ContextType, RequireFields<QueryTownshipReviewsArgs, 'limit' | 'offset'>>;
  townshipWorkList?: Resolver<Maybe<ResolversTypes['TownshipWorkList']>, ParentType, ContextType, Partial<QueryTownshipWorkListArgs>>;
  townships?: Resolver<Maybe<Array<ResolversTypes['Township']>>, ParentType, ContextType>;
  trackCase?: Resolver<Maybe<ResolversTypes['TrackedCase']>, ParentType, ContextType, RequireFields<QueryTrackCaseArgs, 'number' | 'queryCode'>>;
};

export type RateResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['Rate'] = ResolversParentTypes['Rate']> = {
  denominator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  numerator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RectificationResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['Rectification'] = ResolversParentTypes['Rectification']> = {
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

export type RectificationStepRecordResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['RectificationStepRecord'] = ResolversParentTypes['RectificationStepRecord']> = {
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['RectificationStatus']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RectificationStepKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['RectificationStatus'], ParentType, ContextType>;
};

export type ReviewReceiptResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['ReviewReceipt'] = ResolversParentTypes['ReviewReceipt']> = {
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  levelLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rectificationDueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  rectificationOpened?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reviewedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ScopeStatisticsResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['ScopeStatistics'] = ResolversParentTypes['ScopeStatistics']> = {
  daily?: Resolver<Array<ResolversTypes['DailyFigures']>, ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['Figures'], ParentType, ContextType>;
  warnings?: Resolver<ResolversTypes['WarningCounts'], ParentType, ContextType>;
};

export type StatisticsResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['Statistics'] = ResolversParentTypes['Statistics'], FederationReferenceType extends FederationReferenceTypes['Statistics'] = FederationReferenceTypes['Statistics']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Statistics']> | FederationReferenceType, FederationReferenceType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  network?: Resolver<Maybe<ResolversTypes['ScopeStatistics']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  townshipTotals?: Resolver<Maybe<ResolversTypes['ScopeStatistics']>, ParentType, ContextType>;
  townships?: Resolver<Maybe<Array<ResolversTypes['TownshipStatistics']>>, ParentType, ContextType>;
};

export type TownshipResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['Township'] = ResolversParentTypes['Township'], FederationReferenceType extends FederationReferenceTypes['Township'] = FederationReferenceTypes['Township']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Township']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['TownshipItem']>, ParentType, ContextType, RequireFields<TownshipItemsArgs, 'includeInactive'>>;
  levelCode?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['TownshipStatus']>, ParentType, ContextType>;
  villagePoints?: Resolver<Array<ResolversTypes['VillagePoint']>, ParentType, ContextType>;
};

export type TownshipCaseResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['TownshipCase'] = ResolversParentTypes['TownshipCase'], FederationReferenceType extends FederationReferenceTypes['TownshipCase'] = FederationReferenceTypes['TownshipCase']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TownshipCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allowedActions?: Resolver<Array<ResolversTypes['CaseAction']>, ParentType, ContextType>;
  applicant?: Resolver<ResolversTypes['Applicant'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['CaseChannel'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Deadline'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deliveryMethod?: Resolver<Maybe<ResolversTypes['DeliveryMethod']>, ParentType, ContextType>;
  expedited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  firstContactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['CaseStep']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['TownshipItem'], ParentType, ContextType>;
  missingMaterials?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  queryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refusalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resultDocumentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['TownshipReview']>, ParentType, ContextType>;
  specialProcedureKind?: Resolver<Maybe<ResolversTypes['SpecialProcedureKind']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  township?: Resolver<ResolversTypes['Township'], ParentType, ContextType>;
  trackingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TownshipCasePageResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['TownshipCasePage'] = ResolversParentTypes['TownshipCasePage']> = {
  nodes?: Resolver<Array<ResolversTypes['TownshipCase']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TownshipItemResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['TownshipItem'] = ResolversParentTypes['TownshipItem'], FederationReferenceType extends FederationReferenceTypes['TownshipItem'] = FederationReferenceTypes['TownshipItem']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TownshipItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fee?: Resolver<Maybe<ResolversTypes['Fee']>, ParentType, ContextType>;
  guideText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ItemKind'], ParentType, ContextType>;
  kindCode?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['Material']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  promisedDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supervisingDepartment?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  township?: Resolver<ResolversTypes['Township'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TownshipItemResultResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['TownshipItemResult'] = ResolversParentTypes['TownshipItemResult']> = {
  item?: Resolver<ResolversTypes['TownshipItem'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TownshipItemStatisticsResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['TownshipItemStatistics'] = ResolversParentTypes['TownshipItemStatistics']> = {
  item?: Resolver<ResolversTypes['TownshipItem'], ParentType, ContextType>;
  statistics?: Resolver<ResolversTypes['ScopeStatistics'], ParentType, ContextType>;
};

export type TownshipRefusalReportResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['TownshipRefusalReport'] = ResolversParentTypes['TownshipRefusalReport']> = {
  case?: Resolver<ResolversTypes['TownshipCase'], ParentType, ContextType>;
  clerkName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RefusalKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refusedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TownshipRefusalReportPageResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['TownshipRefusalReportPage'] = ResolversParentTypes['TownshipRefusalReportPage']> = {
  nodes?: Resolver<Array<ResolversTypes['TownshipRefusalReport']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TownshipReviewResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['TownshipReview'] = ResolversParentTypes['TownshipReview']> = {
  case?: Resolver<ResolversTypes['TownshipCase'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['TownshipItem'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  levelLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rectification?: Resolver<Maybe<ResolversTypes['Rectification']>, ParentType, ContextType>;
  rectificationStatus?: Resolver<ResolversTypes['RectificationStatus'], ParentType, ContextType>;
  reviewedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  township?: Resolver<ResolversTypes['Township'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TownshipReviewPageResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['TownshipReviewPage'] = ResolversParentTypes['TownshipReviewPage']> = {
  nodes?: Resolver<Array<ResolversTypes['TownshipReview']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TownshipStatisticsResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['TownshipStatistics'] = ResolversParentTypes['TownshipStatistics']> = {
  items?: Resolver<Array<ResolversTypes['TownshipItemStatistics']>, ParentType, ContextType>;
  statistics?: Resolver<ResolversTypes['ScopeStatistics'], ParentType, ContextType>;
  township?: Resolver<ResolversTypes['Township'], ParentType, ContextType>;
};

export type TownshipStatusResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['TownshipStatus'] = ResolversParentTypes['TownshipStatus']> = {
  backlog?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastCountyContactAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  oldestWaitingSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  todayIntake?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitingForward?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TownshipWorkListResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['TownshipWorkList'] = ResolversParentTypes['TownshipWorkList']> = {
  onlineApplications?: Resolver<Array<ResolversTypes['OnlineIntakeApplication']>, ParentType, ContextType>;
  overdue?: Resolver<Array<ResolversTypes['DelegatedIntake']>, ParentType, ContextType>;
  readyForHandover?: Resolver<Array<ResolversTypes['DelegatedIntake']>, ParentType, ContextType>;
  supplementsToCollect?: Resolver<Array<ResolversTypes['DelegatedIntake']>, ParentType, ContextType>;
  township?: Resolver<ResolversTypes['Township'], ParentType, ContextType>;
  waitingForward?: Resolver<Array<ResolversTypes['DelegatedIntake']>, ParentType, ContextType>;
};

export type TrackedCaseResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['TrackedCase'] = ResolversParentTypes['TrackedCase'], FederationReferenceType extends FederationReferenceTypes['TrackedCase'] = FederationReferenceTypes['TrackedCase']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TrackedCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  queryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  township?: Resolver<Maybe<ResolversTypes['PublicCaseView']>, ParentType, ContextType>;
};

export type VillagePointResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['VillagePoint'] = ResolversParentTypes['VillagePoint']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  levelCode?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  township?: Resolver<ResolversTypes['Township'], ParentType, ContextType>;
};

export type WarningCountsResolvers<ContextType = TownshipContext, ParentType extends ResolversParentTypes['WarningCounts'] = ResolversParentTypes['WarningCounts']> = {
  green?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  red?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yellow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = TownshipContext> = {
  Applicant?: ApplicantResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditFieldChange?: AuditFieldChangeResolvers<ContextType>;
  AuditLogPage?: AuditLogPageResolvers<ContextType>;
  CaseStep?: CaseStepResolvers<ContextType>;
  CountyCase?: CountyCaseResolvers<ContextType>;
  CountyItem?: CountyItemResolvers<ContextType>;
  DailyFigures?: DailyFiguresResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deadline?: DeadlineResolvers<ContextType>;
  DelegableCountyItem?: DelegableCountyItemResolvers<ContextType>;
  DelegatedIntake?: DelegatedIntakeResolvers<ContextType>;
  DelegatedIntakePage?: DelegatedIntakePageResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  Fee?: FeeResolvers<ContextType>;
  Figures?: FiguresResolvers<ContextType>;
  Material?: MaterialResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OnlineApplicationReceipt?: OnlineApplicationReceiptResolvers<ContextType>;
  OnlineIntakeApplication?: OnlineIntakeApplicationResolvers<ContextType>;
  OnlineIntakeApplicationPage?: OnlineIntakeApplicationPageResolvers<ContextType>;
  OutboxStatus?: OutboxStatusResolvers<ContextType>;
  ParkedMessage?: ParkedMessageResolvers<ContextType>;
  PublicCaseView?: PublicCaseViewResolvers<ContextType>;
  PublicStep?: PublicStepResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Rate?: RateResolvers<ContextType>;
  Rectification?: RectificationResolvers<ContextType>;
  RectificationStepRecord?: RectificationStepRecordResolvers<ContextType>;
  ReviewReceipt?: ReviewReceiptResolvers<ContextType>;
  ScopeStatistics?: ScopeStatisticsResolvers<ContextType>;
  Statistics?: StatisticsResolvers<ContextType>;
  Township?: TownshipResolvers<ContextType>;
  TownshipCase?: TownshipCaseResolvers<ContextType>;
  TownshipCasePage?: TownshipCasePageResolvers<ContextType>;
  TownshipItem?: TownshipItemResolvers<ContextType>;
  TownshipItemResult?: TownshipItemResultResolvers<ContextType>;
  TownshipItemStatistics?: TownshipItemStatisticsResolvers<ContextType>;
  TownshipRefusalReport?: TownshipRefusalReportResolvers<ContextType>;
  TownshipRefusalReportPage?: TownshipRefusalReportPageResolvers<ContextType>;
  TownshipReview?: TownshipReviewResolvers<ContextType>;
  TownshipReviewPage?: TownshipReviewPageResolvers<ContextType>;
  TownshipStatistics?: TownshipStatisticsResolvers<ContextType>;
  TownshipStatus?: TownshipStatusResolvers<ContextType>;
  TownshipWorkList?: TownshipWorkListResolvers<ContextType>;
  TrackedCase?: TrackedCaseResolvers<ContextType>;
  VillagePoint?: VillagePointResolvers<ContextType>;
  WarningCounts?: WarningCountsResolvers<ContextType>;
};

