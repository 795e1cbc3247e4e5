/** Shapes of the graph's answers that more than one page reads (mirroring the schema's types). */

/** enum CaseStatus (schema/common.graphql). */
export type CaseStatus =
  | 'RECEIVED'
  | 'ACCEPTED'
  | 'NOT_ACCEPTED'
  | 'SUPPLEMENT_REQUESTED'
  | 'IN_PROGRESS'
  | 'SPECIAL_PROCEDURE'
  | 'APPROVED'
  | 'REJECTED'
  | 'DELIVERED'
  | 'WITHDRAWN';

/** type TownshipStatus (schema/township.graphql). */
export interface TownshipStatus {
  open: boolean;
  todayIntake: number;
  backlog: number;
  overdue: number;
  waitingForward: number;
  oldestWaitingSeconds: number | null;
  lastCountyContactAt: string | null;
}
