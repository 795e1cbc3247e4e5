import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ApplicantView as ApplicantViewModel, CaseStepView as CaseStepViewModel, PublicCaseViewModel as PublicCaseViewModelModel, RectificationStepView as RectificationStepViewModel } from '../../../shared/graphql/resolver-models';
import type { AuditLogRow as AuditLogRowModel } from '../../../shared/audit/audit-entity';
import type { AuditFieldChange as AuditFieldChangeModel } from '../../../shared/domain/audit-diff';
import type { RectificationView as RectificationViewModel } from '../../../shared/reviews/review-view';
import type { ScopeStatisticsSource as ScopeStatisticsSourceModel } from '../../../shared/statistics/tier-statistics';
import type { CountyCase as CountyCaseModel, CountyItem as CountyItemModel, Department as DepartmentModel, CountyReview as CountyReviewModel, CountyComplaint as CountyComplaintModel, SupervisionRecordRow as SupervisionRecordRowModel, SupervisionEventRow as SupervisionEventRowModel } from '../../entities';
import type { StatisticsRef as StatisticsRefModel, DepartmentStatisticsSource as DepartmentStatisticsSourceModel } from '../statistics';
import type { ComplaintEventView as ComplaintEventViewModel, ComplaintReceiptView as ComplaintReceiptViewModel, PublicComplaintViewModel as PublicComplaintViewModelModel, ForwardedIntakeAckView as ForwardedIntakeAckViewModel, CountyRefusalReportRow as CountyRefusalReportRowModel } from '../models';
import type { EntityRef as EntityRefModel } from '../../../shared/graphql/entity-ref';
import type { CountyContext } from '../../context';
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

/** One date of a month as the working-day calendar sees it. */
export type CalendarDay = {
  __typename?: 'CalendarDay';
  /** The date. */
  date: Scalars['Date']['output'];
  /** The official holiday's name (e.g. 国庆节) for holidays and make-up working days. */
  holidayName?: Maybe<Scalars['String']['output']>;
  /** Its kind in the national calendar, before the county's override; outside the built-in years, by weekday. */
  kind: CalendarDayKind;
  /** Whether the calendar knows it (built-in year, confirmed year, or an override). */
  known: Scalars['Boolean']['output'];
  /** The county's override of this date, with its reason; null when there is none. */
  override?: Maybe<CalendarOverride>;
  /** Whether it is a working day, the county's override included: what deadlines count. */
  workday: Scalars['Boolean']['output'];
};

/** A date's kind in the national holiday calendar (before the county's override). */
export type CalendarDayKind =
  /** An official holiday (法定节假日). */
  | 'HOLIDAY'
  /** A weekend day worked in exchange for a holiday (调休上班). */
  | 'MAKEUP_WORKDAY'
  /** An ordinary Saturday or Sunday. */
  | 'WEEKEND'
  /** An ordinary working day (Monday to Friday). */
  | 'WORKDAY';

/** A month of the working-day calendar (administrators). */
export type CalendarMonth = {
  __typename?: 'CalendarMonth';
  /** Every date of the month, in order. */
  days: Array<CalendarDay>;
  /** The month, 1–12. */
  month: Scalars['Int']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
  /** Whether an administrator has confirmed the year as fully entered. */
  yearConfirmed: Scalars['Boolean']['output'];
  /** Whether the calendar covers the year: built in, or confirmed by an administrator. */
  yearCovered: Scalars['Boolean']['output'];
};

/** An administrator's change to the working-day calendar (for example a local day off). */
export type CalendarOverride = {
  __typename?: 'CalendarOverride';
  /** The date. */
  date: Scalars['Date']['output'];
  /** Why, e.g. 2027年元旦. */
  note?: Maybe<Scalars['String']['output']>;
  /** Whether it is a working day. */
  workday: Scalars['Boolean']['output'];
};

/** What the township service copies from the county to compute the same deadlines offline. */
export type CalendarSnapshot = {
  __typename?: 'CalendarSnapshot';
  /** Confirmed years. */
  confirmedYears: Array<Scalars['Int']['output']>;
  /** Delegable county items, so townships can accept them while the county is unreachable. */
  delegableItems: Array<DelegableItemCopy>;
  /** Ids of the county's departments, so a township item names an existing supervising department. */
  departmentIds: Array<Scalars['ID']['output']>;
  /** All overrides. */
  overrides: Array<CalendarOverride>;
  /** Current settings. */
  settings: CountySettings;
  /** When the county read it (a change announced before this instant is in it). */
  takenAt: Scalars['DateTime']['output'];
};

