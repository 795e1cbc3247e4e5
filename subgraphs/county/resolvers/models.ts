import type { RefusalReport } from '../../shared/supervision/refusal-reports';
import type { complaintHistoryView, complaintReceipt, publicComplaintView } from '../complaint-view';
import type { DelegationService } from '../delegation-service';
import type { CountyCase } from '../entities';

/** Views the county's resolvers return where a type is not a row (mapped in the generated resolver types). */
export type ComplaintEventView = ReturnType<typeof complaintHistoryView>[number];
export type ComplaintReceiptView = ReturnType<typeof complaintReceipt>;
export type PublicComplaintViewModel = ReturnType<typeof publicComplaintView>;
export type ForwardedIntakeAckView = Awaited<ReturnType<DelegationService['receiveForwardedIntake']>>;
export type CountyRefusalReportRow = RefusalReport<CountyCase>;
