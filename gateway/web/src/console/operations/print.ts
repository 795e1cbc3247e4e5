import { graphql } from '../gql';

/** What the printed documents of a county case show (受理通知书, 一次性告知书, 不予受理通知书, 送达回证). */
export const PrintCountyCaseQuery = graphql(`
  query PrintCountyCase($id: ID!) {
    countyCase(id: $id) {
      id
      number
      queryCode
      status
      statusLabel
      receivedAt
      missingMaterials
      refusalReason
      resultDocumentNumber
      completedAt
      deliveryMethod
      trackingNumber
      deliveredAt
      firstContactName
      item {
        name
        promisedDays
      }
      department {
        name
        window
        phone
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
      }
      history {
        step
        at
        note
        actorName
      }
    }
  }
`);

/** The same documents of a township's own case. */
export const PrintTownshipCaseQuery = graphql(`
  query PrintTownshipCase($id: ID!) {
    townshipCase(id: $id) {
      id
      number
      queryCode
      status
      statusLabel
      receivedAt
      missingMaterials
      refusalReason
      resultDocumentNumber
      completedAt
      deliveryMethod
      trackingNumber
      deliveredAt
      firstContactName
      item {
        name
        promisedDays
      }
      township {
        name
        address
        phone
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
      }
      history {
        step
        at
        note
        actorName
      }
    }
  }
`);

/**
 * 受理回执 of a delegated intake: township fields only (the item's name as taken at acceptance, not
 * the county item), so the receipt prints while the county is unreachable.
 */
export const PrintIntakeQuery = graphql(`
  query PrintIntake($id: ID!) {
    delegatedIntake(id: $id) {
      id
      number
      queryCode
      itemName
      submittedMaterials
      clerkName
      acceptedAt
      dueDate
      forwarded
      countyCaseNumber
      township {
        name
        address
        phone
      }
      applicant {
        name
        idType
        idNumber
        phone
        masked
      }
    }
  }
`);
