/** The portal's GraphQL operations, typed by codegen from the supergraph (portal/gql). */
import { graphql } from './gql';

/**
 * The county catalog with the directory of units (a county's is a few hundred items, read once
 * per visit). Either tier may be down: its fields come back null with an error at their path.
 */
export const GuideDirectoryDocument = graphql(`
  query GuideDirectory {
    departments { id name window phone active }
    townships { id name address phone active }
    countyItems {
      id code name kind legalDays promisedDays legalBasis guideText delegable
      materials { name originals copies mandatory }
      fee { amountFen basis }
      department { id }
      delegatedTownships { id }
    }
  }
`);

/** One page of the townships' own items (the graph serves at most 500 at a time). */
export const TownshipGuidesDocument = graphql(`
  query TownshipGuides($offset: Int!) {
    townshipItems(limit: 500, offset: $offset) {
      id code name kind legalDays promisedDays legalBasis guideText
      materials { name originals copies mandatory }
      fee { amountFen basis }
      township { id }
    }
  }
`);

/** 网上申报 of a county item: answered at once with the number and the query code. */
export const ApplyCountyItemDocument = graphql(`
  mutation ApplyCountyItem($input: OnlineApplicationInput!) {
    applyCountyItemOnline(input: $input) { number queryCode itemName unitName receivedAt }
  }
`);

/** 网上申报 of a township item. */
export const ApplyTownshipItemDocument = graphql(`
  mutation ApplyTownshipItem($input: OnlineApplicationInput!) {
    applyTownshipItemOnline(input: $input) { number queryCode itemName unitName receivedAt }
  }
`);

/** 网上申报 of a delegable county item at a township window that takes it in (委托受理). */
export const ApplyDelegatedItemDocument = graphql(`
  mutation ApplyDelegatedItem($input: DelegatedOnlineApplicationInput!) {
    applyDelegatedItemOnline(input: $input) { number queryCode itemName unitName receivedAt }
  }
`);

/** 效能投诉 by the public: answered with the number, the query code and the handling due date. */
export const FilePublicComplaintDocument = graphql(`
  mutation FilePublicComplaint($input: ComplaintInput!) {
    fileComplaint(input: $input) { number queryCode status statusLabel filedAt dueDate }
  }
`);

/** Where a complaint stands, by the number and query code on its receipt; null for a wrong pair. */
export const TrackComplaintDocument = graphql(`
  query TrackComplaint($number: String!, $queryCode: String!) {
    trackComplaint(number: $number, queryCode: $queryCode) { number status statusLabel unitName filedOn dueDate extended closedOn }
  }
`);
