/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A county item accepted at a township window. */
export type AcceptIntakeInput = {
  /** The applicant. */
  applicant: ApplicantInput;
  /** The delegable county item. */
  countyItemId: string | number;
  /** 特事特办. */
  expedited?: boolean | null | undefined;
  /** Note for the county. */
  note?: string | null | undefined;
  /** Client-chosen idempotency key: repeating it with the same input returns the first result; with other input it is IDEMPOTENCY_KEY_REUSED. */
  requestId: string;
  /** Materials handed in; every mandatory one must be there. */
  submittedMaterials: Array<string>;
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
  idNumber: string;
  /** Kind of identifier. */
  idType: ApplicantIdType;
  /** Name of the person or organisation. */
  name: string;
  /** Mainland mobile number, 11 digits. */
  phone?: string | null | undefined;
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
  deliveryMethod?: DeliveryMethod | null | undefined;
  /** The case. */
  id: string | number;
  /** REQUEST_SUPPLEMENT: the complete list of missing materials. */
  missingMaterials?: Array<string> | null | undefined;
  /** Free note recorded in the history. */
  note?: string | null | undefined;
  /** Reason (NOT_ACCEPT, REJECT; optional for WITHDRAW). */
  reason?: string | null | undefined;
  /** APPROVE: the result document number (批文/证照编号). */
  resultDocumentNumber?: string | null | undefined;
  /** ENTER_SPECIAL_PROCEDURE: the kind. */
  specialProcedureKind?: SpecialProcedureKind | null | undefined;
  /** RECORD_STEP: which handling step. */
  step?: HandlingStep | null | undefined;
  /** DELIVER by EXPRESS: the tracking number. */
  trackingNumber?: string | null | undefined;
  /** The version the clerk saw; a stale version is refused with VERSION_CONFLICT. */
  version: number;
};

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

/** Filter for listing county cases. */
export type CountyCaseFilter = {
  /** Accepted on or after this date (Beijing time). */
  acceptedFrom?: string | null | undefined;
  /** Accepted on or before this date (Beijing time). */
  acceptedTo?: string | null | undefined;
  /** Only cases townships accepted on the county's behalf (true) or only window cases (false). */
  delegated?: boolean | null | undefined;
  /** Only this department (county clerks always see only their own). */
  departmentId?: string | number | null | undefined;
  /** Only cases flagged 特事特办. */
  expedited?: boolean | null | undefined;
  /** Only this item. */
  itemId?: string | number | null | undefined;
  /** Only cases accepted by this township. */
  originTownshipId?: string | number | null | undefined;
  /** Only open cases past their due instant. */
  overdue?: boolean | null | undefined;
  /** Only these statuses. */
  status?: Array<CaseStatus> | null | undefined;
  /** Only open cases at these warning levels now (e.g. [YELLOW, RED] for the e-supervision list). */
  warning?: Array<WarningLevel> | null | undefined;
};

/** How a result reaches the applicant. */
export type DeliveryMethod =
  /** 邮寄送达 (tracking number required). */
  | 'EXPRESS'
  /** 当场/窗口领取. */
  | 'IN_PERSON';

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

/** A new application taken in at a county window. */
export type ReceiveCountyCaseInput = {
  /** The applicant. */
  applicant: ApplicantInput;
  /** 特事特办. */
  expedited?: boolean | null | undefined;
  /** The item applied for. */
  itemId: string | number;
  /** Note for the history. */
  note?: string | null | undefined;
  /** Client-chosen idempotency key: repeating it with the same input returns the first result; with other input it is IDEMPOTENCY_KEY_REUSED. */
  requestId: string;
  /** Names of the materials handed in. */
  submittedMaterials: Array<string>;
};

/** Special procedure kinds (GB/T 39046-2020 A.7). */
export type SpecialProcedureKind =
  /** 延长审批 (code 1). */
  | 'EXTENSION'
  /** 其他 (code 2): hearing, testing, expert review and the like. */
  | 'OTHER';

/** Warning level of an open case (SPEC §4.5). */
export type WarningLevel =
  /** Comfortably within the deadline. */
  | 'GREEN'
  /** Overdue. */
  | 'RED'
  /** At most the configured working days left, or the configured share of the time used. */
  | 'YELLOW';

