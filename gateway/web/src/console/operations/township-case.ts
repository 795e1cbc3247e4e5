import { graphql } from '../gql';

/** The township window's own case (乡镇事项): the same detail as a county case, with the township. */
export const TownshipCaseQuery = graphql(`
  query TownshipCaseDetail($id: ID!) {
    townshipCase(id: $id) {
      ...TownshipCaseDetailFields
    }
  }
`);

export const TownshipCaseDetailFields = graphql(`
  fragment TownshipCaseDetailFields on TownshipCase {
    id
    number
    queryCode
    status
    statusLabel
    version
    expedited
    receivedAt
    firstContactName
    missingMaterials
    refusalReason
    resultDocumentNumber
    completedAt
    deliveryMethod
    trackingNumber
    deliveredAt
    allowedActions
    specialProcedureKind
    supervision {
      ...CaseSupervisionFields
    }
    item {
      id
      name
      kind
      promisedDays
      materials {
        name
        originals
        copies
        mandatory
      }
    }
    township {
      id
      name
    }
    applicant {
      name
      idType
      idNumber
      phone
      masked
    }
    deadline {
      acceptedAt
      dueDate
      paused
      pausedWorkingDays
      calendarUncertain
      uncertainYears
      warningLevel
      workingDaysLeft
      workingDaysOverdue
      overdue
    }
    history {
      step
      label
      toStatus
      actorName
      unitName
      at
      note
    }
  }
`);

export const ActOnTownshipCaseMutation = graphql(`
  mutation ActOnTownshipCase($input: CaseActionInput!) {
    actOnTownshipCase(input: $input) {
      ...TownshipCaseDetailFields
    }
  }
`);

export const SetTownshipCaseExpeditedMutation = graphql(`
  mutation SetTownshipCaseExpedited($id: ID!, $version: Int!, $expedited: Boolean!, $note: String) {
    setTownshipCaseExpedited(id: $id, version: $version, expedited: $expedited, note: $note) {
      ...TownshipCaseDetailFields
    }
  }
`);

/** 乡镇窗口: one page of the township's own cases, filtered and paged by the graph. */
export const TownshipQueueQuery = graphql(`
  query TownshipQueue($filter: TownshipCaseFilter, $limit: Int!, $offset: Int!) {
    townshipCases(filter: $filter, limit: $limit, offset: $offset) {
      total
      nodes {
        id
        number
        status
        statusLabel
        expedited
        channel
        receivedAt
        item {
          id
          name
        }
        applicant {
          name
          masked
        }
        deadline {
          acceptedAt
          dueDate
          workingDaysLeft
          workingDaysOverdue
          warningLevel
          overdue
        }
      }
    }
  }
`);

/** 收件 at the township: its own items with their materials. */
export const TownshipItemsQuery = graphql(`
  query TownshipItems($id: ID!) {
    township(id: $id) {
      id
      name
      items {
        id
        code
        name
        kind
        promisedDays
        active
        materials {
          name
          originals
          copies
          mandatory
        }
      }
    }
  }
`);

export const ReceiveTownshipCaseMutation = graphql(`
  mutation ReceiveTownshipCase($input: ReceiveTownshipCaseInput!) {
    receiveTownshipCase(input: $input) {
      id
      number
      queryCode
      status
    }
  }
`);
