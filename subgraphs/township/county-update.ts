import { badInput } from '../shared/graphql/errors';
import type { DelegatedIntakeRow } from './entities';

/** One change of a delegated county case, carrying the whole state the township keeps of it. */
export interface CountyUpdate {
  messageKey: string;
  intakeId: string;
  countyCaseId: string;
  countyCaseNumber: string;
  /** The county version this change was made on; absent in messages queued by older versions. */
  previousVersion?: number | null;
  version: number;
  step: string;
  fromStatus?: string | null;
  toStatus: string;
  unitName: string;
  at: string;
  note?: string | null;
  missingMaterials?: string[] | null;
  resultDocumentNumber?: string | null;
  refusalReason?: string | null;
  dueDate?: string | null;
  dueAt?: string | null;
  pausedAt?: string | null;
  pausedWorkingDays?: number | null;
  uncertainYears?: number[] | null;
  expedited?: boolean | null;
}

/** A delegated case's first county version is its receipt, which the forwarding acknowledgement reports. */
const RECEIPT_VERSION = 1;

export type UpdateVerdict = 'apply' | 'applied' | 'gap';

/**
 * Whether an update is the next one: versions the township holds were applied (it applies them
 * only in order), the one right after is applied now; one further ahead means an earlier update
 * has not arrived — it is still applied in full, as its snapshot holds the whole state.
 */
export function verdictOf(i: Pick<DelegatedIntakeRow, 'countyVersion'>, u: Pick<CountyUpdate, 'version' | 'previousVersion'>): UpdateVerdict {
  if (u.version <= i.countyVersion) return 'applied';
  const held = Math.max(i.countyVersion, RECEIPT_VERSION);
  if (u.previousVersion == null || u.previousVersion === held) return 'apply';
  return 'gap';
}

/** The intake's columns after the update: every field the message carries replaces the township's copy. */
export function patchOf(i: DelegatedIntakeRow, u: CountyUpdate, now: Date): Partial<DelegatedIntakeRow> {
  const at = new Date(u.at);
  const patch: Partial<DelegatedIntakeRow> = {
    countyStatus: u.toStatus,
    countyVersion: u.version,
    countyCaseId: u.countyCaseId,
    countyCaseNumber: u.countyCaseNumber,
    forwardedAt: i.forwardedAt ?? now, // the county clearly has it, even if its acknowledgement was lost
    dueDate: u.dueDate ?? i.dueDate,
    version: i.version + 1,
    updatedAt: now,
  };
  if (u.dueAt !== undefined) patch.dueAt = u.dueAt ? new Date(u.dueAt) : i.dueAt;
  if (u.pausedAt !== undefined) patch.pausedAt = u.pausedAt ? new Date(u.pausedAt) : null;
  if (u.pausedWorkingDays != null) patch.pausedWorkingDays = u.pausedWorkingDays;
  if (u.uncertainYears != null) patch.uncertainYears = u.uncertainYears.length ? u.uncertainYears.join(',') : null;
  if (u.expedited != null) patch.expedited = u.expedited;
  if (u.missingMaterials != null) patch.missingMaterials = u.missingMaterials;
  // A new supplement request, whether this message is its step or a later snapshot of it.
  const newRequest = u.step === 'requestSupplement' || (u.toStatus === 'SUPPLEMENT_REQUESTED' && i.countyStatus !== 'SUPPLEMENT_REQUESTED');
  if (newRequest) {
    patch.supplementRequestedAt = u.toStatus === 'SUPPLEMENT_REQUESTED' && u.pausedAt ? new Date(u.pausedAt) : at;
    if (u.missingMaterials == null) patch.missingMaterials = [];
  }
  if (u.resultDocumentNumber) patch.resultDocumentNumber = u.resultDocumentNumber;
  if (u.refusalReason) patch.refusalReason = u.refusalReason;
  return patch;
}

/** Refuses an update whose instants are not instants: a fault of the message that no retry heals. */
export function checkUpdate(u: CountyUpdate): void {
  for (const [field, value] of [['at', u.at], ['dueAt', u.dueAt], ['pausedAt', u.pausedAt]] as const) {
    if (value != null && Number.isNaN(new Date(value).getTime())) throw badInput(`${field} is not an instant: ${String(value).slice(0, 40)}`);
  }
  if (!Number.isInteger(u.version) || u.version < 1) throw badInput('version must be a positive whole number');
}