export type CountyCaseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CountyCaseDetailQuery = { countyCase: { id: string, number: string, queryCode: string, status: CaseStatus, statusLabel: string, version: number, expedited: boolean, receivedAt: string, firstContactName: string, delegated: boolean, missingMaterials: Array<string>, refusalReason: string | null, resultDocumentNumber: string | null, completedAt: string | null, deliveryMethod: DeliveryMethod | null, trackingNumber: string | null, deliveredAt: string | null, allowedActions: Array<CaseAction>, item: { id: string, name: string, kind: ItemKind, promisedDays: number, materials: Array<{ name: string, originals: number, copies: number, mandatory: boolean }> }, department: { id: string, name: string }, applicant: { name: string, idType: ApplicantIdType, idNumber: string, phone: string | null, masked: boolean }, deadline: { acceptedAt: string | null, dueDate: string | null, paused: boolean, pausedWorkingDays: number, calendarUncertain: boolean, warningLevel: WarningLevel | null, workingDaysLeft: number | null, overdue: boolean }, history: Array<{ step: string, label: string, toStatus: CaseStatus, actorName: string, unitName: string, at: string, note: string | null }> } | null };

export type CountyCaseDetailFieldsFragment = { id: string, number: string, queryCode: string, status: CaseStatus, statusLabel: string, version: number, expedited: boolean, receivedAt: string, firstContactName: string, delegated: boolean, missingMaterials: Array<string>, refusalReason: string | null, resultDocumentNumber: string | null, completedAt: string | null, deliveryMethod: DeliveryMethod | null, trackingNumber: string | null, deliveredAt: string | null, allowedActions: Array<CaseAction>, item: { id: string, name: string, kind: ItemKind, promisedDays: number, materials: Array<{ name: string, originals: number, copies: number, mandatory: boolean }> }, department: { id: string, name: string }, applicant: { name: string, idType: ApplicantIdType, idNumber: string, phone: string | null, masked: boolean }, deadline: { acceptedAt: string | null, dueDate: string | null, paused: boolean, pausedWorkingDays: number, calendarUncertain: boolean, warningLevel: WarningLevel | null, workingDaysLeft: number | null, overdue: boolean }, history: Array<{ step: string, label: string, toStatus: CaseStatus, actorName: string, unitName: string, at: string, note: string | null }> };

export type ActOnCountyCaseMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type ActOnCountyCaseMutation = { actOnCountyCase: { id: string, number: string, queryCode: string, status: CaseStatus, statusLabel: string, version: number, expedited: boolean, receivedAt: string, firstContactName: string, delegated: boolean, missingMaterials: Array<string>, refusalReason: string | null, resultDocumentNumber: string | null, completedAt: string | null, deliveryMethod: DeliveryMethod | null, trackingNumber: string | null, deliveredAt: string | null, allowedActions: Array<CaseAction>, item: { id: string, name: string, kind: ItemKind, promisedDays: number, materials: Array<{ name: string, originals: number, copies: number, mandatory: boolean }> }, department: { id: string, name: string }, applicant: { name: string, idType: ApplicantIdType, idNumber: string, phone: string | null, masked: boolean }, deadline: { acceptedAt: string | null, dueDate: string | null, paused: boolean, pausedWorkingDays: number, calendarUncertain: boolean, warningLevel: WarningLevel | null, workingDaysLeft: number | null, overdue: boolean }, history: Array<{ step: string, label: string, toStatus: CaseStatus, actorName: string, unitName: string, at: string, note: string | null }> } };

export type CountyQueueQueryVariables = Exact<{
  filter?: CountyCaseFilter | null | undefined;
  limit: number;
  offset: number;
}>;


export type CountyQueueQuery = { countyCases: { total: number, nodes: Array<{ id: string, number: string, status: CaseStatus, statusLabel: string, expedited: boolean, receivedAt: string, item: { id: string, name: string }, applicant: { name: string, masked: boolean }, deadline: { acceptedAt: string | null, dueDate: string | null, workingDaysLeft: number | null, warningLevel: WarningLevel | null, overdue: boolean } }> } | null };

export type PrintCountyCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type PrintCountyCaseQuery = { countyCase: { id: string, number: string, queryCode: string, status: CaseStatus, statusLabel: string, receivedAt: string, missingMaterials: Array<string>, refusalReason: string | null, resultDocumentNumber: string | null, completedAt: string | null, deliveryMethod: DeliveryMethod | null, trackingNumber: string | null, deliveredAt: string | null, firstContactName: string, item: { name: string, promisedDays: number }, department: { name: string, window: string, phone: string }, applicant: { name: string, idType: ApplicantIdType, idNumber: string, phone: string | null, masked: boolean }, deadline: { acceptedAt: string | null, dueDate: string | null }, history: Array<{ step: string, at: string, note: string | null, actorName: string }> } | null };

