/**
 * The actions a case detail offers: the graph says which its state allows (`allowedActions`), this
 * says what each needs from the clerk and checks the form before anything is sent. Pure.
 */
import type { CaseAction, CaseStatus, DeliveryMethod, SpecialProcedureKind } from '../gql/graphql';

/** What a dialog asks for, besides an optional note. */
export type ActionField = 'reason' | 'optionalReason' | 'reasonInNote' | 'missingMaterials' | 'resultDocumentNumber' | 'delivery' | 'specialProcedureKind';

export interface ActionSpec {
  action: CaseAction;
  label: string;
  /** Primary (the usual next step), danger (refusing) or plain, for the button's look. */
  tone: 'primary' | 'danger' | 'default';
  fields: ActionField[];
}

/** The actions of SPEC §4.2 the detail offers, in the order the buttons show. */
const SPECS: ActionSpec[] = [
  { action: 'ACCEPT', label: '受理', tone: 'primary', fields: [] },
  { action: 'RESUBMIT', label: '补正材料已收', tone: 'primary', fields: [] },
  { action: 'START', label: '开始办理', tone: 'primary', fields: [] },
  { action: 'RESUME', label: '特别程序结束', tone: 'primary', fields: [] },
  { action: 'APPROVE', label: '准予许可', tone: 'primary', fields: ['resultDocumentNumber'] },
  { action: 'DELIVER', label: '送达', tone: 'primary', fields: ['delivery'] },
  { action: 'REQUEST_SUPPLEMENT', label: '一次性告知补正', tone: 'default', fields: ['missingMaterials'] },
  { action: 'ENTER_SPECIAL_PROCEDURE', label: '进入特别程序', tone: 'default', fields: ['specialProcedureKind', 'reasonInNote'] },
  { action: 'NOT_ACCEPT', label: '不予受理', tone: 'danger', fields: ['reason'] },
  { action: 'REJECT', label: '不予许可', tone: 'danger', fields: ['reason'] },
  { action: 'WITHDRAW', label: '申请人撤回', tone: 'danger', fields: ['optionalReason'] },
];

/** GB/T 39046-2020 A.7 kinds of special procedure, with their codes. */
export const SPECIAL_PROCEDURE_KINDS: { value: SpecialProcedureKind; label: string }[] = [
  { value: 'EXTENSION', label: '1 延长审批' },
  { value: 'OTHER', label: '2 其他（听证、检验检测、专家评审等）' },
];

/** Statuses 特事特办 may be set or cleared in: work still to do (received or open), as the graph rules. */
const EXPEDITABLE: readonly CaseStatus[] = ['RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'SPECIAL_PROCEDURE'];

/** Whether the detail offers to flag (or unflag) the case 特事特办. */
export function mayExpedite(status: CaseStatus): boolean {
  return EXPEDITABLE.includes(status);
}

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
  specialProcedureKind: SpecialProcedureKind | null;
}

export function emptyActionForm(): ActionForm {
  return { reason: '', note: '', missingMaterials: [], resultDocumentNumber: '', deliveryMethod: 'IN_PERSON', trackingNumber: '', specialProcedureKind: null };
}

/** The first problem of the form for this action, in the clerk's words, or null when it may be sent. */
export function actionProblem(spec: ActionSpec, f: ActionForm): string | null {
  const long = [f.reason, f.note, f.resultDocumentNumber, f.trackingNumber].some((t) => t.trim().length > TEXT_MAX);
  if (long) return `填写的文字不能超过 ${TEXT_MAX} 字`;
  if (spec.fields.includes('specialProcedureKind') && !f.specialProcedureKind) return '请选择特别程序种类';
  if ((spec.fields.includes('reason') || spec.fields.includes('reasonInNote')) && !f.reason.trim()) return '请填写原因';
  if (spec.fields.includes('reasonInNote') && noteWithReason(f).length > TEXT_MAX) return `原因和备注合计不能超过 ${TEXT_MAX} 字`;
  if (spec.fields.includes('missingMaterials') && f.missingMaterials.length === 0) return '请勾选需要补正的材料';
  if (spec.fields.includes('resultDocumentNumber') && !f.resultDocumentNumber.trim()) return '请填写批文或证照编号';
  if (spec.fields.includes('delivery') && f.deliveryMethod === 'EXPRESS' && !f.trackingNumber.trim()) return '邮寄送达请填写快递单号';
  return null;
}

/** The reason, then the clerk's note, as one history note. */
function noteWithReason(f: ActionForm): string {
  return [f.reason.trim() && `原因：${f.reason.trim()}`, f.note.trim()].filter(Boolean).join('；');
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
  specialProcedureKind?: SpecialProcedureKind;
}

/** The mutation's input: only the fields this action takes, trimmed; an empty note is left out. */
export function actionInput(c: { id: string; version: number }, spec: ActionSpec, f: ActionForm): ActionVariables {
  const input: ActionVariables = { id: c.id, version: c.version, action: spec.action };
  if (f.note.trim()) input.note = f.note.trim();
  // The graph records a special procedure's reason in the history note (its kind goes in its own field).
  if (spec.fields.includes('reasonInNote')) input.note = noteWithReason(f);
  if (spec.fields.includes('reason')) input.reason = f.reason.trim();
  if (spec.fields.includes('optionalReason') && f.reason.trim()) input.reason = f.reason.trim();
  if (spec.fields.includes('specialProcedureKind') && f.specialProcedureKind) input.specialProcedureKind = f.specialProcedureKind;
  if (spec.fields.includes('missingMaterials')) input.missingMaterials = [...f.missingMaterials];
  if (spec.fields.includes('resultDocumentNumber')) input.resultDocumentNumber = f.resultDocumentNumber.trim();
  if (spec.fields.includes('delivery')) {
    input.deliveryMethod = f.deliveryMethod;
    if (f.deliveryMethod === 'EXPRESS') input.trackingNumber = f.trackingNumber.trim();
  }
  return input;
}
