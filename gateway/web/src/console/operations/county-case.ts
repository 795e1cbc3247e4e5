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
    specialProcedureKind
    forwardedAt
    origin {
      id
      number
      clerkName
      acceptedAt
      forwardedAt
      forwardingDelaySeconds
      township {
        id
        name
      }
    }
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

/** The case's newest supervision record (督办), shown on both tiers' detail. */
export const CaseSupervisionFields = graphql(`
  fragment CaseSupervisionFields on SupervisionRecord {
    id
    number
    origin
    status
    reason
    openedAt
    openedByName
    feedback
    closedAt
    closedByName
  }
`);

/** 特事特办 on or off; the answer is the case as it now stands. */
export const SetCountyCaseExpeditedMutation = graphql(`
  mutation SetCountyCaseExpedited($id: ID!, $version: Int!, $expedited: Boolean!, $note: String) {
    setCountyCaseExpedited(id: $id, version: $version, expedited: $expedited, note: $note) {
      ...CountyCaseDetailFields
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
