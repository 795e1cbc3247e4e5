import { graphql } from '../gql';

/** 操作日志: one page of either tier's audit log, filtered and paged in the database. */
export const CountyAuditLogQuery = graphql(`
  query CountyAuditLog($filter: AuditLogFilter, $limit: Int!, $offset: Int!) {
    countyAuditLog(filter: $filter, limit: $limit, offset: $offset) {
      total
      nodes {
        ...AuditEntryFields
      }
    }
  }
`);

export const TownshipAuditLogQuery = graphql(`
  query TownshipAuditLog($filter: AuditLogFilter, $limit: Int!, $offset: Int!) {
    townshipAuditLog(filter: $filter, limit: $limit, offset: $offset) {
      total
      nodes {
        ...AuditEntryFields
      }
    }
  }
`);

export const AuditEntryFields = graphql(`
  fragment AuditEntryFields on AuditEntry {
    id
    at
    actorId
    actorName
    actorRole
    actorUnitId
    entityType
    entityId
    action
    changes {
      field
      before
      after
    }
  }
`);

/** Unit names for the log's actors (departments and townships are public). */
export const AuditUnitsQuery = graphql(`
  query AuditUnits {
    departments {
      id
      name
    }
    townships {
      id
      name
    }
  }
`);
