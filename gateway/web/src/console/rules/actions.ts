/**
 * The actions a case detail offers: the graph says which its state allows (`allowedActions`), this
 * says what each needs from the clerk and checks the form before anything is sent. Pure.
 */
import type { CaseAction, DeliveryMethod } from '../gql/graphql';

/** What a dialog asks for, besides an optional note. */
export type ActionField = 'reason' | 'missingMaterials' | 'resultDocumentNumber' | 'delivery';

export interface ActionSpec {
  action: CaseAction;
  label: string;
  /** Primary (the usual next step), danger (refusing) or plain, for the button's look. */
  tone: 'primary' | 'danger' | 'default';
  fields: ActionField[];
}

/** The actions of this slice of the console, in the order the buttons show. */
const SPECS: ActionSpec[] = [
  { action: 'ACCEPT', label: '受理', tone: 'primary', fields: [] },
  { action: 'START', label: '开始办理', tone: 'primary', fields: [] },
  { action: 'APPROVE', label: '准予许可', tone: 'primary', fields: ['resultDocumentNumber'] },
  { action: 'DELIVER', label: '送达', tone: 'primary', fields: ['delivery'] },
  { action: 'REQUEST_SUPPLEMENT', label: '一次性告知补正', tone: 'default', fields: ['missingMaterials'] },
  { action: 'NOT_ACCEPT', label: '不予受理', tone: 'danger', fields: ['reason'] },
  { action: 'REJECT', label: '不予许可', tone: 'danger', fields: ['reason'] },
];

/** The actions to offer for a case: those its state allows that the console can do. */
export function offeredActions(allowed: readonly CaseAction[]): ActionSpec[] {
  return SPECS.filter((s) => allowed.includes(s.action));
}

export const TEXT_MAX = 500;

export interface ActionForm {
  reason: string;
  note: string;
  missingMaterials: string[];
  resultDocumentNumber: string;
  deliveryMethod: DeliveryMethod;
  trackingNumber: string;
}

export function emptyActionForm(): ActionForm {
  return { reason: '', note: '', missingMaterials: [], resultDocumentNumber: '', deliveryMethod: 'IN_PERSON', trackingNumber: '' };
}

/** The first problem of the form for this action, in the clerk's words, or null when it may be sent. */
export function actionProblem(spec: ActionSpec, f: ActionForm): string | null {
  const long = [f.reason, f.note, f.resultDocumentNumber, f.trackingNumber].some((t) => t.trim().length > TEXT_MAX);
  if (long) return `填写的文字不能超过 ${TEXT_MAX} 字`;
  if (spec.fields.includes('reason') && !f.reason.trim()) return '请填写原因';
  if (spec.fields.includes('missingMaterials') && f.missingMaterials.length === 0) return '请勾选需要补正的材料';
  if (spec.fields.includes('resultDocumentNumber') && !f.resultDocumentNumber.trim()) return '请填写批文或证照编号';
  if (spec.fields.includes('delivery') && f.deliveryMethod === 'EXPRESS' && !f.trackingNumber.trim()) return '邮寄送达请填写快递单号';
  return null;
}

export interface ActionVariables {
  id: string;
  version: number;
  action: CaseAction;
  reason?: string;
  note?: string;
  missingMaterials?: string[];
  resultDocumentNumber?: string;
  deliveryMethod?: DeliveryMethod;
  trackingNumber?: string;
}

/** The mutation's input: only the fields this action takes, trimmed; an empty note is left out. */
export function actionInput(c: { id: string; version: number }, spec: ActionSpec, f: ActionForm): ActionVariables {
  const input: ActionVariables = { id: c.id, version: c.version, action: spec.action };
  if (f.note.trim()) input.note = f.note.trim();
  if (spec.fields.includes('reason')) input.reason = f.reason.trim();
  if (spec.fields.includes('missingMaterials')) input.missingMaterials = [...f.missingMaterials];
  if (spec.fields.includes('resultDocumentNumber')) input.resultDocumentNumber = f.resultDocumentNumber.trim();
  if (spec.fields.includes('delivery')) {
    input.deliveryMethod = f.deliveryMethod;
    if (f.deliveryMethod === 'EXPRESS') input.trackingNumber = f.trackingNumber.trim();
  }
  return input;
}
