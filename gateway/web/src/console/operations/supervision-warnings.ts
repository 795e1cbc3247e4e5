import { graphql } from '../gql';

/** 预警: one page of yellow and red county cases, with their supervision state. */
export const CountyWarningsQuery = graphql(`
  query CountyWarnings($filter: CountyCaseFilter, $limit: Int!, $offset: Int!) {
    countyCases(filter: $filter, limit: $limit, offset: $offset) {
      total
      nodes {
        id
        number
        statusLabel
        item {
          id
          name
        }
        department {
          id
          name
        }
        deadline {
          dueDate
          warningLevel
          workingDaysLeft
          workingDaysOverdue
          overdue
        }
        supervision {
          id
          number
          status
        }
      }
    }
  }
`);

/** 预警: one page of yellow and red township cases, with their supervision state. */
export const TownshipWarningsQuery = graphql(`
  query TownshipWarnings($filter: TownshipCaseFilter, $limit: Int!, $offset: Int!) {
    townshipCases(filter: $filter, limit: $limit, offset: $offset) {
      total
      nodes {
        id
        number
        statusLabel
        item {
          id
          name
        }
        township {
          id
          name
        }
        deadline {
          dueDate
          warningLevel
          workingDaysLeft
          workingDaysOverdue
          overdue
        }
        supervision {
          id
          number
          status
        }
      }
    }
  }
`);

/** The items of a unit, for the warnings' item filter. */
export const DepartmentItemNamesQuery = graphql(`
  query DepartmentItemNames($id: ID!) {
    department(id: $id) {
      id
      items {
        id
        name
      }
    }
  }
`);

export const TownshipItemNamesQuery = graphql(`
  query TownshipItemNames($id: ID!) {
    township(id: $id) {
      id
      items {
        id
        name
      }
    }
  }
`);
