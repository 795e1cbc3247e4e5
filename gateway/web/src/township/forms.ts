/**
 * The two actions of the township work board, checked and turned into mutation variables before
 * anything is sent. Pure (no DOM): the dialogs read their fields and hand the values here.
 */

export type DeliveryMethod = 'IN_PERSON' | 'EXPRESS';

export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, string> = {
  IN_PERSON: '窗口当场领取',
  EXPRESS: '邮寄送达',
};

/** The subgraph refuses notes longer than this (TEXT_TOO_LONG); say so before sending. */
export const NOTE_MAX = 500;
/** The township stores at most 60 characters; real waybill numbers are far shorter. */
const TRACKING_NUMBER = /^[A-Za-z0-9-]{6,40}$/;
const MATERIAL_MAX = 100;

/** Either the variables to send, or the field to fix and a message in Chinese. */
export type Checked<T> = { ok: true; variables: T } | { ok: false; field: string; message: string };

export interface HandoverForm {
  method: string;
  trackingNumber: string;
  note: string;
}

export interface HandoverVariables {
  id: string;
  version: number;
  method: DeliveryMethod;
  trackingNumber: string | null;
  note: string | null;
}

function noteProblem(note: string): string | null {
  return note.length > NOTE_MAX ? `备注不能超过${NOTE_MAX}字（当前${note.length}字）。` : null;
}

export function handoverVariables(intake: { id: string; version: number }, form: HandoverForm): Checked<HandoverVariables> {
  if (form.method !== 'IN_PERSON' && form.method !== 'EXPRESS') return { ok: false, field: 'method', message: '请选择送达方式。' };
  const note = form.note.trim();
  // Spaces are a copying accident, never part of a waybill number.
  const tracking = form.trackingNumber.replace(/\s+/g, '');
  if (form.method === 'EXPRESS') {
    if (!tracking) return { ok: false, field: 'trackingNumber', message: '邮寄送达须填写快递运单号。' };
    if (!TRACKING_NUMBER.test(tracking)) return { ok: false, field: 'trackingNumber', message: '运单号应为6至40位字母、数字或连字符，请核对后重新填写。' };
  }
  const tooLong = noteProblem(note);
  if (tooLong) return { ok: false, field: 'note', message: tooLong };
  return {
    ok: true,
    variables: { id: intake.id, version: intake.version, method: form.method, trackingNumber: form.method === 'EXPRESS' ? tracking : null, note: note || null },
  };
}

export interface SupplementForm {
  /** The missing materials the clerk ticked as received. */
  ticked: string[];
  /** Further materials the applicant brought, separated by 、，, ; or new lines. */
  extra: string;
  note: string;
}

export interface SupplementVariables {
  id: string;
  version: number;
  submittedMaterials: string[];
  note: string | null;
}

/** "身份证复印件、授权委托书\n照片" → the separate names, trimmed, without repeats. */
export function splitMaterials(text: string): string[] {
  return [...new Set(text.split(/[、,，;；\n\r]+/).map((s) => s.trim()).filter(Boolean))];
}

/**
 * The county listed the missing materials once (一次性告知); the township resubmits only when all
 * of them are in, which is also what the subgraph checks (MATERIALS_REQUIRED otherwise).
 */
export function supplementVariables(intake: { id: string; version: number; missingMaterials: readonly string[] }, form: SupplementForm): Checked<SupplementVariables> {
  const ticked = new Set(form.ticked);
  const stillMissing = intake.missingMaterials.filter((m) => !ticked.has(m));
  if (stillMissing.length) {
    return { ok: false, field: 'materials', message: `以下材料尚未收齐：${stillMissing.join('、')}。须全部收齐后方可提交补正。` };
  }
  const extra = splitMaterials(form.extra);
  const long = extra.find((m) => m.length > MATERIAL_MAX);
  if (long) return { ok: false, field: 'extra', message: `材料名称不能超过${MATERIAL_MAX}字：${long.slice(0, 20)}…` };
  const note = form.note.trim();
  const tooLong = noteProblem(note);
  if (tooLong) return { ok: false, field: 'note', message: tooLong };
  const materials = [...new Set([...intake.missingMaterials, ...extra])];
  if (!materials.length) return { ok: false, field: 'extra', message: '请至少填写一项补正材料。' };
  return { ok: true, variables: { id: intake.id, version: intake.version, submittedMaterials: materials, note: note || null } };
}
