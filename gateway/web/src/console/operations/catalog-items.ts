import { graphql } from '../gql';

/** What the item editor and its public preview read of a county item. */
export const CountyItemFields = graphql(`
  fragment CountyItemFields on CountyItem {
    id
    code
    name
    kind
    legalDays
    promisedDays
    legalBasis
    guideText
    delegable
    active
    warnings
    department {
      id
      name
    }
    delegatedTownships {
      id
      name
    }
    materials {
      name
      originals
      copies
      mandatory
    }
    fee {
      amountFen
      basis
    }
  }
`);

/** What the item editor and its public preview read of a township item. */
export const TownshipItemFields = graphql(`
  fragment TownshipItemFields on TownshipItem {
    id
    code
    name
    kind
    legalDays
    promisedDays
    legalBasis
    guideText
    active
    warnings
    supervisingDepartment {
      id
      name
    }
    materials {
      name
      originals
      copies
      mandatory
    }
    fee {
      amountFen
      basis
    }
  }
`);

/** 事项目录: the county catalog, searched and filtered by the graph (retired items included). */
export const AdminCountyItemsQuery = graphql(`
  query AdminCountyItems($filter: CountyItemFilter) {
    countyItems(filter: $filter) {
      ...CountyItemFields
    }
  }
`);

export const AdminCountyItemQuery = graphql(`
  query AdminCountyItem($id: ID!) {
    countyItem(id: $id) {
      ...CountyItemFields
    }
  }
`);

/** What the editor offers to choose from: departments and townships. */
export const ItemChoicesQuery = graphql(`
  query ItemChoices {
    departments {
      id
      name
      active
    }
    townships {
      id
      name
      active
    }
  }
`);

export const CreateCountyItemMutation = graphql(`
  mutation CreateCountyItem($input: CountyItemInput!) {
    createCountyItem(input: $input) {
      item {
        ...CountyItemFields
      }
      warnings
    }
  }
`);

export const UpdateCountyItemMutation = graphql(`
  mutation UpdateCountyItem($id: ID!, $input: CountyItemInput!) {
    updateCountyItem(id: $id, input: $input) {
      item {
        ...CountyItemFields
      }
      warnings
    }
  }
`);

export const CreateTownshipItemMutation = graphql(`
  mutation CreateTownshipItem($townshipId: ID!, $input: TownshipItemInput!) {
    createTownshipItem(townshipId: $townshipId, input: $input) {
      item {
        ...TownshipItemFields
      }
      warnings
    }
  }
`);

export const UpdateTownshipItemMutation = graphql(`
  mutation UpdateTownshipItem($id: ID!, $input: TownshipItemInput!) {
    updateTownshipItem(id: $id, input: $input) {
      item {
        ...TownshipItemFields
      }
      warnings
    }
  }
`);
