import { graphql } from '../gql';

/** 部门: the county's departments, active or not, for the administrator. */
export const AdminDepartmentsQuery = graphql(`
  query AdminDepartments {
    departments {
      id
      code
      name
      shortName
      window
      phone
      active
    }
  }
`);

export const CreateDepartmentMutation = graphql(`
  mutation CreateDepartment($input: DepartmentInput!) {
    createDepartment(input: $input) {
      id
      code
      name
      shortName
      window
      phone
      active
    }
  }
`);

export const UpdateDepartmentMutation = graphql(`
  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {
    updateDepartment(id: $id, input: $input) {
      id
      code
      name
      shortName
      window
      phone
      active
    }
  }
`);

/** 停用/启用; a department with unfinished cases is refused (UNIT_HAS_OPEN_WORK). */
export const SetDepartmentActiveMutation = graphql(`
  mutation SetDepartmentActive($id: ID!, $active: Boolean!) {
    setDepartmentActive(id: $id, active: $active) {
      id
      active
    }
  }
`);

/** 乡镇: every township with its village points. */
export const AdminTownshipsQuery = graphql(`
  query AdminTownships {
    townships {
      id
      code
      divisionCode
      name
      address
      phone
      active
      villagePoints {
        id
        active
      }
    }
  }
`);

/** One township with its village points and own items. */
export const AdminTownshipQuery = graphql(`
  query AdminTownship($id: ID!) {
    township(id: $id) {
      id
      code
      divisionCode
      name
      address
      phone
      active
      villagePoints {
        id
        code
        name
        active
      }
      items(includeInactive: true) {
        ...TownshipItemFields
      }
    }
  }
`);

export const CreateTownshipMutation = graphql(`
  mutation CreateTownship($input: TownshipInput!) {
    createTownship(input: $input) {
      id
      divisionCode
      name
      address
      phone
      active
    }
  }
`);

export const UpdateTownshipMutation = graphql(`
  mutation UpdateTownship($id: ID!, $input: TownshipInput!) {
    updateTownship(id: $id, input: $input) {
      id
      divisionCode
      name
      address
      phone
      active
    }
  }
`);

export const SetTownshipActiveMutation = graphql(`
  mutation SetTownshipActive($id: ID!, $active: Boolean!) {
    setTownshipActive(id: $id, active: $active) {
      id
      active
    }
  }
`);

export const CreateVillagePointMutation = graphql(`
  mutation CreateVillagePoint($townshipId: ID!, $input: VillagePointInput!) {
    createVillagePoint(townshipId: $townshipId, input: $input) {
      id
      code
      name
      active
    }
  }
`);

export const UpdateVillagePointMutation = graphql(`
  mutation UpdateVillagePoint($id: ID!, $input: VillagePointInput!) {
    updateVillagePoint(id: $id, input: $input) {
      id
      code
      name
      active
    }
  }
`);

export const SetVillagePointActiveMutation = graphql(`
  mutation SetVillagePointActive($id: ID!, $active: Boolean!) {
    setVillagePointActive(id: $id, active: $active) {
      id
      active
    }
  }
`);
