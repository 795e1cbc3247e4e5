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
    "\n  query CountyCaseDetail($id: ID!) {\n    countyCase(id: $id) {\n      ...CountyCaseDetailFields\n    }\n  }\n": typeof types.CountyCaseDetailDocument,
    "\n  fragment CountyCaseDetailFields on CountyCase {\n    id\n    number\n    queryCode\n    status\n    statusLabel\n    version\n    expedited\n    receivedAt\n    firstContactName\n    delegated\n    missingMaterials\n    refusalReason\n    resultDocumentNumber\n    completedAt\n    deliveryMethod\n    trackingNumber\n    deliveredAt\n    allowedActions\n    item {\n      id\n      name\n      kind\n      promisedDays\n      materials {\n        name\n        originals\n        copies\n        mandatory\n      }\n    }\n    department {\n      id\n      name\n    }\n    applicant {\n      name\n      idType\n      idNumber\n      phone\n      masked\n    }\n    deadline {\n      acceptedAt\n      dueDate\n      paused\n      pausedWorkingDays\n      calendarUncertain\n      warningLevel\n      workingDaysLeft\n      overdue\n    }\n    history {\n      step\n      label\n      toStatus\n      actorName\n      unitName\n      at\n      note\n    }\n  }\n": typeof types.CountyCaseDetailFieldsFragmentDoc,
    "\n  mutation ActOnCountyCase($input: CaseActionInput!) {\n    actOnCountyCase(input: $input) {\n      ...CountyCaseDetailFields\n    }\n  }\n": typeof types.ActOnCountyCaseDocument,
    "\n  query CountyQueue($filter: CountyCaseFilter, $limit: Int!, $offset: Int!) {\n    countyCases(filter: $filter, limit: $limit, offset: $offset) {\n      total\n      nodes {\n        id\n        number\n        status\n        statusLabel\n        expedited\n        receivedAt\n        item {\n          id\n          name\n        }\n        applicant {\n          name\n          masked\n        }\n        deadline {\n          acceptedAt\n          dueDate\n          workingDaysLeft\n          warningLevel\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.CountyQueueDocument,
    "\n  query DepartmentItems($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      items {\n        id\n        code\n        name\n        kind\n        promisedDays\n        active\n        materials {\n          name\n          originals\n          copies\n          mandatory\n        }\n      }\n    }\n  }\n": typeof types.DepartmentItemsDocument,
    "\n  mutation ReceiveCountyCase($input: ReceiveCountyCaseInput!) {\n    receiveCountyCase(input: $input) {\n      id\n      number\n      queryCode\n      status\n    }\n  }\n": typeof types.ReceiveCountyCaseDocument,
    "\n  query DemoUnits {\n    townships {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n  }\n": typeof types.DemoUnitsDocument,
};
const documents: Documents = {
    "\n  query CountyCaseDetail($id: ID!) {\n    countyCase(id: $id) {\n      ...CountyCaseDetailFields\n    }\n  }\n": types.CountyCaseDetailDocument,
    "\n  fragment CountyCaseDetailFields on CountyCase {\n    id\n    number\n    queryCode\n    status\n    statusLabel\n    version\n    expedited\n    receivedAt\n    firstContactName\n    delegated\n    missingMaterials\n    refusalReason\n    resultDocumentNumber\n    completedAt\n    deliveryMethod\n    trackingNumber\n    deliveredAt\n    allowedActions\n    item {\n      id\n      name\n      kind\n      promisedDays\n      materials {\n        name\n        originals\n        copies\n        mandatory\n      }\n    }\n    department {\n      id\n      name\n    }\n    applicant {\n      name\n      idType\n      idNumber\n      phone\n      masked\n    }\n    deadline {\n      acceptedAt\n      dueDate\n      paused\n      pausedWorkingDays\n      calendarUncertain\n      warningLevel\n      workingDaysLeft\n      overdue\n    }\n    history {\n      step\n      label\n      toStatus\n      actorName\n      unitName\n      at\n      note\n    }\n  }\n": types.CountyCaseDetailFieldsFragmentDoc,
    "\n  mutation ActOnCountyCase($input: CaseActionInput!) {\n    actOnCountyCase(input: $input) {\n      ...CountyCaseDetailFields\n    }\n  }\n": types.ActOnCountyCaseDocument,
    "\n  query CountyQueue($filter: CountyCaseFilter, $limit: Int!, $offset: Int!) {\n    countyCases(filter: $filter, limit: $limit, offset: $offset) {\n      total\n      nodes {\n        id\n        number\n        status\n        statusLabel\n        expedited\n        receivedAt\n        item {\n          id\n          name\n        }\n        applicant {\n          name\n          masked\n        }\n        deadline {\n          acceptedAt\n          dueDate\n          workingDaysLeft\n          warningLevel\n          overdue\n        }\n      }\n    }\n  }\n": types.CountyQueueDocument,
    "\n  query DepartmentItems($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      items {\n        id\n        code\n        name\n        kind\n        promisedDays\n        active\n        materials {\n          name\n          originals\n          copies\n          mandatory\n        }\n      }\n    }\n  }\n": types.DepartmentItemsDocument,
    "\n  mutation ReceiveCountyCase($input: ReceiveCountyCaseInput!) {\n    receiveCountyCase(input: $input) {\n      id\n      number\n      queryCode\n      status\n    }\n  }\n": types.ReceiveCountyCaseDocument,
    "\n  query DemoUnits {\n    townships {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n  }\n": types.DemoUnitsDocument,
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
export function graphql(source: "\n  query CountyCaseDetail($id: ID!) {\n    countyCase(id: $id) {\n      ...CountyCaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  query CountyCaseDetail($id: ID!) {\n    countyCase(id: $id) {\n      ...CountyCaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CountyCaseDetailFields on CountyCase {\n    id\n    number\n    queryCode\n    status\n    statusLabel\n    version\n    expedited\n    receivedAt\n    firstContactName\n    delegated\n    missingMaterials\n    refusalReason\n    resultDocumentNumber\n    completedAt\n    deliveryMethod\n    trackingNumber\n    deliveredAt\n    allowedActions\n    item {\n      id\n      name\n      kind\n      promisedDays\n      materials {\n        name\n        originals\n        copies\n        mandatory\n      }\n    }\n    department {\n      id\n      name\n    }\n    applicant {\n      name\n      idType\n      idNumber\n      phone\n      masked\n    }\n    deadline {\n      acceptedAt\n      dueDate\n      paused\n      pausedWorkingDays\n      calendarUncertain\n      warningLevel\n      workingDaysLeft\n      overdue\n    }\n    history {\n      step\n      label\n      toStatus\n      actorName\n      unitName\n      at\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment CountyCaseDetailFields on CountyCase {\n    id\n    number\n    queryCode\n    status\n    statusLabel\n    version\n    expedited\n    receivedAt\n    firstContactName\n    delegated\n    missingMaterials\n    refusalReason\n    resultDocumentNumber\n    completedAt\n    deliveryMethod\n    trackingNumber\n    deliveredAt\n    allowedActions\n    item {\n      id\n      name\n      kind\n      promisedDays\n      materials {\n        name\n        originals\n        copies\n        mandatory\n      }\n    }\n    department {\n      id\n      name\n    }\n    applicant {\n      name\n      idType\n      idNumber\n      phone\n      masked\n    }\n    deadline {\n      acceptedAt\n      dueDate\n      paused\n      pausedWorkingDays\n      calendarUncertain\n      warningLevel\n      workingDaysLeft\n      overdue\n    }\n    history {\n      step\n      label\n      toStatus\n      actorName\n      unitName\n      at\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActOnCountyCase($input: CaseActionInput!) {\n    actOnCountyCase(input: $input) {\n      ...CountyCaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ActOnCountyCase($input: CaseActionInput!) {\n    actOnCountyCase(input: $input) {\n      ...CountyCaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountyQueue($filter: CountyCaseFilter, $limit: Int!, $offset: Int!) {\n    countyCases(filter: $filter, limit: $limit, offset: $offset) {\n      total\n      nodes {\n        id\n        number\n        status\n        statusLabel\n        expedited\n        receivedAt\n        item {\n          id\n          name\n        }\n        applicant {\n          name\n          masked\n        }\n        deadline {\n          acceptedAt\n          dueDate\n          workingDaysLeft\n          warningLevel\n          overdue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountyQueue($filter: CountyCaseFilter, $limit: Int!, $offset: Int!) {\n    countyCases(filter: $filter, limit: $limit, offset: $offset) {\n      total\n      nodes {\n        id\n        number\n        status\n        statusLabel\n        expedited\n        receivedAt\n        item {\n          id\n          name\n        }\n        applicant {\n          name\n          masked\n        }\n        deadline {\n          acceptedAt\n          dueDate\n          workingDaysLeft\n          warningLevel\n          overdue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentItems($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      items {\n        id\n        code\n        name\n        kind\n        promisedDays\n        active\n        materials {\n          name\n          originals\n          copies\n          mandatory\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentItems($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      items {\n        id\n        code\n        name\n        kind\n        promisedDays\n        active\n        materials {\n          name\n          originals\n          copies\n          mandatory\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveCountyCase($input: ReceiveCountyCaseInput!) {\n    receiveCountyCase(input: $input) {\n      id\n      number\n      queryCode\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReceiveCountyCase($input: ReceiveCountyCaseInput!) {\n    receiveCountyCase(input: $input) {\n      id\n      number\n      queryCode\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoUnits {\n    townships {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query DemoUnits {\n    townships {\n      id\n      name\n    }\n    departments {\n      id\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;