export type PrintTownshipCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type PrintTownshipCaseQuery = { townshipCase: { id: string, number: string, queryCode: string, status: CaseStatus, statusLabel: string, receivedAt: string, missingMaterials: Array<string>, refusalReason: string | null, resultDocumentNumber: string | null, completedAt: string | null, deliveryMethod: DeliveryMethod | null, trackingNumber: string | null, deliveredAt: string | null, firstContactName: string, item: { name: string, promisedDays: number }, township: { name: string, address: string, phone: string }, applicant: { name: string, idType: ApplicantIdType, idNumber: string, phone: string | null, masked: boolean }, deadline: { acceptedAt: string | null, dueDate: string | null }, history: Array<{ step: string, at: string, note: string | null, actorName: string }> } | null };

export type PrintIntakeQueryVariables = Exact<{
  id: string | number;
}>;


export type PrintIntakeQuery = { delegatedIntake: { id: string, number: string, queryCode: string, itemName: string, submittedMaterials: Array<string>, clerkName: string, acceptedAt: string, dueDate: string | null, forwarded: boolean, countyCaseNumber: string | null, township: { name: string, address: string, phone: string }, applicant: { name: string, idType: ApplicantIdType, idNumber: string, phone: string | null, masked: boolean } } | null };

export type DepartmentItemsQueryVariables = Exact<{
  id: string | number;
}>;


export type DepartmentItemsQuery = { department: { id: string, name: string, items: Array<{ id: string, code: string, name: string, kind: ItemKind, promisedDays: number, active: boolean, materials: Array<{ name: string, originals: number, copies: number, mandatory: boolean }> }> } | null };

export type ReceiveCountyCaseMutationVariables = Exact<{
  input: ReceiveCountyCaseInput;
}>;


export type ReceiveCountyCaseMutation = { receiveCountyCase: { id: string, number: string, queryCode: string, status: CaseStatus } };

export type DemoUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoUnitsQuery = { townships: Array<{ id: string, name: string }> | null, departments: Array<{ id: string, name: string }> | null };

export type DelegableItemsQueryVariables = Exact<{
  townshipId: string | number;
}>;


export type DelegableItemsQuery = { township: { id: string, name: string } | null, delegableCountyItems: Array<{ code: string, name: string, kind: ItemKind, promisedDays: number, countyItem: { id: string } | null, guide: { id: string, department: { id: string, name: string } } | null, materials: Array<{ name: string, originals: number, copies: number, mandatory: boolean }> }> | null };

export type AcceptDelegatedIntakeMutationVariables = Exact<{
  input: AcceptIntakeInput;
}>;


export type AcceptDelegatedIntakeMutation = { acceptDelegatedIntake: { id: string, number: string, queryCode: string, itemName: string, forwarded: boolean, stage: IntakeStage, dueDate: string | null } };

export type IntakeRowFieldsFragment = { id: string, number: string, version: number, itemName: string, acceptedAt: string, dueDate: string | null, clerkName: string, stage: IntakeStage, forwardAttempts: number, forwardingError: string | null, forwardingWarning: boolean, waitingSeconds: number | null, missingMaterials: Array<string>, resultDocumentNumber: string | null, refusalReason: string | null, countyStatus: CaseStatus | null, countyStatusLabel: string | null, countyCaseNumber: string | null, applicant: { name: string } };

export type TownshipWorkListQueryVariables = Exact<{
  townshipId?: string | number | null | undefined;
}>;


