import { graphql } from '../gql';

/** 收件: the department's items with their materials, to choose from. */
export const DepartmentItemsQuery = graphql(`
  query DepartmentItems($id: ID!) {
    department(id: $id) {
      id
      name
      items {
        id
        code
        name
        kind
        promisedDays
        active
        materials {
          name
          originals
          copies
          mandatory
        }
      }
    }
  }
`);

/** Takes in a walk-in application; the form's requestId makes a repeated submit return the same case. */
export const ReceiveCountyCaseMutation = graphql(`
  mutation ReceiveCountyCase($input: ReceiveCountyCaseInput!) {
    receiveCountyCase(input: $input) {
      id
      number
      queryCode
      status
    }
  }
`);
