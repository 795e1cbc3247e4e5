import { graphql } from '../gql';

export const RectificationFields = graphql(`
  fragment RectificationFields on Rectification {
    status
    statusLabel
    dueDate
    overdue
    workingDaysOverdue
    startNote
    rectificationNote
    decisionReason
    followUpNote
    allowedActions
    steps {
      kind
      toStatus
      actorName
      at
      note
    }
  }
`);

/** 好差评/整改: one page of county reviews with their rectifications. */
export const CountyReviewsQuery = graphql(`
  query CountyReviews($filter: CountyReviewFilter, $limit: Int!, $offset: Int!) {
    countyReviews(filter: $filter, limit: $limit, offset: $offset) {
      total
      nodes {
        id
        version
        caseNumber
        level
        levelLabel
        comment
        reviewedAt
        rectificationStatus
        department {
          id
          name
        }
        item {
          id
          name
        }
        rectification {
          ...RectificationFields
        }
      }
    }
  }
`);

export const TownshipReviewsQuery = graphql(`
  query TownshipReviews($filter: TownshipReviewFilter, $limit: Int!, $offset: Int!) {
    townshipReviews(filter: $filter, limit: $limit, offset: $offset) {
      total
      nodes {
        id
        version
        caseNumber
        level
        levelLabel
        comment
        reviewedAt
        rectificationStatus
        township {
          id
          name
        }
        item {
          id
          name
        }
        rectification {
          ...RectificationFields
        }
      }
    }
  }
`);

export const ActOnCountyRectificationMutation = graphql(`
  mutation ActOnCountyRectification($input: RectificationActionInput!) {
    actOnCountyRectification(input: $input) {
      id
      version
      rectificationStatus
    }
  }
`);

export const ActOnTownshipRectificationMutation = graphql(`
  mutation ActOnTownshipRectification($input: RectificationActionInput!) {
    actOnTownshipRectification(input: $input) {
      id
      version
      rectificationStatus
    }
  }
`);