/** What the working-day calendar covers, for administrators. */
export type CalendarStatus = {
  __typename?: 'CalendarStatus';
  /** First year of the built-in national holiday calendar. */
  builtInFirstYear: Scalars['Int']['output'];
  /** Last year of the built-in national holiday calendar. */
  builtInLastYear: Scalars['Int']['output'];
  /** Years an administrator has confirmed as fully entered. */
  confirmedYears: Array<Scalars['Int']['output']>;
  /** Overrides, by date. */
  overrides: Array<CalendarOverride>;
  /** The first 50 of those cases, earliest due first: the ones whose applicants may need telling once the year is entered. */
  uncertainCases: Array<CountyCase>;
  /** Number of open cases whose deadline depends on an uncovered year. */
  uncertainOpenCases: Scalars['Int']['output'];
  /** Years that open cases' deadlines depend on but that nobody has covered: enter and confirm them. */
  uncoveredYearsInUse: Array<Scalars['Int']['output']>;
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

/** Which tier a case belongs to. */
export type CaseTier =
  /** A county case (CountyCase). */
  | 'COUNTY'
  /** A township case (TownshipCase). */
  | 'TOWNSHIP';

/** The person who complained; masked for everyone but supervisors and county administrators. */
export type Complainant = {
  __typename?: 'Complainant';
  /** Whether the fields above are masked for the caller. */
  masked: Scalars['Boolean']['output'];
  /** Name (masked as 张* where not visible). */
  name: Scalars['String']['output'];
  /** Mainland mobile (masked where not visible). */
  phone?: Maybe<Scalars['String']['output']>;
};

/** A complaint about a unit's work (效能投诉). */
export type Complaint = {
  __typename?: 'Complaint';
  /** The actions the caller may take now. */
  allowedActions: Array<ComplaintAction>;
  /** True when the due date depends on days of a year the holiday calendar does not cover yet. */
  calendarUncertain: Scalars['Boolean']['output'];
  /** The case the complaint is about, when the complainant named one. */
  caseNumber?: Maybe<Scalars['String']['output']>;
  /** Where it came in. */
  channel: ComplaintChannel;
  /** Where it came in, in Chinese. */
  channelLabel: Scalars['String']['output'];
  /** When it was closed or dismissed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who complained (masked for clerks and viewers). */
  complainant: Complainant;
  /** Working days past the due date: up to today while open, up to the closing day once closed or dismissed; 0 when not late. */
  daysOverdue: Scalars['Int']['output'];
  /** The department complained about; null for a township. */
  department?: Maybe<Department>;
  /** Why it was dismissed. */
  dismissReason?: Maybe<Scalars['String']['output']>;
  /** The instant it becomes overdue. */
  dueAt: Scalars['DateTime']['output'];
  /** The handling due date (end of that day, Beijing time), after any extension. */
  dueDate: Scalars['Date']['output'];
  /** Whether the deadline has been extended (only once is allowed). */
  extended: Scalars['Boolean']['output'];
  /** Working days the extension added. */
  extensionDays?: Maybe<Scalars['Int']['output']>;
  /** Why the deadline was extended. */
  extensionReason?: Maybe<Scalars['String']['output']>;
  /** When it was filed. */
  filedAt: Scalars['DateTime']['output'];
  /** The append-only history, oldest first. */
  history: Array<ComplaintEvent>;
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Readable number TS-<yyyymmdd>-<seq>, given to the complainant. */
  number: Scalars['String']['output'];
  /** Whether it is open and past its due instant. */
  overdue: Scalars['Boolean']['output'];
  /** The query code (查询码) on the complainant's receipt, which with the number looks the complaint up on the public page; for those who handle the complaint (supervisors, county administrators, clerks of the unit complained about), so they can tell a complainant who asks. Null for anyone else. */
  queryCode?: Maybe<Scalars['String']['output']>;
  /** The result note of a closed complaint. */
  resultNote?: Maybe<Scalars['String']['output']>;
  /** Current status. */
  status: ComplaintStatus;
  /** Current status in Chinese. */
  statusLabel: Scalars['String']['output'];
  /** What the complaint says (phone and ID numbers inside are masked for clerks). */
  text: Scalars['String']['output'];
  /** The township complained about; null for a department. */
  township?: Maybe<Township>;
  /** The unit's latest feedback. */
  unitFeedback?: Maybe<Scalars['String']['output']>;
  /** The department's or township's id. */
  unitId: Scalars['ID']['output'];
  /** The unit's name when the complaint was filed. */
  unitName: Scalars['String']['output'];
  /** Whether it is against a department or a township. */
  unitType: ComplaintUnitType;
  /** Optimistic-lock version; send it back with every action. */
  version: Scalars['Int']['output'];
};

/** An action on a complaint. */
export type ComplaintAction =
  /** 办结 (supervisors, county administrators; result note required): HANDLING → CLOSED. */
  | 'CLOSE'
  /** 不予受理 (supervisors, county administrators; reason required): RECEIVED or HANDLING → DISMISSED. */
  | 'DISMISS'
  /** 延期 (supervisors, county administrators; reason and days required): once per complaint, status unchanged. */
  | 'EXTEND'
  /** 单位反馈 (clerks of the unit complained about; note required): RECEIVED or HANDLING → HANDLING. */
  | 'REPLY'
  /** 开始办理 (supervisors, county administrators): RECEIVED → HANDLING. */
  | 'START';

/** An action on a complaint; which fields are needed depends on the action. */
export type ComplaintActionInput = {
  /** What to do. */
  action: ComplaintAction;
  /** EXTEND: working days to add, from 1 to the county's complaint handling days. */
  days?: InputMaybe<Scalars['Int']['input']>;
  /** The complaint. */
  id: Scalars['ID']['input'];
  /** Feedback (REPLY), reason (EXTEND, DISMISS) or result (CLOSE), at most 1000 characters; optional for START. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The version the caller saw; a stale version is refused with VERSION_CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Where a complaint came in (投诉来源). */
export type ComplaintChannel =
  /** 12345 热线: the 12345 government hotline. */
  | 'HOTLINE_12345'
  /** 来信: a letter. */
  | 'LETTER'
  /** 县长信箱: the county head's mailbox. */
  | 'MAILBOX'
  /** 其他热线: another hotline. */
  | 'OTHER_HOTLINE'
  /** 网上表单: the public web form (every filing without a token). */
  | 'PUBLIC_FORM'
  /** 窗口: taken at a service window in person. */
  | 'WINDOW';

/** One entry of a complaint's append-only history. */
export type ComplaintEvent = {
  __typename?: 'ComplaintEvent';
  /** file, start, reply, extend, close or dismiss. */
  action: Scalars['String']['output'];
  /** Who did it (公众 for the public). */
  actorName: Scalars['String']['output'];
  /** The actor's role (PUBLIC for the public). */
  actorRole: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Working days added, for an extension. */
  days?: Maybe<Scalars['Int']['output']>;
  /** Status before; null for the filing. */
  fromStatus?: Maybe<ComplaintStatus>;
  /** The action in Chinese, for display. */
  label: Scalars['String']['output'];
  /** Feedback, reason or result note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Status after. */
  toStatus: ComplaintStatus;
};

/** Filter for listing complaints. */
export type ComplaintFilter = {
  /** Only complaints that came in by these channels. */
  channel?: InputMaybe<Array<ComplaintChannel>>;
  /** Filed on or after this date (Beijing time). */
  filedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Filed on or before this date (Beijing time). */
  filedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only open complaints past their due instant (true), or all others (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these statuses. */
  status?: InputMaybe<Array<ComplaintStatus>>;
  /** Only complaints against this unit (clerks always see only their own). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** Only complaints against this kind of unit. */
  unitType?: InputMaybe<ComplaintUnitType>;
};

/** A complaint to file; no token needed. */
export type ComplaintInput = {
  /** The case it is about, if any (e.g. SCJG-20260930-0001); a county case must belong to the unit named. */
  caseNumber?: InputMaybe<Scalars['String']['input']>;
  /** Where it came in. Without a token it is always PUBLIC_FORM (another channel is FORBIDDEN); staff name the channel they took it by, WINDOW when they name none. */
  channel?: InputMaybe<ComplaintChannel>;
  /** The complainant's name, 1–50 characters. */
  complainantName: Scalars['String']['input'];
  /** Mainland mobile number, 11 digits. */
  complainantPhone?: InputMaybe<Scalars['String']['input']>;
  /** Client-chosen idempotency key (8–80 letters, digits or _.:-): repeating it with the same input returns the first result; with other input it is IDEMPOTENCY_KEY_REUSED. */
  requestId: Scalars['String']['input'];
  /** What happened, 1–2000 characters. */
  text: Scalars['String']['input'];
  /** The department's or township's id. */
  unitId: Scalars['ID']['input'];
  /** Against a department or a township. */
  unitType: ComplaintUnitType;
};

/** A page of complaints. */
export type ComplaintPage = {
  __typename?: 'ComplaintPage';
  /** The complaints of this page, newest first. */
  nodes: Array<Complaint>;
  /** Number of complaints matching the filter. */
  total: Scalars['Int']['output'];
};

/** What the filer gets back: the number to quote when asking about it, and when it is due. */
export type ComplaintReceipt = {
  __typename?: 'ComplaintReceipt';
  /** The handling due date. */
  dueDate: Scalars['Date']['output'];
  /** When it was filed. */
  filedAt: Scalars['DateTime']['output'];
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Readable number TS-<yyyymmdd>-<seq>. */
  number: Scalars['String']['output'];
  /** Query code (查询码, 6 letters and digits) that, with the number, looks the complaint up (trackComplaint); the same on a repeat of the filing. */
  queryCode: Scalars['String']['output'];
  /** Status when filed. */
  status: ComplaintStatus;
  /** Status in Chinese. */
  statusLabel: Scalars['String']['output'];
};

/** Where a complaint stands. */
export type ComplaintStatus =
  /** 已办结: closed with a result note (terminal). */
  | 'CLOSED'
  /** 不予受理: dismissed with a reason (terminal). */
  | 'DISMISSED'
  /** 办理中: supervision is handling it or the unit has answered. */
  | 'HANDLING'
  /** 已登记: filed, nobody has taken it up yet. */
  | 'RECEIVED';

/** Complaint figures for the complaints filed in a period, within the caller's scope. */
export type ComplaintSummary = {
  __typename?: 'ComplaintSummary';
  /** Of those, closed (已办结). */
  closed: Scalars['Int']['output'];
  /** Of the closed ones, closed by the end of their due day. */
  closedOnTime: Scalars['Int']['output'];
  /** closed / filed; null when nothing was filed. */
  closureRate?: Maybe<Rate>;
  /** Of those, dismissed (不予受理). */
  dismissed: Scalars['Int']['output'];
  /** Complaints filed in the period. */
  filed: Scalars['Int']['output'];
  /** First filing date counted (Beijing time). */
  from: Scalars['Date']['output'];
  /** closedOnTime / closed; null when nothing was closed. */
  onTimeRate?: Maybe<Rate>;
  /** Of those, still open (RECEIVED or HANDLING). */
  open: Scalars['Int']['output'];
  /** Of the open ones, past their due instant now. */
  overdueOpen: Scalars['Int']['output'];
  /** Last filing date counted (Beijing time). */
  to: Scalars['Date']['output'];
};

/** Whom a complaint is against. */
export type ComplaintUnitType =
  /** A county department (县级部门). */
  | 'DEPARTMENT'
  /** A township (乡镇), resolved by the township subgraph. */
  | 'TOWNSHIP';

/** An application (办件) handled by a county department. */
export type CountyCase = {
  __typename?: 'CountyCase';
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
  /** Whether a township accepted it on the county's behalf (委托受理). */
  delegated: Scalars['Boolean']['output'];
  /** When the result was handed over. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** How the result was handed over. */
  deliveryMethod?: Maybe<DeliveryMethod>;
  /** The responsible department. */
  department: Department;
  /** 特事特办: flagged for expedited handling. */
  expedited: Scalars['Boolean']['output'];
  /** 首问责任: the clerk who first took the case. */
  firstContactName: Scalars['String']['output'];
  /** When the county received the forwarded intake. */
  forwardedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The append-only history, oldest first. */
  history: Array<CaseStep>;
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The item applied for. */
  item: CountyItem;
  /** Missing materials of the latest one-time notice. */
  missingMaterials: Array<Scalars['String']['output']>;
  /** Readable number, unique across the network: <department code>-<yyyymmdd>-<seq>. */
  number: Scalars['String']['output'];
  /** The township intake it came from (township, clerk, times); null for cases taken in at a county window. */
  origin?: Maybe<DelegatedIntake>;
  /** The township that accepted it; null for cases taken in at a county window. Its fields resolve in the township: null, with SERVICE_UNAVAILABLE at them, while the township service is down. */
  originTownship?: Maybe<Township>;
  /** Short code the applicant uses with the number to track the case (masked for roles that do not handle it). */
  queryCode: Scalars['String']['output'];
  /** When the materials were taken in. */
  receivedAt: Scalars['DateTime']['output'];
  /** Reason of a refusal or rejection. */
  refusalReason?: Maybe<Scalars['String']['output']>;
  /** Result document number of an approval. */
  resultDocumentNumber?: Maybe<Scalars['String']['output']>;
  /** The applicant's review (好差评), if any (supervisors, administrators and the department's clerks). */
  review?: Maybe<CountyReview>;
  /** Kind of the current or last special procedure. */
  specialProcedureKind?: Maybe<SpecialProcedureKind>;
  /** Current status. */
  status: CaseStatus;
  /** Current status in Chinese. */
  statusLabel: Scalars['String']['output'];
  /** The case's newest supervision record (督办): the open one if any, else the latest closed; null when there is none or the caller may not read supervision records of the department (viewers, the public, other units' clerks). */
  supervision?: Maybe<SupervisionRecord>;
  /** Express tracking number. */
  trackingNumber?: Maybe<Scalars['String']['output']>;
  /** Optimistic-lock version; send it back with every action. */
  version: Scalars['Int']['output'];
};

/** Filter for listing county cases. */
export type CountyCaseFilter = {
  /** Accepted on or after this date (Beijing time). */
  acceptedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Accepted on or before this date (Beijing time). */
  acceptedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only cases of an applicant with exactly this 身份证号码 or 统一社会信用代码 (the unit's clerks only). */
  applicantIdNumber?: InputMaybe<Scalars['String']['input']>;
  /** Only cases of an applicant of exactly this name (the unit's clerks only: others read names masked). */
  applicantName?: InputMaybe<Scalars['String']['input']>;
  /** Only cases that came in this way (e.g. [ONLINE] for online applications still to accept). */
  channel?: InputMaybe<Array<CaseChannel>>;
  /** Only cases townships accepted on the county's behalf (true) or only window cases (false). */
  delegated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this department (county clerks always see only their own). */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only cases flagged 特事特办. */
  expedited?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this item. */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  /** Only cases with this number (exact; a delegated case also by its township intake's number). */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Only cases accepted by this township. */
  originTownshipId?: InputMaybe<Scalars['ID']['input']>;
  /** Only open cases past their due instant. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these statuses. */
  status?: InputMaybe<Array<CaseStatus>>;
  /** Only open cases at these warning levels now (e.g. [YELLOW, RED] for the e-supervision list). */
  warning?: InputMaybe<Array<WarningLevel>>;
};

/** A page of county cases. */
export type CountyCasePage = {
  __typename?: 'CountyCasePage';
  /** The cases of this page, newest first. */
  nodes: Array<CountyCase>;
  /** Number of cases matching the filter. */
  total: Scalars['Int']['output'];
};

/** An administrative item (事项) the county handles. Its guide is public (政务公开). */
export type CountyItem = {
  __typename?: 'CountyItem';
  /** Whether the item is offered (retired items stay for history). */
  active: Scalars['Boolean']['output'];
  /** Item code, unique in the county. */
  code: Scalars['String']['output'];
  /** Whether township centers may accept it on the county's behalf (委托受理). */
  delegable: Scalars['Boolean']['output'];
  /** Townships it is delegated to; null means every township (when delegable). The townships' fields resolve in the township: null, with SERVICE_UNAVAILABLE at them, while the township service is down. */
  delegatedTownships?: Maybe<Array<Township>>;
  /** Owning department. */
  department: Department;
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
  /** Legal basis (设定依据). */
  legalBasis: Scalars['String']['output'];
  /** 法定时限 in working days. */
  legalDays: Scalars['Int']['output'];
  /** Required materials. */
  materials: Array<Material>;
  /** Item name. */
  name: Scalars['String']['output'];
  /** 承诺时限 in working days (never above the legal days). */
  promisedDays: Scalars['Int']['output'];
  /** Policy warnings about the item, e.g. promised days above 50% of legal days. */
  warnings: Array<Scalars['String']['output']>;
};

/** Filter for the county catalog. */
export type CountyItemFilter = {
  /** Only items delegable to townships. */
  delegable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this department's items. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Include retired items (default false). */
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name or code contains this text. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A county item to create or update. */
export type CountyItemInput = {
  /** Whether the item is offered (default true). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Item code, unique in the county. */
  code: Scalars['String']['input'];
  /** Whether townships may accept it on the county's behalf. */
  delegable: Scalars['Boolean']['input'];
  /** Only these townships (null: all townships). */
  delegatedTownshipIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Owning department. */
  departmentId: Scalars['ID']['input'];
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
  /** 承诺时限, working days (≤ legal days; 0 for immediate items). */
  promisedDays: Scalars['Int']['input'];
  /** Optional idempotency key of a creation (8–80 letters, digits or _.:-): a repeat with the same content returns the first item, other content is IDEMPOTENCY_KEY_REUSED. Ignored by updateCountyItem. */
  requestId?: InputMaybe<Scalars['String']['input']>;
};

/** Result of creating or updating an item: the item and any policy warnings. */
export type CountyItemResult = {
  __typename?: 'CountyItemResult';
  /** The saved item. */
  item: CountyItem;
  /** Warnings the administrator should read (the item was saved anyway). */
  warnings: Array<Scalars['String']['output']>;
};

/** A county item's statistics. */
export type CountyItemStatistics = {
  __typename?: 'CountyItemStatistics';
  /** The item. */
  item: CountyItem;
  /** Its cases, delegated intakes included. */
  statistics: ScopeStatistics;
};

/** A refusal report (否定报备): every refusal or rejection, with its reason, unit and clerk. */
export type CountyRefusalReport = {
  __typename?: 'CountyRefusalReport';
  /** The case. */
  case: CountyCase;
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
  /** The department that refused. */
  unitName: Scalars['String']['output'];
};

/** A page of county refusal reports. */
export type CountyRefusalReportPage = {
  __typename?: 'CountyRefusalReportPage';
  /** The refusals of this page, newest first. */
  nodes: Array<CountyRefusalReport>;
  /** Number of refusals in the period. */
  total: Scalars['Int']['output'];
};

/** An applicant's review of a county case (one per case) and the rectification it opened, if any. */
export type CountyReview = {
  __typename?: 'CountyReview';
  /** The reviewed case. */
  case: CountyCase;
  /** The case number. */
  caseNumber: Scalars['String']['output'];
  /** The applicant's comment. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The responsible department. */
  department: Department;
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The item of the case. */
  item: CountyItem;
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
  /** Optimistic-lock version; send it back with every rectification step. */
  version: Scalars['Int']['output'];
};

/** Filter for listing county reviews. */
export type CountyReviewFilter = {
  /** Only this department (county clerks always see only their own). */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
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
};

/** A page of county reviews. */
export type CountyReviewPage = {
  __typename?: 'CountyReviewPage';
  /** The reviews of this page, newest first. */
  nodes: Array<CountyReview>;
  /** Number of reviews matching the filter. */
  total: Scalars['Int']['output'];
};

/** County settings that govern warnings and item policy. */
export type CountySettings = {
  __typename?: 'CountySettings';
  /** Working days to handle a complaint (效能投诉), default 5. */
  complaintHandlingDays: Scalars['Int']['output'];
  /** A delegated intake not forwarded within this many working minutes shows a warning (default 120). */
  forwardingLimitMinutes: Scalars['Int']['output'];
  /** Promised days above this share of legal days are accepted with a warning. */
  maxPromisedShare: Scalars['Float']['output'];
  /** Working days to rectify after a bad review (整改), default 5. */
  rectificationDays: Scalars['Int']['output'];
  /** YELLOW when at most this many working days are left. */
  yellowDaysLeft: Scalars['Int']['output'];
  /** YELLOW when this share of the working days is used (0–1). */
  yellowUsedFraction: Scalars['Float']['output'];
};

/** New county settings. */
export type CountySettingsInput = {
  /** Working days to handle a complaint (1–30); unchanged when left out. */
  complaintHandlingDays?: InputMaybe<Scalars['Int']['input']>;
  /** Forwarding limit for delegated intakes in working minutes (10–2400); default 120. */
  forwardingLimitMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Promised/legal share above which items get a warning (between 0 and 1). */
  maxPromisedShare: Scalars['Float']['input'];
  /** Working days to rectify after a bad review (1–30); unchanged when left out. */
  rectificationDays?: InputMaybe<Scalars['Int']['input']>;
  /** YELLOW when at most this many working days are left (0–10). */
  yellowDaysLeft: Scalars['Int']['input'];
  /** YELLOW when this share of the working days is used (between 0 and 1). */
  yellowUsedFraction: Scalars['Float']['input'];
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

/** A delegable county item as the township service keeps it, to accept it while the county is unreachable. */
export type DelegableItemCopy = {
  __typename?: 'DelegableItemCopy';
  /** Item code. */
  code: Scalars['String']['output'];
  /** Townships it is delegated to; null means every township. */
  delegatedTownshipIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** Owning department. */
  departmentId: Scalars['ID']['output'];
  /** County item id. */
  id: Scalars['ID']['output'];
  /** 即办件 or 承诺件. */
  kind: ItemKind;
  /** 法定时限, working days. */
  legalDays: Scalars['Int']['output'];
  /** Required materials. */
  materials: Array<Material>;
  /** Item name. */
  name: Scalars['String']['output'];
  /** 承诺时限, working days. */
  promisedDays: Scalars['Int']['output'];
};

/** An intake a township accepted for the county (owned by the township subgraph). */
export type DelegatedIntake = {
  __typename?: 'DelegatedIntake';
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
};

/** How a result reaches the applicant. */
export type DeliveryMethod =
  /** 邮寄送达 (tracking number required). */
  | 'EXPRESS'
  /** 当场/窗口领取. */
  | 'IN_PERSON';

/** A county department (部门) staffing windows at the county government service center. */
export type Department = {
  __typename?: 'Department';
  /** False once deactivated (停用) by setDepartmentActive. */
  active: Scalars['Boolean']['output'];
  /** Short code used in case numbers, e.g. SCJG. */
  code: Scalars['String']['output'];
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The department's items in the catalog. */
  items: Array<CountyItem>;
  /** Full name, e.g. 临江县市场监督管理局. */
  name: Scalars['String']['output'];
  /** Enquiry phone of the window. */
  phone: Scalars['String']['output'];
  /** Short name for narrow displays. */
  shortName: Scalars['String']['output'];
  /** The department's window(s) in the service hall. */
  window: Scalars['String']['output'];
};

/** A department to create or update. */
export type DepartmentInput = {
  /** Short code, 2–8 capital letters. */
  code: Scalars['String']['input'];
  /** Full name. */
  name: Scalars['String']['input'];
  /** Enquiry phone. */
  phone: Scalars['String']['input'];
  /** Optional idempotency key of a creation (8–80 letters, digits or _.:-): a repeat with the same content returns the first department, other content is IDEMPOTENCY_KEY_REUSED. Ignored by updateDepartment. */
  requestId?: InputMaybe<Scalars['String']['input']>;
  /** Short name. */
  shortName: Scalars['String']['input'];
  /** Window(s) in the service hall. */
  window: Scalars['String']['input'];
};

/** A department's statistics, with each of its items. */
export type DepartmentStatistics = {
  __typename?: 'DepartmentStatistics';
  /** The department. */
  department: Department;
  /** Each of its items by code, retired ones included. */
  items: Array<CountyItemStatistics>;
  /** Its cases, delegated intakes of its items included. */
  statistics: ScopeStatistics;
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

/** The acceptance of a forwarded intake: the county case's first change after its receipt, with the state the township keeps. */
export type ForwardedIntakeAcceptance = {
  __typename?: 'ForwardedIntakeAcceptance';
  /** When (the township's acceptance: the clock starts there). */
  at: Scalars['DateTime']['output'];
  /** The instant the county case becomes overdue. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The county's due date. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** 特事特办. */
  expedited: Scalars['Boolean']['output'];
  /** Status before the step. */
  fromStatus: CaseStatus;
  /** Note of the step. */
  note: Scalars['String']['output'];
  /** Since when the county's clock is stopped; null while it runs. */
  pausedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Working days the clock has been stopped. */
  pausedWorkingDays: Scalars['Int']['output'];
  /** The county case version before the acceptance (its receipt). */
  previousVersion: Scalars['Int']['output'];
  /** The step taken (accept). */
  step: Scalars['String']['output'];
  /** Status after the step. */
  toStatus: CaseStatus;
  /** Years whose working days the due date had to guess. */
  uncertainYears: Array<Scalars['Int']['output']>;
  /** The county unit the step is recorded under. */
  unitName: Scalars['String']['output'];
  /** The county case version the acceptance made. */
  version: Scalars['Int']['output'];
};

/** The county's acknowledgement of a forwarded intake. */
export type ForwardedIntakeAck = {
  __typename?: 'ForwardedIntakeAck';
  /** The county's acceptance of the case, which it does not send again as an update; null when it does. */
  acceptance?: Maybe<ForwardedIntakeAcceptance>;
  /** The county case created for the intake. */
  countyCaseId: Scalars['ID']['output'];
  /** Its number. */
  countyCaseNumber: Scalars['String']['output'];
  /** Its due date. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** Whether the intake had been received before (a repeated delivery). */
  duplicate: Scalars['Boolean']['output'];
  /** Its status. */
  status: CaseStatus;
};

/** An intake forwarded by a township (service-to-service). */
export type ForwardedIntakeInput = {
  /** When the township accepted it: the applicant's clock starts here. */
  acceptedAt: Scalars['DateTime']['input'];
  /** The applicant. */
  applicant: ApplicantInput;
  /** ONLINE when the township took it in from an online application (网上申报); WINDOW when absent. */
  channel?: InputMaybe<CaseChannel>;
  /** The township clerk who accepted it (首问责任). */
  clerkId: Scalars['String']['input'];
  /** The clerk's name. */
  clerkName: Scalars['String']['input'];
  /** 特事特办. */
  expedited?: InputMaybe<Scalars['Boolean']['input']>;
  /** The township's intake id (the idempotency key: one county case per intake). */
  intakeId: Scalars['ID']['input'];
  /** The intake's number, which the applicant tracks. */
  intakeNumber: Scalars['String']['input'];
  /** The county item. */
  itemId: Scalars['ID']['input'];
  /** Note from the township clerk. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The intake's query code. */
  queryCode: Scalars['String']['input'];
  /** Materials handed in at the township. */
  submittedMaterials: Array<Scalars['String']['input']>;
  /** The accepting township. */
  townshipId: Scalars['ID']['input'];
  /** Its name, for the history. */
  townshipName: Scalars['String']['input'];
};

/** The outcome of one intake of a batch forwarded together: its acknowledgement, or why it was refused. */
export type ForwardedIntakeOutcome = {
  __typename?: 'ForwardedIntakeOutcome';
  /** The acknowledgement, when the county has the intake's case. */
  ack?: Maybe<ForwardedIntakeAck>;
  /** The error code (as extensions.code) when it does not. */
  errorCode?: Maybe<Scalars['String']['output']>;
  /** The error message when it does not. */
  errorMessage?: Maybe<Scalars['String']['output']>;
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Act on a complaint: start, extend, close or dismiss (supervisors, county administrators), reply (the unit's clerks). */
  actOnComplaint: Complaint;
  /** Act on a county case: accept, request supplement, approve… (county clerks of its department). */
  actOnCountyCase: CountyCase;
  /** A step on the rectification of a county review: the department's clerks start and complete it, supervisors decide and follow up. */
  actOnCountyRectification: CountyReview;
  /** Apply online for a county item (the public, no sign-in; rate-limited per client address): a RECEIVED case in its department's queue. */
  applyCountyItemOnline: OnlineApplicationReceipt;
  /** Service-to-service: a township clerk's action on a delegated case (resubmitted supplement, handover). */
  applyTownshipAction: CountyCase;
  /** The responsible unit's clerk answers and closes a record with a feedback note. */
  closeSupervisionRecord: SupervisionRecord;
  /** Declare a year's calendar fully entered, or withdraw that (administrators). */
  confirmCalendarYear: CalendarStatus;
  /** Create a county item (administrators); promised days above legal days are refused. */
  createCountyItem: CountyItemResult;
  /** Create a department (administrators). */
  createDepartment: Department;
  /** File a complaint (the public without a token, or staff); returns a receipt. Rate-limited per client at the gateway for the public. */
  fileComplaint: ComplaintReceipt;
  /** A supervisor opens a supervision record by hand. */
  openSupervisionRecord: SupervisionRecord;
  /** Take in an application at a county window (county clerks of the item's department). */
  receiveCountyCase: CountyCase;
  /** Service-to-service: a township forwards an intake; exactly one county case per intake. */
  receiveForwardedIntake: ForwardedIntakeAck;
  /** Several forwarded intakes in one call (service-to-service): one outcome per input, in order; each is received, or refused, by itself. */
  receiveForwardedIntakes: Array<ForwardedIntakeOutcome>;
  /** Remove an override (administrators); returns whether one existed. */
  removeCalendarOverride: Scalars['Boolean']['output'];
  /** Service-to-service: a township case turned RED; opens its supervision record once. */
  reportRedTownshipCase: SupervisionRecord;
  /** Tries the parked messages towards the township service again, after their cause was fixed; returns how many (administrators). */
  retryCountyOutbox: Scalars['Int']['output'];
  /** Mark a date as a working day or a day off (administrators). */
  setCalendarOverride: CalendarOverride;
  /** Flag or unflag a case as 特事特办. */
  setCountyCaseExpedited: CountyCase;
  /** Deactivate (停用) or reactivate a department (administrators); a department with unfinished cases cannot be deactivated (UNIT_HAS_OPEN_WORK, nothing changes). */
  setDepartmentActive: Department;
  /** Review a finished case with its number and query code (public, no token); one review per case (一事一评). */
  submitReview: ReviewReceipt;
  /** Update a county item (administrators). */
  updateCountyItem: CountyItemResult;
  /** Change the county settings (administrators). */
  updateCountySettings: CountySettings;
  /** Update a department (administrators). */
  updateDepartment: Department;
};


export type MutationActOnComplaintArgs = {
  input: ComplaintActionInput;
};


export type MutationActOnCountyCaseArgs = {
  input: CaseActionInput;
};


export type MutationActOnCountyRectificationArgs = {
  input: RectificationActionInput;
};


export type MutationApplyCountyItemOnlineArgs = {
  input: OnlineApplicationInput;
};


export type MutationApplyTownshipActionArgs = {
  input: TownshipActionInput;
};


export type MutationCloseSupervisionRecordArgs = {
  feedback: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationConfirmCalendarYearArgs = {
  confirmed: Scalars['Boolean']['input'];
  year: Scalars['Int']['input'];
};


export type MutationCreateCountyItemArgs = {
  input: CountyItemInput;
};


export type MutationCreateDepartmentArgs = {
  input: DepartmentInput;
};


export type MutationFileComplaintArgs = {
  input: ComplaintInput;
};


export type MutationOpenSupervisionRecordArgs = {
  input: OpenSupervisionInput;
};


export type MutationReceiveCountyCaseArgs = {
  input: ReceiveCountyCaseInput;
};


export type MutationReceiveForwardedIntakeArgs = {
  input: ForwardedIntakeInput;
};


export type MutationReceiveForwardedIntakesArgs = {
  inputs: Array<ForwardedIntakeInput>;
};


export type MutationRemoveCalendarOverrideArgs = {
  date: Scalars['Date']['input'];
};


export type MutationReportRedTownshipCaseArgs = {
  input: RedCaseReportInput;
};


export type MutationSetCalendarOverrideArgs = {
  date: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  workday: Scalars['Boolean']['input'];
};


export type MutationSetCountyCaseExpeditedArgs = {
  expedited: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationSetDepartmentActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSubmitReviewArgs = {
  input: ReviewInput;
};


export type MutationUpdateCountyItemArgs = {
  id: Scalars['ID']['input'];
  input: CountyItemInput;
};


export type MutationUpdateCountySettingsArgs = {
  input: CountySettingsInput;
};


export type MutationUpdateDepartmentArgs = {
  id: Scalars['ID']['input'];
  input: DepartmentInput;
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

/** A supervisor opens a supervision record by hand: about a case, or about a unit. */
export type OpenSupervisionInput = {
  /** The case (county or township) the record is about. */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** Tier of the case (with caseId). */
  caseTier?: InputMaybe<CaseTier>;
  /** Why (督办事由), at most 1000 characters. */
  reason: Scalars['String']['input'];
  /** Client-chosen idempotency key: repeating it with the same input returns the first result; with other input it is IDEMPOTENCY_KEY_REUSED. */
  requestId: Scalars['String']['input'];
  /** The department or township, when the record is about a unit rather than a case. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** Kind of unit, when the record is about a unit rather than a case. */
  unitType?: InputMaybe<UnitType>;
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

/** What the public sees of a complaint by its number and query code (trackComplaint): where it stands, never who complained, what they wrote or who handled it. */
export type PublicComplaintView = {
  __typename?: 'PublicComplaintView';
  /** The day it was closed (已办结) or dismissed (不予受理), Beijing time; null while open. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** The handling due date, after any extension. */
  dueDate: Scalars['Date']['output'];
  /** Whether the deadline has been extended (dueDate is then the new one). */
  extended: Scalars['Boolean']['output'];
  /** The filing day (Beijing time). */
  filedOn: Scalars['Date']['output'];
  /** Readable number TS-<yyyymmdd>-<seq>. */
  number: Scalars['String']['output'];
  /** Current status. */
  status: ComplaintStatus;
  /** Current status in Chinese. */
  statusLabel: Scalars['String']['output'];
  /** The unit complained about, as named when the complaint was filed. */
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
  /** A month's dates with their kind, holiday name and override, for the calendar page (administrators; supervisors read). Year 2000–2100, month 1–12, else BAD_USER_INPUT. Null, with SERVICE_UNAVAILABLE at its path, while the county service is down. */
  calendarMonth?: Maybe<CalendarMonth>;
  /** Service-to-service: calendar and settings for the township tier. */
  calendarSnapshot: CalendarSnapshot;
  /** Calendar coverage and overrides (administrators). Null, with SERVICE_UNAVAILABLE at its path, while the county service is down. */
  calendarStatus?: Maybe<CalendarStatus>;
  /** One complaint (supervisors, county administrators, clerks of the unit complained about). */
  complaint?: Maybe<Complaint>;
  /** Complaint figures for a period (also for viewers); clerks get their own unit's. Null, with SERVICE_UNAVAILABLE at its path, while the county service is down. */
  complaintSummary?: Maybe<ComplaintSummary>;
  /** Complaints visible to the caller, newest first: supervisors and county administrators see all, clerks those about their unit. Null, with SERVICE_UNAVAILABLE at its path, while the county service is down. */
  complaints?: Maybe<ComplaintPage>;
  /** The county's audit log (操作日志) of administrative changes (catalog, calendar, settings, supervision and complaint decisions), newest first, paged in the database (COUNTY_ADMIN; SUPERVISOR read-only). Append-only: nothing deletes its entries. Null, with SERVICE_UNAVAILABLE at its path, while the county service is down. */
  countyAuditLog?: Maybe<AuditLogPage>;
  /** One county case. */
  countyCase?: Maybe<CountyCase>;
  /** County cases visible to the caller; county clerks see their department's only. Null, with SERVICE_UNAVAILABLE at its path, while the county service is down. */
  countyCases?: Maybe<CountyCasePage>;
  /** One county item's guide (public). */
  countyItem?: Maybe<CountyItem>;
  /** The county catalog (public guides). Null, with SERVICE_UNAVAILABLE at its path, while the county service is down. */
  countyItems?: Maybe<Array<CountyItem>>;
  /** Messages waiting to go to the township service, and those it refused (administrators). */
  countyOutbox?: Maybe<OutboxStatus>;
  /** County refusals and rejections refused in the period (Beijing dates): supervisors and administrators all, county clerks their department's. Null, with SERVICE_UNAVAILABLE at its path, while the county service is down. */
  countyRefusalReports?: Maybe<CountyRefusalReportPage>;
  /** Reviews of county cases, newest first (supervisors and administrators: all; county clerks: their department's). Null, with SERVICE_UNAVAILABLE at its path, while the county service is down. */
  countyReviews?: Maybe<CountyReviewPage>;
  /** County settings (staff). Null, with SERVICE_UNAVAILABLE at its path, while the county service is down. */
  countySettings?: Maybe<CountySettings>;
  /** One department (public). */
  department?: Maybe<Department>;
  /** All departments (public). Null, with SERVICE_UNAVAILABLE at its path, while the county service is down. */
  departments?: Maybe<Array<Department>>;
  /** Statistics for a period of at most 366 days (staff). Each scope field checks the caller's role on its own, so one forbidden scope fails with an error while the others answer. Answered even while the county service is down: the gateway keeps the period, the townships still come from the township service, and each county scope is null with SERVICE_UNAVAILABLE at its path. */
  statistics?: Maybe<Statistics>;
  /** One supervision record. */
  supervisionRecord?: Maybe<SupervisionRecord>;
  /** Supervision records: supervisors and administrators see all; clerks their own unit's. Null, with SERVICE_UNAVAILABLE at its path, while the county service is down. */
  supervisionRecords?: Maybe<SupervisionRecordPage>;
  /** Public look-up of a complaint by the number and query code on its receipt (no token needed); null when no complaint has that pair. A blank, overlong or malformed number or code is BAD_USER_INPUT. Rate-limited per client at the gateway, and a number is locked for a while after repeated wrong codes. */
  trackComplaint?: Maybe<PublicComplaintView>;
  /** Whether a date is a working day (public). Null, with SERVICE_UNAVAILABLE at its path, while the county service is down. */
  workingDay?: Maybe<WorkingDayInfo>;
};


export type QueryCalendarMonthArgs = {
  month: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type QueryComplaintArgs = {
  id: Scalars['ID']['input'];
};


export type QueryComplaintSummaryArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryComplaintsArgs = {
  filter?: InputMaybe<ComplaintFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCountyAuditLogArgs = {
  filter?: InputMaybe<AuditLogFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCountyCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCountyCasesArgs = {
  filter?: InputMaybe<CountyCaseFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCountyItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCountyItemsArgs = {
  filter?: InputMaybe<CountyItemFilter>;
};


export type QueryCountyOutboxArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCountyRefusalReportsArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Date']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['Date']['input'];
};


export type QueryCountyReviewsArgs = {
  filter?: InputMaybe<CountyReviewFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStatisticsArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QuerySupervisionRecordArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupervisionRecordsArgs = {
  filter?: InputMaybe<SupervisionFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrackComplaintArgs = {
  number: Scalars['String']['input'];
  queryCode: Scalars['String']['input'];
};


export type QueryWorkingDayArgs = {
  date: Scalars['Date']['input'];
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

/** A new application taken in at a county window. */
export type ReceiveCountyCaseInput = {
  /** The applicant. */
  applicant: ApplicantInput;
  /** 特事特办. */
  expedited?: InputMaybe<Scalars['Boolean']['input']>;
  /** The item applied for. */
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

/** Service-to-service: a township case turned RED. */
export type RedCaseReportInput = {
  /** When the township noticed it. */
  at: Scalars['DateTime']['input'];
  /** The township case. */
  caseId: Scalars['ID']['input'];
  /** Its number. */
  caseNumber: Scalars['String']['input'];
  /** Its due date. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** Its township. */
  townshipId: Scalars['ID']['input'];
  /** The township's name. */
  townshipName: Scalars['String']['input'];
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

/** Statistics for a period: the county subgraph answers the county and its departments, the township subgraph the townships, and the township adds both up for the network (so the gateway asks each tier once). */
export type Statistics = {
  __typename?: 'Statistics';
  /** The county's own cases, delegated intakes included (each is exactly one county case of its department). Administrators, supervisors and viewers. Null, with SERVICE_UNAVAILABLE at its path, while the county service is down. */
  county?: Maybe<ScopeStatistics>;
  /** Every department by code, each with every item (zeros and null rates when nothing happened); a county clerk gets their own department only. Null, with SERVICE_UNAVAILABLE at its path, while the county service is down. */
  departments?: Maybe<Array<DepartmentStatistics>>;
  /** First day of the period (Beijing time). */
  from: Scalars['Date']['output'];
  /** Last day of the period, included. */
  to: Scalars['Date']['output'];
};

/** Filter for supervision records. */
export type SupervisionFilter = {
  /** Only records about cases of this tier. */
  caseTier?: InputMaybe<CaseTier>;
  /** Only automatic or only manual records. */
  origin?: InputMaybe<SupervisionOrigin>;
  /** Only OPEN or only CLOSED. */
  status?: InputMaybe<SupervisionStatus>;
  /** Only records about this department or township. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** Only records about this kind of unit. */
  unitType?: InputMaybe<UnitType>;
};

/** How a supervision record was opened. */
export type SupervisionOrigin =
  /** Opened by e-supervision when the case turned RED (once per case). */
  | 'AUTO'
  /** Opened by a supervisor by hand. */
  | 'MANUAL';

/** A supervision record (督办) of the efficiency office. */
export type SupervisionRecord = {
  __typename?: 'SupervisionRecord';
  /** Number of the case it is about. */
  caseNumber?: Maybe<Scalars['String']['output']>;
  /** Tier of the case it is about; null for a record about a unit only. */
  caseTier?: Maybe<CaseTier>;
  /** When it was closed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who closed it. */
  closedByName?: Maybe<Scalars['String']['output']>;
  /** The county case it is about, when caseTier is COUNTY. */
  countyCase?: Maybe<CountyCase>;
  /** The responsible department, when unitType is DEPARTMENT. */
  department?: Maybe<Department>;
  /** The responsible unit's feedback (反馈意见). */
  feedback?: Maybe<Scalars['String']['output']>;
  /** Its steps, oldest first. */
  history: Array<SupervisionStep>;
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Readable number, DB-<yyyymmdd>-<seq>. */
  number: Scalars['String']['output'];
  /** When it was opened. */
  openedAt: Scalars['DateTime']['output'];
  /** Who opened it (电子监察 for automatic records). */
  openedByName: Scalars['String']['output'];
  /** How it was opened. */
  origin: SupervisionOrigin;
  /** Why it was opened (督办事由). */
  reason: Scalars['String']['output'];
  /** OPEN or CLOSED. */
  status: SupervisionStatus;
  /** The responsible township, when unitType is TOWNSHIP. */
  township?: Maybe<Township>;
  /** The township case it is about, when caseTier is TOWNSHIP (resolved by the township subgraph). */
  townshipCase?: Maybe<TownshipCase>;
  /** Identifier of the responsible department or township. */
  unitId: Scalars['ID']['output'];
  /** Name of the responsible unit. */
  unitName: Scalars['String']['output'];
  /** Kind of the responsible unit. */
  unitType: UnitType;
  /** Optimistic-lock version; send it back when closing. */
  version: Scalars['Int']['output'];
};

/** A page of supervision records. */
export type SupervisionRecordPage = {
  __typename?: 'SupervisionRecordPage';
  /** The records of this page, newest first. */
  nodes: Array<SupervisionRecord>;
  /** Number of records matching the filter. */
  total: Scalars['Int']['output'];
};

/** State of a supervision record. */
export type SupervisionStatus =
  /** Answered and closed by the responsible unit (已反馈). */
  | 'CLOSED'
  /** Waiting for the responsible unit's feedback (督办中). */
  | 'OPEN';

/** One step of a supervision record. */
export type SupervisionStep = {
  __typename?: 'SupervisionStep';
  /** OPEN or CLOSE. */
  action: Scalars['String']['output'];
  /** Who. */
  actorName: Scalars['String']['output'];
  /** Their role. */
  actorRole: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Reason or feedback. */
  note?: Maybe<Scalars['String']['output']>;
};

/** A township, owned by the township subgraph; the county adds its county-side figures. */
export type Township = {
  __typename?: 'Township';
  /** County cases this township accepted on the county's behalf, as the county sees them (staff only). Null, with SERVICE_UNAVAILABLE at its path, while the county service is down. */
  countyFigures?: Maybe<TownshipCountyFigures>;
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
};

/** An action a township clerk took on a delegated case (service-to-service). */
export type TownshipActionInput = {
  /** RESUBMIT (supplement collected) or DELIVER (result handed over). */
  action: CaseAction;
  /** The township clerk. */
  actorId: Scalars['String']['input'];
  /** The clerk's name. */
  actorName: Scalars['String']['input'];
  /** When it happened at the township. */
  at: Scalars['DateTime']['input'];
  /** DELIVER: how. */
  deliveryMethod?: InputMaybe<DeliveryMethod>;
  /** The township intake. */
  intakeId: Scalars['ID']['input'];
  /** Unique key of the message; a repeat is applied once. */
  messageKey: Scalars['String']['input'];
  /** Note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The township's name. */
  townshipName: Scalars['String']['input'];
  /** DELIVER by EXPRESS: the tracking number. */
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
};

/** A township case (owned by the township subgraph): referenced by supervision records, and given its supervision state by the county. */
export type TownshipCase = {
  __typename?: 'TownshipCase';
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The case's newest supervision record (督办): the open one if any, else the latest closed; null when there is none or the caller may not read supervision records of the township (viewers, the public, other units' clerks). Resolved by the county: null, with SERVICE_UNAVAILABLE at its path, while the county service is down. */
  supervision?: Maybe<SupervisionRecord>;
};

/** How a township's delegated intakes stand at the county. */
export type TownshipCountyFigures = {
  __typename?: 'TownshipCountyFigures';
  /** Completed (approved or rejected) and not yet handed over. */
  awaitingHandover: Scalars['Int']['output'];
  /** Delegated county cases from this township, all time. */
  delegatedCases: Scalars['Int']['output'];
  /** When the county last received an intake from this township. */
  lastReceivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Of those, still open at the county. */
  openCases: Scalars['Int']['output'];
  /** Of those, open and overdue. */
  overdueCases: Scalars['Int']['output'];
};

/** Public tracking of a case by number and query code; each tier resolves its own part. */
export type TrackedCase = {
  __typename?: 'TrackedCase';
  /** The county's part of the journey, when the county holds a case with this number and code. Null, with SERVICE_UNAVAILABLE at its path, while the county service is down. */
  county?: Maybe<PublicCaseView>;
  /** The case number. */
  number: Scalars['String']['output'];
  /** The query code printed on the acceptance slip. */
  queryCode: Scalars['String']['output'];
};

/** Which kind of unit must answer. */
export type UnitType =
  /** A county department. */
  | 'DEPARTMENT'
  /** A township service center. */
  | 'TOWNSHIP';

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

/** A day as the working-day calendar sees it. */
export type WorkingDayInfo = {
  __typename?: 'WorkingDayInfo';
  /** The date. */
  date: Scalars['Date']['output'];
  /** Whether the calendar knows it (built-in year, confirmed year, or an override). */
  known: Scalars['Boolean']['output'];
  /** Whether it is a working day. */
  workday: Scalars['Boolean']['output'];
};



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
  CountyCase: CountyCase;
  CountyItem: CountyItem;
  Department: Department;
  Statistics: Statistics;
  Township: Township;
  TownshipCase: TownshipCase;
  TrackedCase: TrackedCase;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  CountyCase:
    ( { __typename: 'CountyCase' }
    & GraphQLRecursivePick<FederationTypes['CountyCase'], {"id":true}> );
  CountyItem:
    ( { __typename: 'CountyItem' }
    & GraphQLRecursivePick<FederationTypes['CountyItem'], {"id":true}> );
  Department:
    ( { __typename: 'Department' }
    & GraphQLRecursivePick<FederationTypes['Department'], {"id":true}> );
  Statistics:
    ( { __typename: 'Statistics' }
    & GraphQLRecursivePick<FederationTypes['Statistics'], {"from":true,"to":true}> );
  Township:
    ( { __typename: 'Township' }
    & GraphQLRecursivePick<FederationTypes['Township'], {"id":true}> );
  TownshipCase:
    ( { __typename: 'TownshipCase' }
    & GraphQLRecursivePick<FederationTypes['TownshipCase'], {"id":true}> );
  TrackedCase:
    ( { __typename: 'TrackedCase' }
    & GraphQLRecursivePick<FederationTypes['TrackedCase'], {"number":true,"queryCode":true}> );
};



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
  CalendarDay: ResolverTypeWrapper<CalendarDay>;
  CalendarDayKind: CalendarDayKind;
  CalendarMonth: ResolverTypeWrapper<CalendarMonth>;
  CalendarOverride: ResolverTypeWrapper<CalendarOverride>;
  CalendarSnapshot: ResolverTypeWrapper<Omit<CalendarSnapshot, 'delegableItems'> & { delegableItems: Array<ResolversTypes['DelegableItemCopy']> }>;
  CalendarStatus: ResolverTypeWrapper<Omit<CalendarStatus, 'uncertainCases'> & { uncertainCases: Array<ResolversTypes['CountyCase']> }>;
  CaseAction: CaseAction;
  CaseActionInput: CaseActionInput;
  CaseChannel: CaseChannel;
  CaseStatus: CaseStatus;
  CaseStep: ResolverTypeWrapper<CaseStepViewModel>;
  CaseTier: CaseTier;
  Complainant: ResolverTypeWrapper<Complainant>;
  Complaint: ResolverTypeWrapper<CountyComplaintModel>;
  ComplaintAction: ComplaintAction;
  ComplaintActionInput: ComplaintActionInput;
  ComplaintChannel: ComplaintChannel;
  ComplaintEvent: ResolverTypeWrapper<ComplaintEventViewModel>;
  ComplaintFilter: ComplaintFilter;
  ComplaintInput: ComplaintInput;
  ComplaintPage: ResolverTypeWrapper<Omit<ComplaintPage, 'nodes'> & { nodes: Array<ResolversTypes['Complaint']> }>;
  ComplaintReceipt: ResolverTypeWrapper<ComplaintReceiptViewModel>;
  ComplaintStatus: ComplaintStatus;
  ComplaintSummary: ResolverTypeWrapper<ComplaintSummary>;
  ComplaintUnitType: ComplaintUnitType;
  CountyCase: ResolverTypeWrapper<CountyCaseModel>;
  CountyCaseFilter: CountyCaseFilter;
  CountyCasePage: ResolverTypeWrapper<Omit<CountyCasePage, 'nodes'> & { nodes: Array<ResolversTypes['CountyCase']> }>;
  CountyItem: ResolverTypeWrapper<CountyItemModel>;
  CountyItemFilter: CountyItemFilter;
  CountyItemInput: CountyItemInput;
  CountyItemResult: ResolverTypeWrapper<Omit<CountyItemResult, 'item'> & { item: ResolversTypes['CountyItem'] }>;
  CountyItemStatistics: ResolverTypeWrapper<Omit<CountyItemStatistics, 'item' | 'statistics'> & { item: ResolversTypes['CountyItem'], statistics: ResolversTypes['ScopeStatistics'] }>;
  CountyRefusalReport: ResolverTypeWrapper<CountyRefusalReportRowModel>;
  CountyRefusalReportPage: ResolverTypeWrapper<Omit<CountyRefusalReportPage, 'nodes'> & { nodes: Array<ResolversTypes['CountyRefusalReport']> }>;
  CountyReview: ResolverTypeWrapper<CountyReviewModel>;
  CountyReviewFilter: CountyReviewFilter;
  CountyReviewPage: ResolverTypeWrapper<Omit<CountyReviewPage, 'nodes'> & { nodes: Array<ResolversTypes['CountyReview']> }>;
  CountySettings: ResolverTypeWrapper<CountySettings>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CountySettingsInput: CountySettingsInput;
  DailyFigures: ResolverTypeWrapper<DailyFigures>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deadline: ResolverTypeWrapper<Deadline>;
  DelegableItemCopy: ResolverTypeWrapper<CountyItemModel>;
  DelegatedIntake: ResolverTypeWrapper<EntityRefModel>;
  DeliveryMethod: DeliveryMethod;
  Department: ResolverTypeWrapper<DepartmentModel>;
  DepartmentInput: DepartmentInput;
  DepartmentStatistics: ResolverTypeWrapper<DepartmentStatisticsSourceModel>;
  Fee: ResolverTypeWrapper<Fee>;
  FeeInput: FeeInput;
  Figures: ResolverTypeWrapper<Figures>;
  ForwardedIntakeAcceptance: ResolverTypeWrapper<ForwardedIntakeAcceptance>;
  ForwardedIntakeAck: ResolverTypeWrapper<ForwardedIntakeAckViewModel>;
  ForwardedIntakeInput: ForwardedIntakeInput;
  ForwardedIntakeOutcome: ResolverTypeWrapper<Omit<ForwardedIntakeOutcome, 'ack'> & { ack?: Maybe<ResolversTypes['ForwardedIntakeAck']> }>;
  HandlingStep: HandlingStep;
  ItemKind: ItemKind;
  Material: ResolverTypeWrapper<Material>;
  MaterialInput: MaterialInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OnlineApplicationInput: OnlineApplicationInput;
  OnlineApplicationReceipt: ResolverTypeWrapper<OnlineApplicationReceipt>;
  OpenSupervisionInput: OpenSupervisionInput;
  OutboxStatus: ResolverTypeWrapper<OutboxStatus>;
  ParkedMessage: ResolverTypeWrapper<ParkedMessage>;
  PublicCaseView: ResolverTypeWrapper<PublicCaseViewModelModel>;
  PublicComplaintView: ResolverTypeWrapper<PublicComplaintViewModelModel>;
  PublicStep: ResolverTypeWrapper<PublicStep>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Rate: ResolverTypeWrapper<Rate>;
  ReceiveCountyCaseInput: ReceiveCountyCaseInput;
  Rectification: ResolverTypeWrapper<RectificationViewModel>;
  RectificationAction: RectificationAction;
  RectificationActionInput: RectificationActionInput;
  RectificationStatus: RectificationStatus;
  RectificationStepKind: RectificationStepKind;
  RectificationStepRecord: ResolverTypeWrapper<RectificationStepViewModel>;
  RedCaseReportInput: RedCaseReportInput;
  RefusalKind: RefusalKind;
  ReviewInput: ReviewInput;
  ReviewReceipt: ResolverTypeWrapper<ReviewReceipt>;
  ScopeStatistics: ResolverTypeWrapper<ScopeStatisticsSourceModel>;
  SpecialProcedureKind: SpecialProcedureKind;
  Statistics: ResolverTypeWrapper<StatisticsRefModel>;
  SupervisionFilter: SupervisionFilter;
  SupervisionOrigin: SupervisionOrigin;
  SupervisionRecord: ResolverTypeWrapper<SupervisionRecordRowModel>;
  SupervisionRecordPage: ResolverTypeWrapper<Omit<SupervisionRecordPage, 'nodes'> & { nodes: Array<ResolversTypes['SupervisionRecord']> }>;
  SupervisionStatus: SupervisionStatus;
  SupervisionStep: ResolverTypeWrapper<SupervisionEventRowModel>;
  Township: ResolverTypeWrapper<EntityRefModel>;
  TownshipActionInput: TownshipActionInput;
  TownshipCase: ResolverTypeWrapper<EntityRefModel>;
  TownshipCountyFigures: ResolverTypeWrapper<TownshipCountyFigures>;
  TrackedCase: ResolverTypeWrapper<Omit<TrackedCase, 'county'> & { county?: Maybe<ResolversTypes['PublicCaseView']> }>;
  UnitType: UnitType;
  WarningCounts: ResolverTypeWrapper<WarningCounts>;
  WarningLevel: WarningLevel;
  WorkingDayInfo: ResolverTypeWrapper<WorkingDayInfo>;
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
  CalendarDay: CalendarDay;
  CalendarMonth: CalendarMonth;
  CalendarOverride: CalendarOverride;
  CalendarSnapshot: Omit<CalendarSnapshot, 'delegableItems'> & { delegableItems: Array<ResolversParentTypes['DelegableItemCopy']> };
  CalendarStatus: Omit<CalendarStatus, 'uncertainCases'> & { uncertainCases: Array<ResolversParentTypes['CountyCase']> };
  CaseActionInput: CaseActionInput;
  CaseStep: CaseStepViewModel;
  Complainant: Complainant;
  Complaint: CountyComplaintModel;
  ComplaintActionInput: ComplaintActionInput;
  ComplaintEvent: ComplaintEventViewModel;
  ComplaintFilter: ComplaintFilter;
  ComplaintInput: ComplaintInput;
  ComplaintPage: Omit<ComplaintPage, 'nodes'> & { nodes: Array<ResolversParentTypes['Complaint']> };
  ComplaintReceipt: ComplaintReceiptViewModel;
  ComplaintSummary: ComplaintSummary;
  CountyCase: CountyCaseModel;
  CountyCaseFilter: CountyCaseFilter;
  CountyCasePage: Omit<CountyCasePage, 'nodes'> & { nodes: Array<ResolversParentTypes['CountyCase']> };
  CountyItem: CountyItemModel;
  CountyItemFilter: CountyItemFilter;
  CountyItemInput: CountyItemInput;
  CountyItemResult: Omit<CountyItemResult, 'item'> & { item: ResolversParentTypes['CountyItem'] };
  CountyItemStatistics: Omit<CountyItemStatistics, 'item' | 'statistics'> & { item: ResolversParentTypes['CountyItem'], statistics: ResolversParentTypes['ScopeStatistics'] };
  CountyRefusalReport: CountyRefusalReportRowModel;
  CountyRefusalReportPage: Omit<CountyRefusalReportPage, 'nodes'> & { nodes: Array<ResolversParentTypes['CountyRefusalReport']> };
  CountyReview: CountyReviewModel;
  CountyReviewFilter: CountyReviewFilter;
  CountyReviewPage: Omit<CountyReviewPage, 'nodes'> & { nodes: Array<ResolversParentTypes['CountyReview']> };
  CountySettings: CountySettings;
  Float: Scalars['Float']['output'];
  CountySettingsInput: CountySettingsInput;
  DailyFigures: DailyFigures;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deadline: Deadline;
  DelegableItemCopy: CountyItemModel;
  DelegatedIntake: EntityRefModel;
  Department: DepartmentModel;
  DepartmentInput: DepartmentInput;
  DepartmentStatistics: DepartmentStatisticsSourceModel;
  Fee: Fee;
  FeeInput: FeeInput;
  Figures: Figures;
  ForwardedIntakeAcceptance: ForwardedIntakeAcceptance;
  ForwardedIntakeAck: ForwardedIntakeAckViewModel;
  ForwardedIntakeInput: ForwardedIntakeInput;
  ForwardedIntakeOutcome: Omit<ForwardedIntakeOutcome, 'ack'> & { ack?: Maybe<ResolversParentTypes['ForwardedIntakeAck']> };
  Material: Material;
  MaterialInput: MaterialInput;
  Mutation: Record<PropertyKey, never>;
  OnlineApplicationInput: OnlineApplicationInput;
  OnlineApplicationReceipt: OnlineApplicationReceipt;
  OpenSupervisionInput: OpenSupervisionInput;
  OutboxStatus: OutboxStatus;
  ParkedMessage: ParkedMessage;
  PublicCaseView: PublicCaseViewModelModel;
  PublicComplaintView: PublicComplaintViewModelModel;
  PublicStep: PublicStep;
  Query: Record<PropertyKey, never>;
  Rate: Rate;
  ReceiveCountyCaseInput: ReceiveCountyCaseInput;
  Rectification: RectificationViewModel;
  RectificationActionInput: RectificationActionInput;
  RectificationStepRecord: RectificationStepViewModel;
  RedCaseReportInput: RedCaseReportInput;
  ReviewInput: ReviewInput;
  ReviewReceipt: ReviewReceipt;
  ScopeStatistics: ScopeStatisticsSourceModel;
  Statistics: StatisticsRefModel;
  SupervisionFilter: SupervisionFilter;
  SupervisionRecord: SupervisionRecordRowModel;
  SupervisionRecordPage: Omit<SupervisionRecordPage, 'nodes'> & { nodes: Array<ResolversParentTypes['SupervisionRecord']> };
  SupervisionStep: SupervisionEventRowModel;
  Township: EntityRefModel;
  TownshipActionInput: TownshipActionInput;
  TownshipCase: EntityRefModel;
  TownshipCountyFigures: TownshipCountyFigures;
  TrackedCase: Omit<TrackedCase, 'county'> & { county?: Maybe<ResolversParentTypes['PublicCaseView']> } | FederationReferenceTypes['TrackedCase'];
  WarningCounts: WarningCounts;
  WorkingDayInfo: WorkingDayInfo;
};

export type ApplicantResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['Applicant'] = ResolversParentTypes['Applicant']> = {
  idNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  idType?: Resolver<ResolversTypes['ApplicantIdType'], ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
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

export type AuditFieldChangeResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['AuditFieldChange'] = ResolversParentTypes['AuditFieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditLogPageResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['AuditLogPage'] = ResolversParentTypes['AuditLogPage']> = {
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CalendarDayResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['CalendarDay'] = ResolversParentTypes['CalendarDay']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  holidayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CalendarDayKind'], ParentType, ContextType>;
  known?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  override?: Resolver<Maybe<ResolversTypes['CalendarOverride']>, ParentType, ContextType>;
  workday?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CalendarMonthResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['CalendarMonth'] = ResolversParentTypes['CalendarMonth']> = {
  days?: Resolver<Array<ResolversTypes['CalendarDay']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yearConfirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  yearCovered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CalendarOverrideResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['CalendarOverride'] = ResolversParentTypes['CalendarOverride']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workday?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CalendarSnapshotResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['CalendarSnapshot'] = ResolversParentTypes['CalendarSnapshot']> = {
  confirmedYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  delegableItems?: Resolver<Array<ResolversTypes['DelegableItemCopy']>, ParentType, ContextType>;
  departmentIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  overrides?: Resolver<Array<ResolversTypes['CalendarOverride']>, ParentType, ContextType>;
  settings?: Resolver<ResolversTypes['CountySettings'], ParentType, ContextType>;
  takenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CalendarStatusResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['CalendarStatus'] = ResolversParentTypes['CalendarStatus']> = {
  builtInFirstYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  builtInLastYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmedYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  overrides?: Resolver<Array<ResolversTypes['CalendarOverride']>, ParentType, ContextType>;
  uncertainCases?: Resolver<Array<ResolversTypes['CountyCase']>, ParentType, ContextType>;
  uncertainOpenCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uncoveredYearsInUse?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CaseStepResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['CaseStep'] = ResolversParentTypes['CaseStep']> = {
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

export type ComplainantResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['Complainant'] = ResolversParentTypes['Complainant']> = {
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ComplaintResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['Complaint'] = ResolversParentTypes['Complaint']> = {
  allowedActions?: Resolver<Array<ResolversTypes['ComplaintAction']>, ParentType, ContextType>;
  calendarUncertain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  caseNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ComplaintChannel'], ParentType, ContextType>;
  channelLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  complainant?: Resolver<ResolversTypes['Complainant'], ParentType, ContextType>;
  daysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  dismissReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  extended?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  extensionDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  extensionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ComplaintEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  queryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resultNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplaintStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  township?: Resolver<Maybe<ResolversTypes['Township']>, ParentType, ContextType>;
  unitFeedback?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitType?: Resolver<ResolversTypes['ComplaintUnitType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ComplaintEventResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['ComplaintEvent'] = ResolversParentTypes['ComplaintEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['ComplaintStatus']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['ComplaintStatus'], ParentType, ContextType>;
};

export type ComplaintPageResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['ComplaintPage'] = ResolversParentTypes['ComplaintPage']> = {
  nodes?: Resolver<Array<ResolversTypes['Complaint']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ComplaintReceiptResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['ComplaintReceipt'] = ResolversParentTypes['ComplaintReceipt']> = {
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  filedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  queryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplaintStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ComplaintSummaryResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['ComplaintSummary'] = ResolversParentTypes['ComplaintSummary']> = {
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closureRate?: Resolver<Maybe<ResolversTypes['Rate']>, ParentType, ContextType>;
  dismissed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  filed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Rate']>, ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdueOpen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CountyCaseResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['CountyCase'] = ResolversParentTypes['CountyCase'], FederationReferenceType extends FederationReferenceTypes['CountyCase'] = FederationReferenceTypes['CountyCase']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CountyCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allowedActions?: Resolver<Array<ResolversTypes['CaseAction']>, ParentType, ContextType>;
  applicant?: Resolver<ResolversTypes['Applicant'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['CaseChannel'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Deadline'], ParentType, ContextType>;
  delegated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deliveryMethod?: Resolver<Maybe<ResolversTypes['DeliveryMethod']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  expedited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  firstContactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  forwardedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['CaseStep']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['CountyItem'], ParentType, ContextType>;
  missingMaterials?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['DelegatedIntake']>, ParentType, ContextType>;
  originTownship?: Resolver<Maybe<ResolversTypes['Township']>, ParentType, ContextType>;
  queryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refusalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resultDocumentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['CountyReview']>, ParentType, ContextType>;
  specialProcedureKind?: Resolver<Maybe<ResolversTypes['SpecialProcedureKind']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supervision?: Resolver<Maybe<ResolversTypes['SupervisionRecord']>, ParentType, ContextType>;
  trackingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountyCasePageResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['CountyCasePage'] = ResolversParentTypes['CountyCasePage']> = {
  nodes?: Resolver<Array<ResolversTypes['CountyCase']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountyItemResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['CountyItem'] = ResolversParentTypes['CountyItem'], FederationReferenceType extends FederationReferenceTypes['CountyItem'] = FederationReferenceTypes['CountyItem']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CountyItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  delegable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  delegatedTownships?: Resolver<Maybe<Array<ResolversTypes['Township']>>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
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
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CountyItemResultResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['CountyItemResult'] = ResolversParentTypes['CountyItemResult']> = {
  item?: Resolver<ResolversTypes['CountyItem'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CountyItemStatisticsResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['CountyItemStatistics'] = ResolversParentTypes['CountyItemStatistics']> = {
  item?: Resolver<ResolversTypes['CountyItem'], ParentType, ContextType>;
  statistics?: Resolver<ResolversTypes['ScopeStatistics'], ParentType, ContextType>;
};

export type CountyRefusalReportResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['CountyRefusalReport'] = ResolversParentTypes['CountyRefusalReport']> = {
  case?: Resolver<ResolversTypes['CountyCase'], ParentType, ContextType>;
  clerkName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RefusalKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refusedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CountyRefusalReportPageResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['CountyRefusalReportPage'] = ResolversParentTypes['CountyRefusalReportPage']> = {
  nodes?: Resolver<Array<ResolversTypes['CountyRefusalReport']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountyReviewResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['CountyReview'] = ResolversParentTypes['CountyReview']> = {
  case?: Resolver<ResolversTypes['CountyCase'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['CountyItem'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  levelLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rectification?: Resolver<Maybe<ResolversTypes['Rectification']>, ParentType, ContextType>;
  rectificationStatus?: Resolver<ResolversTypes['RectificationStatus'], ParentType, ContextType>;
  reviewedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountyReviewPageResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['CountyReviewPage'] = ResolversParentTypes['CountyReviewPage']> = {
  nodes?: Resolver<Array<ResolversTypes['CountyReview']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountySettingsResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['CountySettings'] = ResolversParentTypes['CountySettings']> = {
  complaintHandlingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  forwardingLimitMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxPromisedShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rectificationDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yellowDaysLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yellowUsedFraction?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DailyFiguresResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['DailyFigures'] = ResolversParentTypes['DailyFigures']> = {
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

export type DeadlineResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['Deadline'] = ResolversParentTypes['Deadline']> = {
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

export type DelegableItemCopyResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['DelegableItemCopy'] = ResolversParentTypes['DelegableItemCopy']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  delegatedTownshipIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  departmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ItemKind'], ParentType, ContextType>;
  legalDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['Material']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  promisedDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DelegatedIntakeResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['DelegatedIntake'] = ResolversParentTypes['DelegatedIntake']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DepartmentResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department'], FederationReferenceType extends FederationReferenceTypes['Department'] = FederationReferenceTypes['Department']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Department']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['CountyItem']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DepartmentStatisticsResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['DepartmentStatistics'] = ResolversParentTypes['DepartmentStatistics']> = {
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['CountyItemStatistics']>, ParentType, ContextType>;
  statistics?: Resolver<ResolversTypes['ScopeStatistics'], ParentType, ContextType>;
};

export type FeeResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['Fee'] = ResolversParentTypes['Fee']> = {
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FiguresResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['Figures'] = ResolversParentTypes['Figures']> = {
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

export type ForwardedIntakeAcceptanceResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['ForwardedIntakeAcceptance'] = ResolversParentTypes['ForwardedIntakeAcceptance']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  expedited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fromStatus?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pausedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pausedWorkingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previousVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  uncertainYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ForwardedIntakeAckResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['ForwardedIntakeAck'] = ResolversParentTypes['ForwardedIntakeAck']> = {
  acceptance?: Resolver<Maybe<ResolversTypes['ForwardedIntakeAcceptance']>, ParentType, ContextType>;
  countyCaseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  countyCaseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  duplicate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
};

export type ForwardedIntakeOutcomeResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['ForwardedIntakeOutcome'] = ResolversParentTypes['ForwardedIntakeOutcome']> = {
  ack?: Resolver<Maybe<ResolversTypes['ForwardedIntakeAck']>, ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MaterialResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['Material'] = ResolversParentTypes['Material']> = {
  copies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mandatory?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  originals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  actOnComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationActOnComplaintArgs, 'input'>>;
  actOnCountyCase?: Resolver<ResolversTypes['CountyCase'], ParentType, ContextType, RequireFields<MutationActOnCountyCaseArgs, 'input'>>;
  actOnCountyRectification?: Resolver<ResolversTypes['CountyReview'], ParentType, ContextType, RequireFields<MutationActOnCountyRectificationArgs, 'input'>>;
  applyCountyItemOnline?: Resolver<ResolversTypes['OnlineApplicationReceipt'], ParentType, ContextType, RequireFields<MutationApplyCountyItemOnlineArgs, 'input'>>;
  applyTownshipAction?: Resolver<ResolversTypes['CountyCase'], ParentType, ContextType, RequireFields<MutationApplyTownshipActionArgs, 'input'>>;
  closeSupervisionRecord?: Resolver<ResolversTypes['SupervisionRecord'], ParentType, ContextType, RequireFields<MutationCloseSupervisionRecordArgs, 'feedback' | 'id' | 'version'>>;
  confirmCalendarYear?: Resolver<ResolversTypes['CalendarStatus'], ParentType, ContextType, RequireFields<MutationConfirmCalendarYearArgs, 'confirmed' | 'year'>>;
  createCountyItem?: Resolver<ResolversTypes['CountyItemResult'], ParentType, ContextType, RequireFields<MutationCreateCountyItemArgs, 'input'>>;
  createDepartment?: Resolver<ResolversTypes['Department'], ParentType, ContextType, RequireFields<MutationCreateDepartmentArgs, 'input'>>;
  fileComplaint?: Resolver<ResolversTypes['ComplaintReceipt'], ParentType, ContextType, RequireFields<MutationFileComplaintArgs, 'input'>>;
  openSupervisionRecord?: Resolver<ResolversTypes['SupervisionRecord'], ParentType, ContextType, RequireFields<MutationOpenSupervisionRecordArgs, 'input'>>;
  receiveCountyCase?: Resolver<ResolversTypes['CountyCase'], ParentType, ContextType, RequireFields<MutationReceiveCountyCaseArgs, 'input'>>;
  receiveForwardedIntake?: Resolver<ResolversTypes['ForwardedIntakeAck'], ParentType, ContextType, RequireFields<MutationReceiveForwardedIntakeArgs, 'input'>>;
  receiveForwardedIntakes?: Resolver<Array<ResolversTypes['ForwardedIntakeOutcome']>, ParentType, ContextType, RequireFields<MutationReceiveForwardedIntakesArgs, 'inputs'>>;
  removeCalendarOverride?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveCalendarOverrideArgs, 'date'>>;
  reportRedTownshipCase?: Resolver<ResolversTypes['SupervisionRecord'], ParentType, ContextType, RequireFields<MutationReportRedTownshipCaseArgs, 'input'>>;
  retryCountyOutbox?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  setCalendarOverride?: Resolver<ResolversTypes['CalendarOverride'], ParentType, ContextType, RequireFields<MutationSetCalendarOverrideArgs, 'date' | 'workday'>>;
  setCountyCaseExpedited?: Resolver<ResolversTypes['CountyCase'], ParentType, ContextType, RequireFields<MutationSetCountyCaseExpeditedArgs, 'expedited' | 'id' | 'version'>>;
  setDepartmentActive?: Resolver<ResolversTypes['Department'], ParentType, ContextType, RequireFields<MutationSetDepartmentActiveArgs, 'active' | 'id'>>;
  submitReview?: Resolver<ResolversTypes['ReviewReceipt'], ParentType, ContextType, RequireFields<MutationSubmitReviewArgs, 'input'>>;
  updateCountyItem?: Resolver<ResolversTypes['CountyItemResult'], ParentType, ContextType, RequireFields<MutationUpdateCountyItemArgs, 'id' | 'input'>>;
  updateCountySettings?: Resolver<ResolversTypes['CountySettings'], ParentType, ContextType, RequireFields<MutationUpdateCountySettingsArgs, 'input'>>;
  updateDepartment?: Resolver<ResolversTypes['Department'], ParentType, ContextType, RequireFields<MutationUpdateDepartmentArgs, 'id' | 'input'>>;
};

export type OnlineApplicationReceiptResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['OnlineApplicationReceipt'] = ResolversParentTypes['OnlineApplicationReceipt']> = {
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  queryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OutboxStatusResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['OutboxStatus'] = ResolversParentTypes['OutboxStatus']> = {
  parked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parkedMessages?: Resolver<Array<ResolversTypes['ParkedMessage']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ParkedMessageResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['ParkedMessage'] = ResolversParentTypes['ParkedMessage']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  parkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PublicCaseViewResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['PublicCaseView'] = ResolversParentTypes['PublicCaseView']> = {
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

export type PublicComplaintViewResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['PublicComplaintView'] = ResolversParentTypes['PublicComplaintView']> = {
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  extended?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  filedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplaintStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicStepResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['PublicStep'] = ResolversParentTypes['PublicStep']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  calendarMonth?: Resolver<Maybe<ResolversTypes['CalendarMonth']>, ParentType, ContextType, RequireFields<QueryCalendarMonthArgs, 'month' | 'year'>>;
  calendarSnapshot?: Resolver<ResolversTypes['CalendarSnapshot'], ParentType, ContextType>;
  calendarStatus?: Resolver<Maybe<ResolversTypes['CalendarStatus']>, ParentType, ContextType>;
  complaint?: Resolver<Maybe<ResolversTypes['Complaint']>, ParentType, ContextType, RequireFields<QueryComplaintArgs, 'id'>>;
  complaintSummary?: Resolver<Maybe<ResolversTypes['ComplaintSummary']>, ParentType, ContextType, RequireFields<QueryComplaintSummaryArgs, 'from' | 'to'>>;
  complaints?: Resolver<Maybe<ResolversTypes['ComplaintPage']>, ParentType, ContextType, RequireFields<QueryComplaintsArgs, 'limit' | 'offset'>>;
  countyAuditLog?: Resolver<Maybe<ResolversTypes['AuditLogPage']>, ParentType, ContextType, RequireFields<QueryCountyAuditLogArgs, 'limit' | 'offset'>>;
  countyCase?: Resolver<Maybe<ResolversTypes['CountyCase']>, ParentType, ContextType, RequireFields<QueryCountyCaseArgs, 'id'>>;
  countyCases?: Resolver<Maybe<ResolversTypes['CountyCasePage']>, ParentType, ContextType, RequireFields<QueryCountyCasesArgs, 'limit' | 'offset'>>;
  countyItem?: Resolver<Maybe<ResolversTypes['CountyItem']>, ParentType, ContextType, RequireFields<QueryCountyItemArgs, 'id'>>;
  countyItems?: Resolver<Maybe<Array<ResolversTypes['CountyItem']>>, ParentType, ContextType, Partial<QueryCountyItemsArgs>>;
  countyOutbox?: Resolver<Maybe<ResolversTypes['OutboxStatus']>, ParentType, ContextType, RequireFields<QueryCountyOutboxArgs, 'limit'>>;
  countyRefusalReports?: Resolver<Maybe<ResolversTypes['CountyRefusalReportPage']>, ParentType, ContextType, RequireFields<QueryCountyRefusalReportsArgs, 'from' | 'limit' | 'offset' | 'to'>>;
  countyReviews?: Resolver<Maybe<ResolversTypes['CountyReviewPage']>, ParentType, ContextType, RequireFields<QueryCountyReviewsArgs, 'limit' | 'offset'>>;
  countySettings?: Resolver<Maybe<ResolversTypes['CountySettings']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType, RequireFields<QueryDepartmentArgs, 'id'>>;
  departments?: Resolver<Maybe<Array<ResolversTypes['Department']>>, ParentType, ContextType>;
  statistics?: Resolver<Maybe<ResolversTypes['Statistics']>, ParentType, ContextType, RequireFields<QueryStatisticsArgs, 'from' | 'to'>>;
  supervisionRecord?: Resolver<Maybe<ResolversTypes['SupervisionRecord']>, ParentType, ContextType, RequireFields<QuerySupervisionRecordArgs, 'id'>>;
  supervisionRecords?: Resolver<Maybe<ResolversTypes['SupervisionRecordPage']>, ParentType, ContextType, RequireFields<QuerySupervisionRecordsArgs, 'limit' | 'offset'>>;
  trackComplaint?: Resolver<Maybe<ResolversTypes['PublicComplaintView']>, ParentType, ContextType, RequireFields<QueryTrackComplaintArgs, 'number' | 'queryCode'>>;
  workingDay?: Resolver<Maybe<ResolversTypes['WorkingDayInfo']>, ParentType, ContextType, RequireFields<QueryWorkingDayArgs, 'date'>>;
};

export type RateResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['Rate'] = ResolversParentTypes['Rate']> = {
  denominator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  numerator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RectificationResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['Rectification'] = ResolversParentTypes['Rectification']> = {
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

export type RectificationStepRecordResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['RectificationStepRecord'] = ResolversParentTypes['RectificationStepRecord']> = {
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['RectificationStatus']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RectificationStepKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['RectificationStatus'], ParentType, ContextType>;
};

export type ReviewReceiptResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['ReviewReceipt'] = ResolversParentTypes['ReviewReceipt']> = {
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  levelLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rectificationDueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  rectificationOpened?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reviewedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ScopeStatisticsResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['ScopeStatistics'] = ResolversParentTypes['ScopeStatistics']> = {
  daily?: Resolver<Array<ResolversTypes['DailyFigures']>, ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['Figures'], ParentType, ContextType>;
  warnings?: Resolver<ResolversTypes['WarningCounts'], ParentType, ContextType>;
};

export type StatisticsResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['Statistics'] = ResolversParentTypes['Statistics'], FederationReferenceType extends FederationReferenceTypes['Statistics'] = FederationReferenceTypes['Statistics']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Statistics']> | FederationReferenceType, FederationReferenceType, ContextType>;
  county?: Resolver<Maybe<ResolversTypes['ScopeStatistics']>, ParentType, ContextType>;
  departments?: Resolver<Maybe<Array<ResolversTypes['DepartmentStatistics']>>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type SupervisionRecordResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['SupervisionRecord'] = ResolversParentTypes['SupervisionRecord']> = {
  caseNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caseTier?: Resolver<Maybe<ResolversTypes['CaseTier']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countyCase?: Resolver<Maybe<ResolversTypes['CountyCase']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  feedback?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['SupervisionStep']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['SupervisionOrigin'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SupervisionStatus'], ParentType, ContextType>;
  township?: Resolver<Maybe<ResolversTypes['Township']>, ParentType, ContextType>;
  townshipCase?: Resolver<Maybe<ResolversTypes['TownshipCase']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitType?: Resolver<ResolversTypes['UnitType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupervisionRecordPageResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['SupervisionRecordPage'] = ResolversParentTypes['SupervisionRecordPage']> = {
  nodes?: Resolver<Array<ResolversTypes['SupervisionRecord']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupervisionStepResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['SupervisionStep'] = ResolversParentTypes['SupervisionStep']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TownshipResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['Township'] = ResolversParentTypes['Township'], FederationReferenceType extends FederationReferenceTypes['Township'] = FederationReferenceTypes['Township']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Township']> | FederationReferenceType, FederationReferenceType, ContextType>;
  countyFigures?: Resolver<Maybe<ResolversTypes['TownshipCountyFigures']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TownshipCaseResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['TownshipCase'] = ResolversParentTypes['TownshipCase'], FederationReferenceType extends FederationReferenceTypes['TownshipCase'] = FederationReferenceTypes['TownshipCase']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TownshipCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  supervision?: Resolver<Maybe<ResolversTypes['SupervisionRecord']>, ParentType, ContextType>;
};

export type TownshipCountyFiguresResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['TownshipCountyFigures'] = ResolversParentTypes['TownshipCountyFigures']> = {
  awaitingHandover?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  delegatedCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastReceivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  openCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdueCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrackedCaseResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['TrackedCase'] = ResolversParentTypes['TrackedCase'], FederationReferenceType extends FederationReferenceTypes['TrackedCase'] = FederationReferenceTypes['TrackedCase']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TrackedCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  county?: Resolver<Maybe<ResolversTypes['PublicCaseView']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  queryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WarningCountsResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['WarningCounts'] = ResolversParentTypes['WarningCounts']> = {
  green?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  red?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yellow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkingDayInfoResolvers<ContextType = CountyContext, ParentType extends ResolversParentTypes['WorkingDayInfo'] = ResolversParentTypes['WorkingDayInfo']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  known?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  workday?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = CountyContext> = {
  Applicant?: ApplicantResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditFieldChange?: AuditFieldChangeResolvers<ContextType>;
  AuditLogPage?: AuditLogPageResolvers<ContextType>;
  CalendarDay?: CalendarDayResolvers<ContextType>;
  CalendarMonth?: CalendarMonthResolvers<ContextType>;
  CalendarOverride?: CalendarOverrideResolvers<ContextType>;
  CalendarSnapshot?: CalendarSnapshotResolvers<ContextType>;
  CalendarStatus?: CalendarStatusResolvers<ContextType>;
  CaseStep?: CaseStepResolvers<ContextType>;
  Complainant?: ComplainantResolvers<ContextType>;
  Complaint?: ComplaintResolvers<ContextType>;
  ComplaintEvent?: ComplaintEventResolvers<ContextType>;
  ComplaintPage?: ComplaintPageResolvers<ContextType>;
  ComplaintReceipt?: ComplaintReceiptResolvers<ContextType>;
  ComplaintSummary?: ComplaintSummaryResolvers<ContextType>;
  CountyCase?: CountyCaseResolvers<ContextType>;
  CountyCasePage?: CountyCasePageResolvers<ContextType>;
  CountyItem?: CountyItemResolvers<ContextType>;
  CountyItemResult?: CountyItemResultResolvers<ContextType>;
  CountyItemStatistics?: CountyItemStatisticsResolvers<ContextType>;
  CountyRefusalReport?: CountyRefusalReportResolvers<ContextType>;
  CountyRefusalReportPage?: CountyRefusalReportPageResolvers<ContextType>;
  CountyReview?: CountyReviewResolvers<ContextType>;
  CountyReviewPage?: CountyReviewPageResolvers<ContextType>;
  CountySettings?: CountySettingsResolvers<ContextType>;
  DailyFigures?: DailyFiguresResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deadline?: DeadlineResolvers<ContextType>;
  DelegableItemCopy?: DelegableItemCopyResolvers<ContextType>;
  DelegatedIntake?: DelegatedIntakeResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  DepartmentStatistics?: DepartmentStatisticsResolvers<ContextType>;
  Fee?: FeeResolvers<ContextType>;
  Figures?: FiguresResolvers<ContextType>;
  ForwardedIntakeAcceptance?: ForwardedIntakeAcceptanceResolvers<ContextType>;
  ForwardedIntakeAck?: ForwardedIntakeAckResolvers<ContextType>;
  ForwardedIntakeOutcome?: ForwardedIntakeOutcomeResolvers<ContextType>;
  Material?: MaterialResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OnlineApplicationReceipt?: OnlineApplicationReceiptResolvers<ContextType>;
  OutboxStatus?: OutboxStatusResolvers<ContextType>;
  ParkedMessage?: ParkedMessageResolvers<ContextType>;
  PublicCaseView?: PublicCaseViewResolvers<ContextType>;
  PublicComplaintView?: PublicComplaintViewResolvers<ContextType>;
  PublicStep?: PublicStepResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Rate?: RateResolvers<ContextType>;
  Rectification?: RectificationResolvers<ContextType>;
  RectificationStepRecord?: RectificationStepRecordResolvers<ContextType>;
  ReviewReceipt?: ReviewReceiptResolvers<ContextType>;
  ScopeStatistics?: ScopeStatisticsResolvers<ContextType>;
  Statistics?: StatisticsResolvers<ContextType>;
  SupervisionRecord?: SupervisionRecordResolvers<ContextType>;
  SupervisionRecordPage?: SupervisionRecordPageResolvers<ContextType>;
  SupervisionStep?: SupervisionStepResolvers<ContextType>;
  Township?: TownshipResolvers<ContextType>;
  TownshipCase?: TownshipCaseResolvers<ContextType>;
  TownshipCountyFigures?: TownshipCountyFiguresResolvers<ContextType>;
  TrackedCase?: TrackedCaseResolvers<ContextType>;
  WarningCounts?: WarningCountsResolvers<ContextType>;
  WorkingDayInfo?: WorkingDayInfoResolvers<ContextType>;
};

