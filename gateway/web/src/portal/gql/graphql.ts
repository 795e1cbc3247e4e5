/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** A complaint to file; no token needed. */
export type ComplaintInput = {
  /** The case it is about, if any (e.g. SCJG-20260930-0001); a county case must belong to the unit named. */
  caseNumber?: string | null | undefined;
  /** Where it came in. Without a token it is always PUBLIC_FORM (another channel is FORBIDDEN); staff name the channel they took it by, WINDOW when they name none. */
  channel?: ComplaintChannel | null | undefined;
  /** The complainant's name, 1–50 characters. */
  complainantName: string;
  /** Mainland mobile number, 11 digits. */
  complainantPhone?: string | null | undefined;
  /** Client-chosen idempotency key (8–80 letters, digits or _.:-): repeating it with the same input returns the first result; with other input it is IDEMPOTENCY_KEY_REUSED. */
  requestId: string;
  /** What happened, 1–2000 characters. */
  text: string;
  /** The department's or township's id. */
  unitId: string | number;
  /** Against a department or a township. */
  unitType: ComplaintUnitType;
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

/** Whom a complaint is against. */
export type ComplaintUnitType =
  /** A county department (县级部门). */
  | 'DEPARTMENT'
  /** A township (乡镇), resolved by the township subgraph. */
  | 'TOWNSHIP';

/** An online application (网上申报) of a delegable county item at a township window chosen by the applicant. */
export type DelegatedOnlineApplicationInput = {
  /** The applicant; the mobile number is required (the window calls back). */
  applicant: ApplicantInput;
  /** The county item applied for; it must be delegated to the township (NOT_DELEGABLE otherwise). */
  itemId: string | number;
  /** A short note for the window. */
  note?: string | null | undefined;
  /** Names of the item's materials the applicant will bring or has ready. */
  plannedMaterials: Array<string>;
  /** Client-chosen idempotency key of the form (16–64 letters, digits, _ or -; a UUID): repeating it with the same input returns the first receipt; with other input it is IDEMPOTENCY_KEY_REUSED. */
  requestId: string;
  /** The township window chosen. */
  townshipId: string | number;
};

/** Kind of an administrative item (GB/T 39046-2020 A.6). */
export type ItemKind =
  /** 即办件 (code 1): finished at the end of the acceptance working day. */
  | 'IMMEDIATE'
  /** 承诺件 (code 2): finished within the promised number of working days. */
  | 'PROMISED';

/** An online application (网上申报) from the public portal: it becomes a RECEIVED case in the responsible window's queue. */
export type OnlineApplicationInput = {
  /** The applicant; the mobile number is required (the window calls back). */
  applicant: ApplicantInput;
  /** The item applied for. */
  itemId: string | number;
  /** A short note for the window. */
  note?: string | null | undefined;
  /** Names of the item's materials the applicant will bring or has ready. */
  plannedMaterials: Array<string>;
  /** Client-chosen idempotency key of the form (16–64 letters, digits, _ or -; a UUID): repeating it with the same input returns the first receipt; with other input it is IDEMPOTENCY_KEY_REUSED. */
  requestId: string;
};

export type GuideDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type GuideDirectoryQuery = { departments: Array<{ id: string, name: string, window: string, phone: string, active: boolean }> | null, townships: Array<{ id: string, name: string, address: string, phone: string, active: boolean }> | null, countyItems: Array<{ id: string, code: string, name: string, kind: ItemKind, legalDays: number, promisedDays: number, legalBasis: string, guideText: string | null, delegable: boolean, materials: Array<{ name: string, originals: number, copies: number, mandatory: boolean }>, fee: { amountFen: number, basis: string } | null, department: { id: string }, delegatedTownships: Array<{ id: string }> | null }> | null };

export type TownshipGuidesQueryVariables = Exact<{
  offset: number;
}>;


export type TownshipGuidesQuery = { townshipItems: Array<{ id: string, code: string, name: string, kind: ItemKind, legalDays: number, promisedDays: number, legalBasis: string, guideText: string | null, materials: Array<{ name: string, originals: number, copies: number, mandatory: boolean }>, fee: { amountFen: number, basis: string } | null, township: { id: string } }> | null };

export type ApplyCountyItemMutationVariables = Exact<{
  input: OnlineApplicationInput;
}>;


export type ApplyCountyItemMutation = { applyCountyItemOnline: { number: string, queryCode: string, itemName: string, unitName: string, receivedAt: string } };

export type ApplyTownshipItemMutationVariables = Exact<{
  input: OnlineApplicationInput;
}>;


export type ApplyTownshipItemMutation = { applyTownshipItemOnline: { number: string, queryCode: string, itemName: string, unitName: string, receivedAt: string } };

export type ApplyDelegatedItemMutationVariables = Exact<{
  input: DelegatedOnlineApplicationInput;
}>;


export type ApplyDelegatedItemMutation = { applyDelegatedItemOnline: { number: string, queryCode: string, itemName: string, unitName: string, receivedAt: string } };

export type FilePublicComplaintMutationVariables = Exact<{
  input: ComplaintInput;
}>;


export type FilePublicComplaintMutation = { fileComplaint: { number: string, queryCode: string, status: ComplaintStatus, statusLabel: string, filedAt: string, dueDate: string } };

export type TrackComplaintQueryVariables = Exact<{
  number: string;
  queryCode: string;
}>;


export type TrackComplaintQuery = { trackComplaint: { number: string, status: ComplaintStatus, statusLabel: string, unitName: string, filedOn: string, dueDate: string, extended: boolean, closedOn: string | null } | null };


export const GuideDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuideDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"window"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countyItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"legalDays"}},{"kind":"Field","name":{"kind":"Name","value":"promisedDays"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"guideText"}},{"kind":"Field","name":{"kind":"Name","value":"delegable"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegatedTownships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GuideDirectoryQuery, GuideDirectoryQueryVariables>;
export const TownshipGuidesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownshipGuides"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"legalDays"}},{"kind":"Field","name":{"kind":"Name","value":"promisedDays"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"guideText"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originals"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TownshipGuidesQuery, TownshipGuidesQueryVariables>;
export const ApplyCountyItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyCountyItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OnlineApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyCountyItemOnline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"queryCode"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]} as unknown as DocumentNode<ApplyCountyItemMutation, ApplyCountyItemMutationVariables>;
export const ApplyTownshipItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyTownshipItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OnlineApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyTownshipItemOnline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"queryCode"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]} as unknown as DocumentNode<ApplyTownshipItemMutation, ApplyTownshipItemMutationVariables>;
export const ApplyDelegatedItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyDelegatedItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DelegatedOnlineApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyDelegatedItemOnline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"queryCode"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]} as unknown as DocumentNode<ApplyDelegatedItemMutation, ApplyDelegatedItemMutationVariables>;
export const FilePublicComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FilePublicComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"queryCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]} as unknown as DocumentNode<FilePublicComplaintMutation, FilePublicComplaintMutationVariables>;
export const TrackComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queryCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"queryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queryCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}}]}}]} as unknown as DocumentNode<TrackComplaintQuery, TrackComplaintQueryVariables>;