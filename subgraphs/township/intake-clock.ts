import { initialCaseState, isOverdue, type CaseState, type CaseStatus } from '../shared/domain/lifecycle';
import { parseYears } from '../shared/cases/case-state';
import type { DelegatedIntakeRow } from './entities';

/**
 * The county case's clock as the township holds it, in the domain's terms, so the township judges
 * an intake (due, paused, overdue, warning) exactly as the county judges its case. Before the
 * county reports, the township's own acceptance runs the clock; a handover ends it.
 */
export function intakeClock(i: DelegatedIntakeRow): CaseState {
  const status = (i.handedOverAt ? 'DELIVERED' : (i.countyStatus ?? 'ACCEPTED')) as CaseStatus;
  return {
    ...initialCaseState(),
    status,
    acceptedAt: i.acceptedAt,
    dueDate: i.dueDate,
    dueAt: i.dueAt,
    pausedAt: i.pausedAt,
    pausedWorkingDays: i.pausedWorkingDays ?? 0,
    uncertainYears: parseYears(i.uncertainYears),
    missingMaterials: i.missingMaterials ?? [],
  };
}

/** Whether the intake's county clock ran out: judged where it stopped when paused, as on the county. */
export function intakeOverdue(i: DelegatedIntakeRow, now: Date): boolean {
  return isOverdue(intakeClock(i), now);
}
