import type { ActionInput, DeliveryMethod, HandlingStep, SpecialProcedureKind } from '../domain/lifecycle';

/** The GraphQL `CaseActionInput` as resolvers receive it. */
export interface CaseActionArgs {
  id: string;
  version: number;
  action: string;
  reason?: string | null;
  note?: string | null;
  missingMaterials?: string[] | null;
  step?: string | null;
  specialProcedureKind?: string | null;
  resultDocumentNumber?: string | null;
  deliveryMethod?: string | null;
  trackingNumber?: string | null;
}

/** GraphQL nulls become absent fields; enum values are already checked by the schema. */
export function toActionInput(a: CaseActionArgs): ActionInput {
  const out: ActionInput = {};
  if (a.reason != null) out.reason = a.reason;
  if (a.note != null) out.note = a.note;
  if (a.missingMaterials != null) out.missingMaterials = a.missingMaterials;
  if (a.step != null) out.step = a.step as HandlingStep;
  if (a.specialProcedureKind != null) out.specialProcedureKind = a.specialProcedureKind as SpecialProcedureKind;
  if (a.resultDocumentNumber != null) out.resultDocumentNumber = a.resultDocumentNumber;
  if (a.deliveryMethod != null) out.deliveryMethod = a.deliveryMethod as DeliveryMethod;
  if (a.trackingNumber != null) out.trackingNumber = a.trackingNumber;
  return out;
}
