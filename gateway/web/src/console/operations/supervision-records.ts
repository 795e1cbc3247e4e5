import { graphql } from '../gql';

export const SupervisionRecordFields = graphql(`
  fragment SupervisionRecordFields on SupervisionRecord {
    id
    number
    origin
    status
    caseTier
    caseNumber
    countyCase {
      id
    }
    townshipCase {
      id
    }
    unitType
    unitId
    unitName
    reason
    openedAt
    openedByName
    feedback
    closedAt
    closedByName
    version
  }
`);

/** 督办: one page of supervision records (clerks get their own unit's only). */
export const SupervisionRecordsQuery = graphql(`
  query SupervisionRecords($filter: SupervisionFilter, $limit: Int!, $offset: Int!) {
    supervisionRecords(filter: $filter, limit: $limit, offset: $offset) {
      total
      nodes {
        ...SupervisionRecordFields
      }
    }
  }
`);

/** One record with its steps. */
export const SupervisionRecordQuery = graphql(`
  query SupervisionRecordDetail($id: ID!) {
    supervisionRecord(id: $id) {
      ...SupervisionRecordFields
      history {
        action
        actorName
        actorRole
        at
        note
      }
    }
  }
`);

export const OpenSupervisionRecordMutation = graphql(`
  mutation OpenSupervisionRecord($input: OpenSupervisionInput!) {
    openSupervisionRecord(input: $input) {
      ...SupervisionRecordFields
    }
  }
`);

export const CloseSupervisionRecordMutation = graphql(`
  mutation CloseSupervisionRecord($id: ID!, $version: Int!, $feedback: String!) {
    closeSupervisionRecord(id: $id, version: $version, feedback: $feedback) {
      ...SupervisionRecordFields
    }
  }
`);

/** The case a record is opened about, looked up by its number (exact). */
export const CountyCaseByNumberQuery = graphql(`
  query CountyCaseByNumber($number: String!) {
    countyCases(filter: { number: $number }, limit: 1) {
      nodes {
        id
        number
        department {
          name
        }
      }
    }
  }
`);

export const TownshipCaseByNumberQuery = graphql(`
  query TownshipCaseByNumber($number: String!) {
    townshipCases(filter: { number: $number }, limit: 1) {
      nodes {
        id
        number
        township {
          name
        }
      }
    }
  }
`);
