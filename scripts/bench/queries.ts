/** The GraphQL documents the benchmarks send; each is what a real page or window asks. */

/** A county window's case list: 100 cases with their item and department (one subgraph). */
export const CASE_LIST_QUERY = `query CaseList {
  countyCases(limit: 100) { total nodes { id number status receivedAt deadline { dueDate } applicant { name } item { code name } department { name } } }
}`;

/** The county center's township board: every township's status and its delegated cases with their county state. */
export const CROSS_TIER_QUERY = `query TownshipBoard {
  townships { id name status { open todayIntake backlog overdue waitingForward oldestWaitingSeconds lastCountyContactAt } }
  delegatedIntakes(limit: 100) {
    total
    nodes { number acceptedAt stage township { name } countyCase { number status deadline { dueDate } department { name } } }
  }
}`;

/** The wall dashboard: every SPEC §4.6 figure for the network, the county, each township and each department. */
export const DASHBOARD_QUERY = `query Dashboard($from: Date!, $to: Date!) {
  statistics(from: $from, to: $to) {
    network { ...scope }
    county { ...scope }
    townships { township { name } statistics { ...scope } }
    departments { department { name } statistics { figures { ...figures } } }
  }
}
fragment scope on ScopeStatistics { figures { ...figures } daily { date accepted completed overdue } warnings { green yellow red } }
fragment figures on Figures {
  accepted immediate promised completed promisedCompleted completedOnTime promisedCompletedEarly withdrawn pending overdueNow expedited reviews
  completionRate { percent } immediateShare { percent } promisedShare { percent } onTimeRate { percent } earlyRate { percent } satisfactionRate { percent }
}`;

/** A township window accepting a county item on the county's behalf. */
export const ACCEPT_INTAKE_MUTATION = `mutation Accept($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id number stage } }`;

/** Delegable county items of one township, with what an intake must bring. */
export const DELEGABLE_ITEMS_QUERY = `query($t: ID!) { delegableCountyItems(townshipId: $t) { countyItem { id } kind promisedDays materials { name mandatory } } }`;
