import { graphql } from '../gql';

export const ComplaintRowFields = graphql(`
  fragment ComplaintRowFields on Complaint {
    id
    number
    channel
    channelLabel
    unitType
    unitName
    caseNumber
    complainant {
      name
      phone
      masked
    }
    status
    statusLabel
    filedAt
    dueDate
    overdue
    daysOverdue
    extended
    version
    allowedActions
  }
`);

/** 效能投诉: one page of complaints (clerks get those about their unit). */
export const ComplaintsQuery = graphql(`
  query Complaints($filter: ComplaintFilter, $limit: Int!, $offset: Int!) {
    complaints(filter: $filter, limit: $limit, offset: $offset) {
      total
      nodes {
        ...ComplaintRowFields
      }
    }
  }
`);

/** One complaint with its text, notes and history. */
export const ComplaintQuery = graphql(`
  query ComplaintDetail($id: ID!) {
    complaint(id: $id) {
      ...ComplaintRowFields
      queryCode
      text
      dueAt
      calendarUncertain
      extensionDays
      extensionReason
      unitFeedback
      resultNote
      dismissReason
      closedAt
      history {
        action
        label
        toStatus
        actorName
        actorRole
        note
        days
        at
      }
    }
  }
`);

export const ComplaintSummaryQuery = graphql(`
  query ComplaintSummary($from: Date!, $to: Date!) {
    complaintSummary(from: $from, to: $to) {
      from
      to
      filed
      closed
      dismissed
      open
      overdueOpen
      closedOnTime
      closureRate {
        percent
      }
      onTimeRate {
        percent
      }
    }
  }
`);

export const ActOnComplaintMutation = graphql(`
  mutation ActOnComplaint($input: ComplaintActionInput!) {
    actOnComplaint(input: $input) {
      ...ComplaintRowFields
    }
  }
`);

export const FileComplaintMutation = graphql(`
  mutation FileComplaint($input: ComplaintInput!) {
    fileComplaint(input: $input) {
      id
      number
      dueDate
    }
  }
`);
