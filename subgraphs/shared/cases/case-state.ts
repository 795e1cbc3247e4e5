import type { CaseState, CaseStatus, DeliveryMethod, SpecialProcedureKind } from '../domain/lifecycle';
import type { CaseRecord } from './case-record';

/** Reads the domain's view of a case out of its row. */
export function toCaseState(c: CaseRecord): CaseState {
  return {
    status: c.status as CaseStatus,
    acceptedAt: c.acceptedAt,
    dueDate: c.dueDate,
    dueAt: c.dueAt,
    pausedAt: c.pausedAt,
    resumeStatus: (c.resumeStatus as CaseStatus | null) ?? null,
    pausedWorkingDays: c.pausedWorkingDays,
    uncertainYears: parseYears(c.uncertainYears),
    completedAt: c.completedAt,
    resultDocumentNumber: c.resultDocumentNumber,
    refusalReason: c.refusalReason,
    missingMaterials: c.missingMaterials ?? [],
    specialProcedureKind: (c.specialProcedureKind as SpecialProcedureKind | null) ?? null,
    deliveryMethod: (c.deliveryMethod as DeliveryMethod | null) ?? null,
    trackingNumber: c.trackingNumber,
    deliveredAt: c.deliveredAt,
    withdrawnAt: c.withdrawnAt,
  };
}

/** The column values to write for a new domain state (dates derived for grouping by day). */
export function stateColumns(s: CaseState, acceptedOn: string | null, completedOn: string | null): Partial<CaseRecord> {
  return {
    status: s.status,
    acceptedAt: s.acceptedAt,
    acceptedOn,
    dueDate: s.dueDate,
    dueAt: s.dueAt,
    pausedAt: s.pausedAt,
    resumeStatus: s.resumeStatus,
    pausedWorkingDays: s.pausedWorkingDays,
    uncertainYears: s.uncertainYears.length ? s.uncertainYears.join(',') : null,
    completedAt: s.completedAt,
    completedOn,
    resultDocumentNumber: s.resultDocumentNumber,
    refusalReason: s.refusalReason,
    missingMaterials: s.missingMaterials,
    specialProcedureKind: s.specialProcedureKind,
    deliveryMethod: s.deliveryMethod,
    trackingNumber: s.trackingNumber,
    deliveredAt: s.deliveredAt,
    withdrawnAt: s.withdrawnAt,
  };
}

export function parseYears(s: string | null): number[] {
  return s ? s.split(',').map(Number).filter((n) => Number.isInteger(n)) : [];
}
