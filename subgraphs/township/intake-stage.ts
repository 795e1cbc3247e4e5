import type { DelegatedIntakeRow } from './entities';

export type IntakeStage = 'WAITING_FORWARD' | 'AT_COUNTY' | 'SUPPLEMENT_TO_COLLECT' | 'READY_FOR_HANDOVER' | 'HANDED_OVER' | 'CLOSED';

/** Where an intake stands for the township window, derived from what the county last reported. */
export function stageOf(i: Pick<DelegatedIntakeRow, 'handedOverAt' | 'forwardedAt' | 'countyStatus' | 'supplementRequestedAt' | 'supplementResubmittedAt'>): IntakeStage {
  if (i.handedOverAt || i.countyStatus === 'DELIVERED') return 'HANDED_OVER';
  if (i.countyStatus === 'WITHDRAWN' || i.countyStatus === 'NOT_ACCEPTED') return 'CLOSED';
  if (i.countyStatus === 'APPROVED' || i.countyStatus === 'REJECTED') return 'READY_FOR_HANDOVER';
  if (
    i.countyStatus === 'SUPPLEMENT_REQUESTED' &&
    i.supplementRequestedAt &&
    (!i.supplementResubmittedAt || i.supplementResubmittedAt.getTime() < i.supplementRequestedAt.getTime())
  ) {
    return 'SUPPLEMENT_TO_COLLECT';
  }
  if (!i.forwardedAt) return 'WAITING_FORWARD';
  return 'AT_COUNTY';
}

export const FINISHED_STAGES: IntakeStage[] = ['HANDED_OVER', 'CLOSED'];
