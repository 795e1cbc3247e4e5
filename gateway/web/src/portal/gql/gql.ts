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
    "\n  query GuideDirectory {\n    departments { id name window phone active }\n    townships { id name address phone active }\n    countyItems {\n      id code name kind legalDays promisedDays legalBasis guideText delegable\n      materials { name originals copies mandatory }\n      fee { amountFen basis }\n      department { id }\n      delegatedTownships { id }\n    }\n  }\n": typeof types.GuideDirectoryDocument,
    "\n  query TownshipGuides($offset: Int!) {\n    townshipItems(limit: 500, offset: $offset) {\n      id code name kind legalDays promisedDays legalBasis guideText\n      materials { name originals copies mandatory }\n      fee { amountFen basis }\n      township { id }\n    }\n  }\n": typeof types.TownshipGuidesDocument,
    "\n  mutation ApplyCountyItem($input: OnlineApplicationInput!) {\n    applyCountyItemOnline(input: $input) { number queryCode itemName unitName receivedAt }\n  }\n": typeof types.ApplyCountyItemDocument,
    "\n  mutation ApplyTownshipItem($input: OnlineApplicationInput!) {\n    applyTownshipItemOnline(input: $input) { number queryCode itemName unitName receivedAt }\n  }\n": typeof types.ApplyTownshipItemDocument,
    "\n  mutation ApplyDelegatedItem($input: DelegatedOnlineApplicationInput!) {\n    applyDelegatedItemOnline(input: $input) { number queryCode itemName unitName receivedAt }\n  }\n": typeof types.ApplyDelegatedItemDocument,
    "\n  mutation FilePublicComplaint($input: ComplaintInput!) {\n    fileComplaint(input: $input) { number queryCode status statusLabel filedAt dueDate }\n  }\n": typeof types.FilePublicComplaintDocument,
    "\n  query TrackComplaint($number: String!, $queryCode: String!) {\n    trackComplaint(number: $number, queryCode: $queryCode) { number status statusLabel unitName filedOn dueDate extended closedOn }\n  }\n": typeof types.TrackComplaintDocument,
};
const documents: Documents = {
    "\n  query GuideDirectory {\n    departments { id name window phone active }\n    townships { id name address phone active }\n    countyItems {\n      id code name kind legalDays promisedDays legalBasis guideText delegable\n      materials { name originals copies mandatory }\n      fee { amountFen basis }\n      department { id }\n      delegatedTownships { id }\n    }\n  }\n": types.GuideDirectoryDocument,
    "\n  query TownshipGuides($offset: Int!) {\n    townshipItems(limit: 500, offset: $offset) {\n      id code name kind legalDays promisedDays legalBasis guideText\n      materials { name originals copies mandatory }\n      fee { amountFen basis }\n      township { id }\n    }\n  }\n": types.TownshipGuidesDocument,
    "\n  mutation ApplyCountyItem($input: OnlineApplicationInput!) {\n    applyCountyItemOnline(input: $input) { number queryCode itemName unitName receivedAt }\n  }\n": types.ApplyCountyItemDocument,
    "\n  mutation ApplyTownshipItem($input: OnlineApplicationInput!) {\n    applyTownshipItemOnline(input: $input) { number queryCode itemName unitName receivedAt }\n  }\n": types.ApplyTownshipItemDocument,
    "\n  mutation ApplyDelegatedItem($input: DelegatedOnlineApplicationInput!) {\n    applyDelegatedItemOnline(input: $input) { number queryCode itemName unitName receivedAt }\n  }\n": types.ApplyDelegatedItemDocument,
    "\n  mutation FilePublicComplaint($input: ComplaintInput!) {\n    fileComplaint(input: $input) { number queryCode status statusLabel filedAt dueDate }\n  }\n": types.FilePublicComplaintDocument,
    "\n  query TrackComplaint($number: String!, $queryCode: String!) {\n    trackComplaint(number: $number, queryCode: $queryCode) { number status statusLabel unitName filedOn dueDate extended closedOn }\n  }\n": types.TrackComplaintDocument,
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
export function graphql(source: "\n  query GuideDirectory {\n    departments { id name window phone active }\n    townships { id name address phone active }\n    countyItems {\n      id code name kind legalDays promisedDays legalBasis guideText delegable\n      materials { name originals copies mandatory }\n      fee { amountFen basis }\n      department { id }\n      delegatedTownships { id }\n    }\n  }\n"): (typeof documents)["\n  query GuideDirectory {\n    departments { id name window phone active }\n    townships { id name address phone active }\n    countyItems {\n      id code name kind legalDays promisedDays legalBasis guideText delegable\n      materials { name originals copies mandatory }\n      fee { amountFen basis }\n      department { id }\n      delegatedTownships { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownshipGuides($offset: Int!) {\n    townshipItems(limit: 500, offset: $offset) {\n      id code name kind legalDays promisedDays legalBasis guideText\n      materials { name originals copies mandatory }\n      fee { amountFen basis }\n      township { id }\n    }\n  }\n"): (typeof documents)["\n  query TownshipGuides($offset: Int!) {\n    townshipItems(limit: 500, offset: $offset) {\n      id code name kind legalDays promisedDays legalBasis guideText\n      materials { name originals copies mandatory }\n      fee { amountFen basis }\n      township { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyCountyItem($input: OnlineApplicationInput!) {\n    applyCountyItemOnline(input: $input) { number queryCode itemName unitName receivedAt }\n  }\n"): (typeof documents)["\n  mutation ApplyCountyItem($input: OnlineApplicationInput!) {\n    applyCountyItemOnline(input: $input) { number queryCode itemName unitName receivedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyTownshipItem($input: OnlineApplicationInput!) {\n    applyTownshipItemOnline(input: $input) { number queryCode itemName unitName receivedAt }\n  }\n"): (typeof documents)["\n  mutation ApplyTownshipItem($input: OnlineApplicationInput!) {\n    applyTownshipItemOnline(input: $input) { number queryCode itemName unitName receivedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyDelegatedItem($input: DelegatedOnlineApplicationInput!) {\n    applyDelegatedItemOnline(input: $input) { number queryCode itemName unitName receivedAt }\n  }\n"): (typeof documents)["\n  mutation ApplyDelegatedItem($input: DelegatedOnlineApplicationInput!) {\n    applyDelegatedItemOnline(input: $input) { number queryCode itemName unitName receivedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FilePublicComplaint($input: ComplaintInput!) {\n    fileComplaint(input: $input) { number queryCode status statusLabel filedAt dueDate }\n  }\n"): (typeof documents)["\n  mutation FilePublicComplaint($input: ComplaintInput!) {\n    fileComplaint(input: $input) { number queryCode status statusLabel filedAt dueDate }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackComplaint($number: String!, $queryCode: String!) {\n    trackComplaint(number: $number, queryCode: $queryCode) { number status statusLabel unitName filedOn dueDate extended closedOn }\n  }\n"): (typeof documents)["\n  query TrackComplaint($number: String!, $queryCode: String!) {\n    trackComplaint(number: $number, queryCode: $queryCode) { number status statusLabel unitName filedOn dueDate extended closedOn }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;