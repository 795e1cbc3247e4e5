import { graphql } from '../gql';

/** 否定报备: the period's county refusals and rejections. */
export const CountyRefusalsQuery = graphql(`
  query CountyRefusals($from: Date!, $to: Date!, $departmentId: ID, $limit: Int!, $offset: Int!) {
    countyRefusalReports(from: $from, to: $to, departmentId: $departmentId, limit: $limit, offset: $offset) {
      total
      nodes {
        id
        kind
        reason
        unitName
        clerkName
        refusedAt
        case {
          id
          number
          item {
            name
          }
        }
      }
    }
  }
`);

export const TownshipRefusalsQuery = graphql(`
  query TownshipRefusals($from: Date!, $to: Date!, $townshipId: ID, $limit: Int!, $offset: Int!) {
    townshipRefusalReports(from: $from, to: $to, townshipId: $townshipId, limit: $limit, offset: $offset) {
      total
      nodes {
        id
        kind
        reason
        unitName
        clerkName
        refusedAt
        case {
          id
          number
          item {
            name
          }
        }
      }
    }
  }
`);
