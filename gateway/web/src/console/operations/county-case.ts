import { graphql } from '../gql';

/** The case detail: its fields, clock, materials, history and the actions its state allows. */
export const CountyCaseQuery = graphql(`
  query CountyCaseDetail($id: ID!) {
    countyCase(id: $id) {
      ...CountyCaseDetailFields
    }
  }
`);

export const CountyCaseDetailFields = graphql(`
  fragment CountyCaseDetailFields on CountyCase {
    id
    number
    queryCode
    status
    statusLabel
    version
    expedited
    receivedAt
    firstContactName
    delegated
    missingMaterials
    refusalReason
    resultDocumentNumber
    completedAt
    deliveryMethod
    trackingNumber
    deliveredAt
    allowedActions
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
    department {
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
      warningLevel
      workingDaysLeft
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

/** One action on a county case; the answer is the case as it now stands. */
export const ActOnCountyCaseMutation = graphql(`
  mutation ActOnCountyCase($input: CaseActionInput!) {
    actOnCountyCase(input: $input) {
      ...CountyCaseDetailFields
    }
  }
`);
