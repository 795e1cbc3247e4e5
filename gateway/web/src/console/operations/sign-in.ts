import { graphql } from '../gql';

/** The townships and departments a demo identity may act for (public). */
export const DemoUnitsQuery = graphql(`
  query DemoUnits {
    townships {
      id
      name
    }
    departments {
      id
      name
    }
  }
`);
