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
      id code name kind legalDays promisedDays legalBasis delegable
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
      id code name kind legalDays promisedDays legalBasis
      materials { name originals copies mandatory }
      fee { amountFen basis }
      township { id }
    }
  }
`);
