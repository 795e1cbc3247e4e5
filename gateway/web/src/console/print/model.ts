/**
 * One shape for the printed documents of either tier: the views read this, not the graph's two case
 * types. Pure, so the unit tests build it from answers shaped like the graph's.
 */
import { latestStep, supplementNote, type PrintTier } from './rules';

export interface PrintApplicant {
  name: string;
  idType: string;
  idNumber: string;
  phone?: string | null;
  masked: boolean;
}

interface Step {
  step: string;
  at: string;
  note?: string | null;
}

/** The fields both CountyCase and TownshipCase give the documents (PrintCountyCase/PrintTownshipCase). */
export interface CaseForPrint {
  number: string;
  queryCode: string;
  status: string;
  statusLabel: string;
  receivedAt: string;
  missingMaterials: string[];
  refusalReason?: string | null;
  resultDocumentNumber?: string | null;
  completedAt?: string | null;
  deliveryMethod?: string | null;
  trackingNumber?: string | null;
  deliveredAt?: string | null;
  firstContactName: string;
  item: { name: string; promisedDays: number };
  applicant: PrintApplicant;
  deadline: { acceptedAt?: string | null; dueDate?: string | null };
  history: Step[];
}

export interface PrintCase {
  tier: PrintTier;
  /** The department (county) or township that issues the document. */
  unitName: string;
  unitContact: string;
  number: string;
  queryCode: string;
  status: string;
  statusLabel: string;
  itemName: string;
  promisedDays: number;
  applicant: PrintApplicant;
  clerkName: string;
  receivedAt: string;
  acceptedAt: string | null;
  dueDate: string | null;
  missingMaterials: string[];
  /** When the latest one-time notice was issued, and the clerk's note with it. */
  supplementAt: string | null;
  supplementNote: string | null;
  refusalReason: string | null;
  refusedAt: string | null;
  resultDocumentNumber: string | null;
  completedAt: string | null;
  deliveryMethod: string | null;
  trackingNumber: string | null;
  deliveredAt: string | null;
}

export function printCase(tier: PrintTier, c: CaseForPrint, unit: { name: string; contact: string }): PrintCase {
  const supplement = latestStep(c.history, 'requestSupplement');
  const refusal = latestStep(c.history, 'notAccept');
  return {
    tier,
    unitName: unit.name,
    unitContact: unit.contact,
    number: c.number,
    queryCode: c.queryCode,
    status: c.status,
    statusLabel: c.statusLabel,
    itemName: c.item.name,
    promisedDays: c.item.promisedDays,
    applicant: c.applicant,
    clerkName: c.firstContactName,
    receivedAt: c.receivedAt,
    acceptedAt: c.deadline.acceptedAt ?? null,
    dueDate: c.deadline.dueDate ?? null,
    missingMaterials: c.missingMaterials,
    supplementAt: supplement?.at ?? null,
    supplementNote: supplementNote(supplement?.note),
    refusalReason: c.refusalReason ?? null,
    refusedAt: refusal?.at ?? null,
    resultDocumentNumber: c.resultDocumentNumber ?? null,
    completedAt: c.completedAt ?? null,
    deliveryMethod: c.deliveryMethod ?? null,
    trackingNumber: c.trackingNumber ?? null,
    deliveredAt: c.deliveredAt ?? null,
  };
}

/** How the applicant is named on paper: masked fields stay masked, and the page says so. */
export function applicantLine(a: PrintApplicant): string {
  const id = a.idType === 'CREDIT_CODE' ? '统一社会信用代码' : '身份证号码';
  return `${a.name}（${id}：${a.idNumber}）`;
}

/** What the 受理回执 of a delegated intake shows: township fields only (PrintIntake). */
export interface IntakeForPrint {
  number: string;
  queryCode: string;
  itemName: string;
  submittedMaterials: string[];
  clerkName: string;
  acceptedAt: string;
  dueDate?: string | null;
  forwarded: boolean;
  countyCaseNumber?: string | null;
  township: { name: string; phone: string };
  applicant: PrintApplicant;
}
