import { graphql } from '../gql';

/** 工作日历: one month's dates with their national kind, holiday name and the county's override. */
export const CalendarMonthQuery = graphql(`
  query CalendarMonth($year: Int!, $month: Int!) {
    calendarMonth(year: $year, month: $month) {
      year
      month
      yearCovered
      yearConfirmed
      days {
        date
        kind
        holidayName
        workday
        known
        override {
          date
          workday
          note
        }
      }
    }
  }
`);

/** The calendar's coverage: uncovered years open cases depend on, and how many cases. */
export const CalendarStatusQuery = graphql(`
  query CalendarStatus {
    calendarStatus {
      builtInFirstYear
      builtInLastYear
      confirmedYears
      uncoveredYearsInUse
      uncertainOpenCases
      uncertainCases {
        id
        number
        statusLabel
        item {
          name
        }
        department {
          name
        }
        deadline {
          dueDate
        }
      }
    }
  }
`);

export const SetCalendarOverrideMutation = graphql(`
  mutation SetCalendarOverride($date: Date!, $workday: Boolean!, $note: String!) {
    setCalendarOverride(date: $date, workday: $workday, note: $note) {
      date
      workday
      note
    }
  }
`);

export const RemoveCalendarOverrideMutation = graphql(`
  mutation RemoveCalendarOverride($date: Date!) {
    removeCalendarOverride(date: $date)
  }
`);

export const ConfirmCalendarYearMutation = graphql(`
  mutation ConfirmCalendarYear($year: Int!, $confirmed: Boolean!) {
    confirmCalendarYear(year: $year, confirmed: $confirmed) {
      confirmedYears
      uncoveredYearsInUse
      uncertainOpenCases
      uncertainCases {
        id
        number
        statusLabel
        item {
          name
        }
        department {
          name
        }
        deadline {
          dueDate
        }
      }
    }
  }
`);
