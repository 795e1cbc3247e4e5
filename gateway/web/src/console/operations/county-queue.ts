import { graphql } from '../gql';

/** 我的办件: one page of the department's cases (the server pages and filters in the database). */
export const CountyQueueQuery = graphql(`
  query CountyQueue($filter: CountyCaseFilter, $limit: Int!, $offset: Int!) {
    countyCases(filter: $filter, limit: $limit, offset: $offset) {
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
