/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment TrackView on PublicCaseView {\n  number\n  itemName\n  unitName\n  status\n  statusLabel\n  receivedAt\n  acceptedAt\n  dueDate\n  completedAt\n  steps {\n    label\n    status\n    unitName\n    at\n  }\n}\n\nquery TrackCase($number: String!, $queryCode: String!) {\n  trackCase(number: $number, queryCode: $queryCode) {\n    number\n    township {\n      ...TrackView\n    }\n    county {\n      ...TrackView\n    }\n  }\n}\n\nmutation SubmitReview($input: ReviewInput!) {\n  submitReview(input: $input) {\n    level\n    levelLabel\n    reviewedAt\n    rectificationOpened\n    rectificationDueDate\n  }\n}": typeof types.TrackViewFragmentDoc,
};
const documents: Documents = {
    "fragment TrackView on PublicCaseView {\n  number\n  itemName\n  unitName\n  status\n  statusLabel\n  receivedAt\n  acceptedAt\n  dueDate\n  completedAt\n  steps {\n    label\n    status\n    unitName\n    at\n  }\n}\n\nquery TrackCase($number: String!, $queryCode: String!) {\n  trackCase(number: $number, queryCode: $queryCode) {\n    number\n    township {\n      ...TrackView\n    }\n    county {\n      ...TrackView\n    }\n  }\n}\n\nmutation SubmitReview($input: ReviewInput!) {\n  submitReview(input: $input) {\n    level\n    levelLabel\n    reviewedAt\n    rectificationOpened\n    rectificationDueDate\n  }\n}": types.TrackViewFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TrackView on PublicCaseView {\n  number\n  itemName\n  unitName\n  status\n  statusLabel\n  receivedAt\n  acceptedAt\n  dueDate\n  completedAt\n  steps {\n    label\n    status\n    unitName\n    at\n  }\n}\n\nquery TrackCase($number: String!, $queryCode: String!) {\n  trackCase(number: $number, queryCode: $queryCode) {\n    number\n    township {\n      ...TrackView\n    }\n    county {\n      ...TrackView\n    }\n  }\n}\n\nmutation SubmitReview($input: ReviewInput!) {\n  submitReview(input: $input) {\n    level\n    levelLabel\n    reviewedAt\n    rectificationOpened\n    rectificationDueDate\n  }\n}"): (typeof documents)["fragment TrackView on PublicCaseView {\n  number\n  itemName\n  unitName\n  status\n  statusLabel\n  receivedAt\n  acceptedAt\n  dueDate\n  completedAt\n  steps {\n    label\n    status\n    unitName\n    at\n  }\n}\n\nquery TrackCase($number: String!, $queryCode: String!) {\n  trackCase(number: $number, queryCode: $queryCode) {\n    number\n    township {\n      ...TrackView\n    }\n    county {\n      ...TrackView\n    }\n  }\n}\n\nmutation SubmitReview($input: ReviewInput!) {\n  submitReview(input: $input) {\n    level\n    levelLabel\n    reviewedAt\n    rectificationOpened\n    rectificationDueDate\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;