import { graphql } from '../gql';

/** The departments and townships e-supervision filters and opens records by. */
export const SupervisionUnitsQuery = graphql(`
  query SupervisionUnits {
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
