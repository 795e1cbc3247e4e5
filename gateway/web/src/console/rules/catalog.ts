/**
 * The catalog editor (事项目录) of either tier: the item form, its checks, its materials list, the
 * fee in yuan, and the input the graph takes. Pure, so a unit test checks it.
 */
import type { MaterialLine } from './receive';

export type ItemTier = 'county' | 'township';

/** The longest guide text the graph keeps. */
export const GUIDE_TEXT_MAX = 5000;
export type ItemKind = 'IMMEDIATE' | 'PROMISED';

export const KIND_LABELS: Record<ItemKind, string> = { IMMEDIATE: '即办件', PROMISED: '承诺件' };

/** Everything an administrator edits of an item; the tier decides which unit fields count. */
export interface ItemForm {
  code: string;
  name: string;
  kind: ItemKind;
  legalDays: number;
  promisedDays: number;
  materials: MaterialLine[];
  /** Whether a fee is charged; when not, the item is 不收费. */
  charged: boolean;
  /** The fee in yuan as typed (e.g. "12.5"). */
  feeYuan: string;
  feeBasis: string;
  legalBasis: string;
  /** 办事指南: the public guide's text (empty: none). */
  guideText: string;
  /** County: the owning department. */
  departmentId: string;
  /** County: whether townships may accept it, and which (empty: every township). */
  delegable: boolean;
  delegatedTownshipIds: string[];
  /** Township: the county department that supervises it. */
  supervisingDepartmentId: string;
  active: boolean;
}

export function emptyItemForm(): ItemForm {
  return {
    code: '',
    name: '',
    kind: 'PROMISED',
    legalDays: 20,
    promisedDays: 10,
    materials: [emptyMaterial()],
    charged: false,
    feeYuan: '',
    feeBasis: '',
    legalBasis: '',
    guideText: '',
    departmentId: '',
    delegable: false,
    delegatedTownshipIds: [],
    supervisingDepartmentId: '',
    active: true,
  };
}

/** A copy of the form that shares no list with it. */
export function copyItemForm(f: ItemForm): ItemForm {
  return { ...f, materials: f.materials.map((m) => ({ ...m })), delegatedTownshipIds: [...f.delegatedTownshipIds] };
}

export function emptyMaterial(): MaterialLine {
  return { name: '', originals: 1, copies: 0, mandatory: true };
}

/** The list with the material at `index` moved one place up (-1) or down (+1); unchanged at an end. */
export function moveMaterial<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  const out = [...list];
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return out;
  [out[index], out[to]] = [out[to], out[index]];
  return out;
}

