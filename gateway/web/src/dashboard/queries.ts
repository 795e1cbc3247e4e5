/**
 * The dashboard's three operations, typed by GraphQL Code Generator (npm run codegen) from the
 * supergraph: each is sent on its own so a forbidden or unreachable part blanks only its section.
 */
import { graphql } from '../console/gql';

/** Every SPEC §4.6 figure of one scope, each rate with the fraction behind it. */
export const FIGURES_FRAGMENT = graphql(`
  fragment DashboardFigures on Figures {
    accepted
    immediate
    promised
    completed
    pending
    overdueNow
    expedited
    online
    completionRate { numerator denominator percent }
    immediateShare { numerator denominator percent }
    promisedShare { numerator denominator percent }
    promisedCompletionRate { numerator denominator percent }
    onTimeRate { numerator denominator percent }
    earlyRate { numerator denominator percent }
    pendingShare { numerator denominator percent }
    onlineShare { numerator denominator percent }
    satisfactionRate { numerator denominator percent }
  }
`);

/** The period's figures for every scope at once: the network, the county, each township and department. */
export const STATISTICS_QUERY = graphql(`
  query DashboardStatistics($from: Date!, $to: Date!) {
    statistics(from: $from, to: $to) {
      network {
        figures { ...DashboardFigures }
        daily { date accepted completed overdue }
        warnings { green yellow red }
      }
      county { figures { ...DashboardFigures } }
      townships { township { id name } statistics { figures { ...DashboardFigures } } }
      departments { department { id name shortName } statistics { figures { accepted completed pending overdueNow } } }
    }
  }
`);

/** Each township's live status, with the forwarding limit the lights are judged against. */
export const STATUS_QUERY = graphql(`
  query DashboardStatus {
    countySettings { forwardingLimitMinutes }
    townships { id name status { open todayIntake backlog overdue waitingForward oldestWaitingSeconds lastCountyContactAt } }
  }
`);

/** Yellow and red cases of both tiers, with their supervision records. */
export const WARNINGS_QUERY = graphql(`
  query DashboardWarnings($limit: Int!) {
    countyCases(filter: { warning: [YELLOW, RED] }, limit: $limit) {
      total
      nodes {
        number
        statusLabel
        deadline { warningLevel dueDate workingDaysLeft }
        supervision { number status origin }
        item { name }
        department { shortName }
        originTownship { name }
      }
    }
    townshipCases(filter: { warning: [YELLOW, RED] }, limit: $limit) {
      total
      nodes {
        number
        statusLabel
        deadline { warningLevel dueDate workingDaysLeft }
        supervision { number status origin }
        item { name }
        township { name }
      }
    }
  }
`);
