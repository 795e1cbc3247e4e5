import { graphql } from '../gql';

/** 系统设置: the county settings every warning, limit and deadline of the back office reads. */
export const CountySettingsQuery = graphql(`
  query CountySettings {
    countySettings {
      yellowDaysLeft
      yellowUsedFraction
      maxPromisedShare
      forwardingLimitMinutes
      complaintHandlingDays
      rectificationDays
    }
  }
`);

export const UpdateCountySettingsMutation = graphql(`
  mutation UpdateCountySettings($input: CountySettingsInput!) {
    updateCountySettings(input: $input) {
      yellowDaysLeft
      yellowUsedFraction
      maxPromisedShare
      forwardingLimitMinutes
      complaintHandlingDays
      rectificationDays
    }
  }
`);