/** The list without the material at `index`. */
export function removeMaterial<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** Yuan as typed ("12", "12.5", "12.50") to whole fen, or null when it is not an amount of at most 2 decimals. */
export function yuanToFen(yuan: string): number | null {
  const t = yuan.trim();
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Fen as yuan with two decimals: 1250 → "12.50". */
export function fenToYuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** How the public reads the fee: 不收费, or the amount in yuan with its basis. */
export function feeText(fee: { amountFen: number; basis: string } | null | undefined): string {
  return fee ? `${fenToYuan(fee.amountFen)} 元（收费依据：${fee.basis}）` : '不收费';
}

/** 法定 20 个工作日 · 承诺 8 个工作日, or 即办 for an immediate item. */
export function daysText(i: { kind: ItemKind; legalDays: number; promisedDays: number }): string {
  return i.kind === 'IMMEDIATE' ? `即办（法定 ${i.legalDays} 个工作日）` : `法定 ${i.legalDays} 个工作日 · 承诺 ${i.promisedDays} 个工作日`;
}

/** One problem per field of the form (null: the field is fine), for the form's inline messages. */
export function itemFieldProblems(f: ItemForm, tier: ItemTier): Record<string, string | null> {
  const days = (n: number) => Number.isInteger(n) && n >= 0 && n <= 365;
  return {
    code: !f.code.trim() ? '请填写事项编码' : f.code.trim().length > 40 ? '事项编码不超过40字' : null,
    name: !f.name.trim() ? '请填写事项名称' : f.name.trim().length > 100 ? '事项名称不超过100字' : null,
    departmentId: tier === 'county' && !f.departmentId ? '请选择所属部门' : null,
    supervisingDepartmentId: tier === 'township' && !f.supervisingDepartmentId ? '请选择业务指导部门' : null,
    legalDays: !days(f.legalDays) ? '法定时限应为0–365个工作日' : f.kind === 'PROMISED' && f.legalDays === 0 ? '承诺件的法定时限不能为0' : null,
    promisedDays: !days(f.promisedDays)
      ? '承诺时限应为0–365个工作日'
      : f.kind === 'IMMEDIATE' && f.promisedDays !== 0
        ? '即办件的承诺时限应为0'
        : f.promisedDays > f.legalDays
          ? '承诺时限不能超过法定时限'
          : null,
    materials: !f.materials.length
      ? '至少需要一项材料'
      : f.materials.some((m) => !m.name.trim())
        ? '每项材料都要填写名称'
        : new Set(f.materials.map((m) => m.name.trim())).size < f.materials.length
          ? '材料名称不能重复'
          : null,
    feeYuan: f.charged && yuanToFen(f.feeYuan) === null ? '收费金额应为元，最多两位小数，例如 12.50' : null,
    feeBasis: f.charged && !f.feeBasis.trim() ? '收费须写明收费依据' : null,
    legalBasis: !f.legalBasis.trim() ? '请填写设定依据' : null,
    guideText: f.guideText.trim().length > GUIDE_TEXT_MAX ? `办事指南不超过${GUIDE_TEXT_MAX}字` : null,
  };
}

/** The first problem that keeps the form from being saved, or null. */
export function itemProblem(f: ItemForm, tier: ItemTier): string | null {
  return Object.values(itemFieldProblems(f, tier)).find((p) => p) ?? null;
}

/** The promised share the policy warns about (承诺时限超过法定时限的一半), said before saving. */
export function promisedShareHint(f: Pick<ItemForm, 'kind' | 'legalDays' | 'promisedDays'>, maxShare = 0.5): string | null {
  if (f.kind !== 'PROMISED' || !f.legalDays || f.promisedDays <= f.legalDays * maxShare) return null;
  return `承诺时限超过法定时限的${Math.round(maxShare * 100)}%，保存后会有提示`;
}

function termsInput(f: ItemForm) {
  const fen = f.charged ? yuanToFen(f.feeYuan) : null;
  return {
    code: f.code.trim(),
    name: f.name.trim(),
    kind: f.kind,
    legalDays: f.legalDays,
    promisedDays: f.kind === 'IMMEDIATE' ? 0 : f.promisedDays,
    materials: f.materials.map((m) => ({ name: m.name.trim(), originals: m.originals, copies: m.copies, mandatory: m.mandatory })),
    fee: fen === null ? null : { amountFen: fen, basis: f.feeBasis.trim() },
    legalBasis: f.legalBasis.trim(),
    guideText: f.guideText.trim(),
    active: f.active,
  };
}

/** The graph's CountyItemInput; `requestId` only on creation. */
export function countyItemInput(f: ItemForm, requestId?: string) {
  return {
    ...termsInput(f),
    departmentId: f.departmentId,
    delegable: f.delegable,
    delegatedTownshipIds: f.delegable && f.delegatedTownshipIds.length ? [...f.delegatedTownshipIds] : null,
    ...(requestId ? { requestId } : {}),
  };
}

/** The graph's TownshipItemInput; `requestId` only on creation. */
export function townshipItemInput(f: ItemForm, requestId?: string) {
  return { ...termsInput(f), supervisingDepartmentId: f.supervisingDepartmentId, ...(requestId ? { requestId } : {}) };
}

/** An item as the graph returns it (either tier), for the form. */
export interface ItemRecord {
  code: string;
  name: string;
  kind: ItemKind;
  legalDays: number;
  promisedDays: number;
  materials: readonly MaterialLine[];
  fee?: { amountFen: number; basis: string } | null;
  legalBasis: string;
  guideText?: string | null;
  active: boolean;
  department?: { id: string } | null;
  delegable?: boolean;
  delegatedTownships?: readonly ({ id: string } | null)[] | null;
  supervisingDepartment?: { id: string } | null;
}

export function formFromItem(i: ItemRecord): ItemForm {
  return {
    ...emptyItemForm(),
    code: i.code,
    name: i.name,
    kind: i.kind,
    legalDays: i.legalDays,
    promisedDays: i.promisedDays,
    materials: i.materials.map((m) => ({ name: m.name, originals: m.originals, copies: m.copies, mandatory: m.mandatory })),
    charged: !!i.fee,
    feeYuan: i.fee ? fenToYuan(i.fee.amountFen) : '',
    feeBasis: i.fee?.basis ?? '',
    legalBasis: i.legalBasis,
    guideText: i.guideText ?? '',
    active: i.active,
    departmentId: i.department?.id ?? '',
    delegable: !!i.delegable,
    delegatedTownshipIds: (i.delegatedTownships ?? []).flatMap((t) => (t ? [t.id] : [])),
    supervisingDepartmentId: i.supervisingDepartment?.id ?? '',
  };
}
