import type { ComplaintState, ComplaintStatus } from '../shared/domain/complaint';
import { parseYears } from '../shared/cases/case-state';
import type { CountyComplaint } from './entities';

/** Reads the domain's view of a complaint out of its row. */
export function toComplaintState(c: CountyComplaint): ComplaintState {
  return {
    status: c.status as ComplaintStatus,
    dueDate: c.dueDate,
    dueAt: c.dueAt,
    extensionDays: c.extensionDays,
    extensionReason: c.extensionReason,
    unitFeedback: c.unitFeedback,
    resultNote: c.resultNote,
    dismissReason: c.dismissReason,
    closedAt: c.closedAt,
    uncertainYears: parseYears(c.uncertainYears),
  };
}

/** The columns to write for a new domain state; the closing day is kept for grouping by date. */
export function complaintStateColumns(s: ComplaintState, closedOn: string | null): Partial<CountyComplaint> {
  return {
    status: s.status,
    dueDate: s.dueDate,
    dueAt: s.dueAt,
    uncertainYears: s.uncertainYears.length ? s.uncertainYears.join(',') : null,
    extensionDays: s.extensionDays,
    extensionReason: s.extensionReason,
    unitFeedback: s.unitFeedback,
    resultNote: s.resultNote,
    dismissReason: s.dismissReason,
    closedAt: s.closedAt,
    closedOn,
  };
}
