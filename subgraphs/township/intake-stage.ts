import type { DelegatedIntakeRow } from './entities';
import { INTAKE_STAGE_LABELS_ZH } from './intake-stage-labels';

export { INTAKE_STAGE_LABELS_ZH };

export type IntakeStage = keyof typeof INTAKE_STAGE_LABELS_ZH;

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

export const INTAKE_STAGES: IntakeStage[] = ['WAITING_FORWARD', 'AT_COUNTY', 'SUPPLEMENT_TO_COLLECT', 'READY_FOR_HANDOVER', 'HANDED_OVER', 'CLOSED'];

/**
 * `stageOf` as one SQL expression over the delegated_intake columns of `alias`, so lists filter
 * and page in the database. Instants are stored as ISO text, which compares in time order.
 */
export function stageSql(alias: string): string {
  const c = (column: string) => `${alias}.${column}`;
  return `(CASE
    WHEN ${c('handed_over_at')} IS NOT NULL OR ${c('county_status')} = 'DELIVERED' THEN 'HANDED_OVER'
    WHEN ${c('county_status')} IN ('WITHDRAWN', 'NOT_ACCEPTED') THEN 'CLOSED'
    WHEN ${c('county_status')} IN ('APPROVED', 'REJECTED') THEN 'READY_FOR_HANDOVER'
    WHEN ${c('county_status')} = 'SUPPLEMENT_REQUESTED' AND ${c('supplement_requested_at')} IS NOT NULL
      AND (${c('supplement_resubmitted_at')} IS NULL OR ${c('supplement_resubmitted_at')} < ${c('supplement_requested_at')}) THEN 'SUPPLEMENT_TO_COLLECT'
    WHEN ${c('forwarded_at')} IS NULL THEN 'WAITING_FORWARD'
    ELSE 'AT_COUNTY' END)`;
}
