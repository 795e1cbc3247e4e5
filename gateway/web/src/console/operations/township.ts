import { graphql } from '../gql';

/**
 * 委托受理: the county items this township may accept, from the township's copy of the catalog.
 * The owning department comes from the county: while the county is unreachable `guide` is null
 * (SERVICE_UNAVAILABLE at its path) and the rest still answers, the item's id included.
 */
export const DelegableItemsQuery = graphql(`
  query DelegableItems($townshipId: ID!) {
    township(id: $townshipId) {
      id
      name
    }
    delegableCountyItems(townshipId: $townshipId) {
      countyItem {
        id
      }
      guide: countyItem {
        id
        department {
          id
          name
        }
      }
      code
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
  }
`);

/** Accepts a county item on the county's behalf; the form's requestId makes a repeated submit return the same intake. */
export const AcceptDelegatedIntakeMutation = graphql(`
  mutation AcceptDelegatedIntake($input: AcceptIntakeInput!) {
    acceptDelegatedIntake(input: $input) {
      id
      number
      queryCode
      itemName
      forwarded
      stage
      dueDate
    }
  }
`);

export const IntakeRowFields = graphql(`
  fragment IntakeRowFields on DelegatedIntake {
    id
    number
    version
    itemName
    applicant {
      name
    }
    acceptedAt
    dueDate
    clerkName
    stage
    forwardAttempts
    forwardingError
    forwardingWarning
    waitingSeconds
    missingMaterials
    resultDocumentNumber
    refusalReason
    countyStatus
    countyStatusLabel
    countyCaseNumber
  }
`);

/** The work board: the township's status and its four lists, in one request. */
export const TownshipWorkListQuery = graphql(`
  query TownshipWorkList($townshipId: ID) {
    townshipWorkList(townshipId: $townshipId) {
      township {
        id
        name
        status {
          open
          todayIntake
          backlog
          overdue
          waitingForward
          oldestWaitingSeconds
          lastCountyContactAt
        }
      }
      waitingForward {
        ...IntakeRowFields
      }
      supplementsToCollect {
        ...IntakeRowFields
      }
      readyForHandover {
        ...IntakeRowFields
      }
      overdue {
        ...IntakeRowFields
      }
      onlineApplications {
        ...OnlineApplicationRowFields
      }
    }
  }
`);

/** County administrators and supervisors pick the township they look at. */
export const TownshipNamesQuery = graphql(`
  query TownshipNames {
    townships {
      id
      name
    }
  }
`);

export const HandOverIntakeMutation = graphql(`
  mutation HandOverIntake($id: ID!, $version: Int!, $method: DeliveryMethod!, $trackingNumber: String, $note: String) {
    handOverIntake(id: $id, version: $version, method: $method, trackingNumber: $trackingNumber, note: $note) {
      id
      number
      stage
      handedOverAt
    }
  }
`);

export const ResubmitIntakeSupplementMutation = graphql(`
  mutation ResubmitIntakeSupplement($id: ID!, $version: Int!, $submittedMaterials: [String!]!, $note: String) {
    resubmitIntakeSupplement(id: $id, version: $version, submittedMaterials: $submittedMaterials, note: $note) {
      id
      number
      stage
    }
  }
`);

/** One intake with both tiers' steps (the county's as it reported them). */
export const DelegatedIntakeQuery = graphql(`
  query DelegatedIntakeDetail($id: ID!) {
    delegatedIntake(id: $id) {
      ...IntakeRowFields
      queryCode
      township {
        id
        name
      }
      applicant {
        name
        idType
        idNumber
        phone
      }
      submittedMaterials
      expedited
      forwarded
      forwardedAt
      forwardingDelaySeconds
      handedOverAt
      deliveryMethod
      trackingNumber
      deadline {
        dueDate
        paused
        pausedWorkingDays
        calendarUncertain
        workingDaysLeft
        warningLevel
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
  }
`);

/** 网上申报 of a delegable county item at this township window, as the window's lists show it. */
export const OnlineApplicationRowFields = graphql(`
  fragment OnlineApplicationRowFields on OnlineIntakeApplication {
    id
    number
    version
    channel
    status
    itemName
    countyItem {
      id
    }
    applicant {
      name
      idType
      idNumber
      phone
      masked
    }
    plannedMaterials
    note
    receivedAt
  }
`);

/** The online applications waiting for this township window's decision (受理 or 不予受理). */
export const WaitingOnlineApplicationsQuery = graphql(`
  query WaitingOnlineApplications {
    onlineIntakeApplications(filter: { status: [RECEIVED] }, limit: 100) {
      total
      nodes {
        ...OnlineApplicationRowFields
      }
    }
  }
`);

/** Takes in an online application: the delegated intake, same number and query code as the applicant's receipt. */
export const AcceptOnlineApplicationMutation = graphql(`
  mutation AcceptOnlineApplication($input: AcceptOnlineApplicationInput!) {
    acceptOnlineIntakeApplication(input: $input) {
      id
      number
      queryCode
      itemName
      forwarded
      stage
      dueDate
    }
  }
`);

/** 不予受理 of an online application, with the reason. */
export const DeclineOnlineApplicationMutation = graphql(`
  mutation DeclineOnlineApplication($id: ID!, $version: Int!, $reason: String!) {
    declineOnlineIntakeApplication(id: $id, version: $version, reason: $reason) {
      id
      status
      version
    }
  }
`);
