import { FIGURES_FIELDS } from './model';

/** The period's figures for every scope at once: the network, the county, each township and department. */
export const STATISTICS_QUERY = `query DashboardStatistics($from: Date!, $to: Date!) {
  statistics(from: $from, to: $to) {
    network { figures { ${FIGURES_FIELDS} } daily { date accepted completed overdue } warnings { green yellow red } }
    county { figures { ${FIGURES_FIELDS} } }
    townships { township { id name } statistics { figures { ${FIGURES_FIELDS} } } }
    departments { department { id name shortName } statistics { figures { accepted completed pending overdueNow } } }
  }
}`;

/** Each township's live status, with the forwarding limit the lights are judged against. */
export const STATUS_QUERY = `query DashboardStatus {
  countySettings { forwardingLimitMinutes }
  townships { id name status { open todayIntake backlog overdue waitingForward oldestWaitingSeconds lastCountyContactAt } }
}`;

const WARNING_CASE = `number statusLabel deadline { warningLevel dueDate workingDaysLeft } supervision { number status origin }`;

/** Yellow and red cases of both tiers, with their supervision records. */
export const WARNINGS_QUERY = `query DashboardWarnings($limit: Int!) {
  countyCases(filter: { warning: [YELLOW, RED] }, limit: $limit) {
    total nodes { ${WARNING_CASE} item { name } department { shortName } originTownship { name } }
  }
  townshipCases(filter: { warning: [YELLOW, RED] }, limit: $limit) {
    total nodes { ${WARNING_CASE} item { name } township { name } }
  }
}`;
