/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** An applicant's review of a finished case (public, no token). */
export type ReviewInput = {
  /** What the applicant wants to say (at most 500 characters); required for levels 4 and 5. */
  comment?: string | null | undefined;
  /** GB/T 39046 A.8 level: 1 非常满意, 2 满意, 3 基本满意, 4 不满意, 5 非常不满意. */
  level: number;
  /** The case number on the applicant's slip (for a delegated intake, the township intake's number). */
  number: string;
  /** The query code on the same slip. */
  queryCode: string;
  /** Client-chosen idempotency key: repeating it with the same input returns the first receipt; with other input it is IDEMPOTENCY_KEY_REUSED. */
  requestId: string;
};

export type TrackViewFragment = { number: string, itemName: string, unitName: string, status: CaseStatus, statusLabel: string, receivedAt: string, acceptedAt: string | null, dueDate: string | null, completedAt: string | null, steps: Array<{ label: string, status: CaseStatus, unitName: string, at: string }> };

export type TrackCaseQueryVariables = Exact<{
  number: string;
  queryCode: string;
}>;


export type TrackCaseQuery = { trackCase: { number: string, township: { number: string, itemName: string, unitName: string, status: CaseStatus, statusLabel: string, receivedAt: string, acceptedAt: string | null, dueDate: string | null, completedAt: string | null, steps: Array<{ label: string, status: CaseStatus, unitName: string, at: string }> } | null, county: { number: string, itemName: string, unitName: string, status: CaseStatus, statusLabel: string, receivedAt: string, acceptedAt: string | null, dueDate: string | null, completedAt: string | null, steps: Array<{ label: string, status: CaseStatus, unitName: string, at: string }> } | null } | null };

export type SubmitReviewMutationVariables = Exact<{
  input: ReviewInput;
}>;


export type SubmitReviewMutation = { submitReview: { level: number, levelLabel: string, reviewedAt: string, rectificationOpened: boolean, rectificationDueDate: string | null } };

export const TrackViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrackView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicCaseView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<TrackViewFragment, unknown>;
export const TrackCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queryCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"queryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queryCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrackView"}}]}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrackView"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrackView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicCaseView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<TrackCaseQuery, TrackCaseQueryVariables>;
export const SubmitReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationOpened"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDueDate"}}]}}]}}]} as unknown as DocumentNode<SubmitReviewMutation, SubmitReviewMutationVariables>;