export type TownshipWorkListQuery = { townshipWorkList: { township: { id: string, name: string, status: { open: boolean, todayIntake: number, backlog: number, overdue: number, waitingForward: number, oldestWaitingSeconds: number | null, lastCountyContactAt: string | null } | null }, waitingForward: Array<{ id: string, number: string, version: number, itemName: string, acceptedAt: string, dueDate: string | null, clerkName: string, stage: IntakeStage, forwardAttempts: number, forwardingError: string | null, forwardingWarning: boolean, waitingSeconds: number | null, missingMaterials: Array<string>, resultDocumentNumber: string | null, refusalReason: string | null, countyStatus: CaseStatus | null, countyStatusLabel: string | null, countyCaseNumber: string | null, applicant: { name: string } }>, supplementsToCollect: Array<{ id: string, number: string, version: number, itemName: string, acceptedAt: string, dueDate: string | null, clerkName: string, stage: IntakeStage, forwardAttempts: number, forwardingError: string | null, forwardingWarning: boolean, waitingSeconds: number | null, missingMaterials: Array<string>, resultDocumentNumber: string | null, refusalReason: string | null, countyStatus: CaseStatus | null, countyStatusLabel: string | null, countyCaseNumber: string | null, applicant: { name: string } }>, readyForHandover: Array<{ id: string, number: string, version: number, itemName: string, acceptedAt: string, dueDate: string | null, clerkName: string, stage: IntakeStage, forwardAttempts: number, forwardingError: string | null, forwardingWarning: boolean, waitingSeconds: number | null, missingMaterials: Array<string>, resultDocumentNumber: string | null, refusalReason: string | null, countyStatus: CaseStatus | null, countyStatusLabel: string | null, countyCaseNumber: string | null, applicant: { name: string } }>, overdue: Array<{ id: string, number: string, version: number, itemName: string, acceptedAt: string, dueDate: string | null, clerkName: string, stage: IntakeStage, forwardAttempts: number, forwardingError: string | null, forwardingWarning: boolean, waitingSeconds: number | null, missingMaterials: Array<string>, resultDocumentNumber: string | null, refusalReason: string | null, countyStatus: CaseStatus | null, countyStatusLabel: string | null, countyCaseNumber: string | null, applicant: { name: string } }> } | null };

export type TownshipNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type TownshipNamesQuery = { townships: Array<{ id: string, name: string }> | null };

export type HandOverIntakeMutationVariables = Exact<{
  id: string | number;
  version: number;
  method: DeliveryMethod;
  trackingNumber?: string | null | undefined;
  note?: string | null | undefined;
}>;


export type HandOverIntakeMutation = { handOverIntake: { id: string, number: string, stage: IntakeStage, handedOverAt: string | null } };

export type ResubmitIntakeSupplementMutationVariables = Exact<{
  id: string | number;
  version: number;
  submittedMaterials: Array<string> | string;
  note?: string | null | undefined;
}>;


export type ResubmitIntakeSupplementMutation = { resubmitIntakeSupplement: { id: string, number: string, stage: IntakeStage } };

export type DelegatedIntakeDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type DelegatedIntakeDetailQuery = { delegatedIntake: { queryCode: string, submittedMaterials: Array<string>, expedited: boolean, forwarded: boolean, forwardedAt: string | null, forwardingDelaySeconds: number | null, handedOverAt: string | null, deliveryMethod: DeliveryMethod | null, trackingNumber: string | null, id: string, number: string, version: number, itemName: string, acceptedAt: string, dueDate: string | null, clerkName: string, stage: IntakeStage, forwardAttempts: number, forwardingError: string | null, forwardingWarning: boolean, waitingSeconds: number | null, missingMaterials: Array<string>, resultDocumentNumber: string | null, refusalReason: string | null, countyStatus: CaseStatus | null, countyStatusLabel: string | null, countyCaseNumber: string | null, township: { id: string, name: string }, applicant: { name: string, idType: ApplicantIdType, idNumber: string, phone: string | null }, deadline: { dueDate: string | null, paused: boolean, pausedWorkingDays: number, calendarUncertain: boolean, workingDaysLeft: number | null, warningLevel: WarningLevel | null, overdue: boolean }, history: Array<{ step: string, label: string, toStatus: CaseStatus, actorName: string, unitName: string, at: string, note: string | null }> } | null };

export const CountyCaseDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountyCaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountyCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"queryCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expedited"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactName"}},{"kind":"Field","name":{"kind":"Name","value":"delegated"}},{"kind":"Field","name":{"kind":"Name","value":"missingMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"resultDocumentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMethod"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"promisedDays"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idType"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"pausedWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUncertain"}},{"kind":"Field","name":{"kind":"Name","value":"warningLevel"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CountyCaseDetailFieldsFragment, unknown>;
export const IntakeRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DelegatedIntake"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"clerkName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"forwardAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"forwardingError"}},{"kind":"Field","name":{"kind":"Name","value":"forwardingWarning"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"missingMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"resultDocumentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"countyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"countyStatusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"countyCaseNumber"}}]}}]} as unknown as DocumentNode<IntakeRowFieldsFragment, unknown>;
export const CountyCaseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountyCaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countyCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountyCaseDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountyCaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountyCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"queryCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expedited"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactName"}},{"kind":"Field","name":{"kind":"Name","value":"delegated"}},{"kind":"Field","name":{"kind":"Name","value":"missingMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"resultDocumentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMethod"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"promisedDays"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idType"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"pausedWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUncertain"}},{"kind":"Field","name":{"kind":"Name","value":"warningLevel"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CountyCaseDetailQuery, CountyCaseDetailQueryVariables>;
export const ActOnCountyCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActOnCountyCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actOnCountyCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountyCaseDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountyCaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountyCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"queryCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expedited"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactName"}},{"kind":"Field","name":{"kind":"Name","value":"delegated"}},{"kind":"Field","name":{"kind":"Name","value":"missingMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"resultDocumentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMethod"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"promisedDays"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idType"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"pausedWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUncertain"}},{"kind":"Field","name":{"kind":"Name","value":"warningLevel"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ActOnCountyCaseMutation, ActOnCountyCaseMutationVariables>;
export const CountyQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountyQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CountyCaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countyCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"expedited"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"warningLevel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountyQueueQuery, CountyQueueQueryVariables>;
export const PrintCountyCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrintCountyCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countyCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"queryCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"resultDocumentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMethod"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactName"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"promisedDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"window"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idType"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]}}]} as unknown as DocumentNode<PrintCountyCaseQuery, PrintCountyCaseQueryVariables>;
export const PrintTownshipCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrintTownshipCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"queryCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"resultDocumentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMethod"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactName"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"promisedDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idType"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]}}]} as unknown as DocumentNode<PrintTownshipCaseQuery, PrintTownshipCaseQueryVariables>;
export const PrintIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrintIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegatedIntake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"queryCode"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"clerkName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"forwarded"}},{"kind":"Field","name":{"kind":"Name","value":"countyCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idType"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}}]}}]}}]} as unknown as DocumentNode<PrintIntakeQuery, PrintIntakeQueryVariables>;
export const DepartmentItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"promisedDays"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentItemsQuery, DepartmentItemsQueryVariables>;
export const ReceiveCountyCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveCountyCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveCountyCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveCountyCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"queryCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReceiveCountyCaseMutation, ReceiveCountyCaseMutationVariables>;
export const DemoUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DemoUnitsQuery, DemoUnitsQueryVariables>;
export const DelegableItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DelegableItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"township"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegableCountyItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townshipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countyItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"guide"},"name":{"kind":"Name","value":"countyItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"promisedDays"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}}]}}]}}]}}]} as unknown as DocumentNode<DelegableItemsQuery, DelegableItemsQueryVariables>;
export const AcceptDelegatedIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptDelegatedIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptIntakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDelegatedIntake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"queryCode"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"forwarded"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]} as unknown as DocumentNode<AcceptDelegatedIntakeMutation, AcceptDelegatedIntakeMutationVariables>;
export const TownshipWorkListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownshipWorkList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipWorkList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townshipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"todayIntake"}},{"kind":"Field","name":{"kind":"Name","value":"backlog"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForward"}},{"kind":"Field","name":{"kind":"Name","value":"oldestWaitingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lastCountyContactAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingForward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplementsToCollect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readyForHandover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DelegatedIntake"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"clerkName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"forwardAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"forwardingError"}},{"kind":"Field","name":{"kind":"Name","value":"forwardingWarning"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"missingMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"resultDocumentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"countyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"countyStatusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"countyCaseNumber"}}]}}]} as unknown as DocumentNode<TownshipWorkListQuery, TownshipWorkListQueryVariables>;
export const TownshipNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownshipNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TownshipNamesQuery, TownshipNamesQueryVariables>;
export const HandOverIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HandOverIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryMethod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handOverIntake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"trackingNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}}]}}]}}]} as unknown as DocumentNode<HandOverIntakeMutation, HandOverIntakeMutationVariables>;
export const ResubmitIntakeSupplementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResubmitIntakeSupplement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"submittedMaterials"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitIntakeSupplement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"submittedMaterials"},"value":{"kind":"Variable","name":{"kind":"Name","value":"submittedMaterials"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<ResubmitIntakeSupplementMutation, ResubmitIntakeSupplementMutationVariables>;
export const DelegatedIntakeDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DelegatedIntakeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegatedIntake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"queryCode"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idType"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"expedited"}},{"kind":"Field","name":{"kind":"Name","value":"forwarded"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"forwardingDelaySeconds"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMethod"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"pausedWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUncertain"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"warningLevel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DelegatedIntake"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"clerkName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"forwardAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"forwardingError"}},{"kind":"Field","name":{"kind":"Name","value":"forwardingWarning"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"missingMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"resultDocumentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"countyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"countyStatusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"countyCaseNumber"}}]}}]} as unknown as DocumentNode<DelegatedIntakeDetailQuery, DelegatedIntakeDetailQueryVariables>;