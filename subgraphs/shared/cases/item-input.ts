import { isItemKind, type ItemKind } from '../domain/deadline';
import { appError, badInput } from '../graphql/errors';

/** The longest public guide text an item keeps. */
export const GUIDE_TEXT_MAX = 5000;

/** Item fields both tiers' catalogs share (SPEC §4.1), as an administrator submits them. */
export interface ItemTermsInput {
  code: string;
  name: string;
  kind: string;
  legalDays: number;
  promisedDays: number;
  materials: { name: string; originals: number; copies: number; mandatory: boolean }[];
  fee?: { amountFen: number; basis: string } | null;
  legalBasis: string;
  /** The public guide's text (办事指南); empty or absent: none. */
  guideText?: string | null;
  active?: boolean | null;
}

export interface ItemTerms {
  code: string;
  name: string;
  kind: ItemKind;
  legalDays: number;
  promisedDays: number;
  materials: { name: string; originals: number; copies: number; mandatory: boolean }[];
  feeAmountFen: number | null;
  feeBasis: string | null;
  legalBasis: string;
  /** Absent when the input left it out: an update keeps the item's text. */
  guideText?: string | null;
}

/** Checks the shape of an item; the deadline rules themselves are in domain/item-rules. */
export function validateItemTerms(i: ItemTermsInput): ItemTerms {
  const code = i.code?.trim();
  if (!code || !/^[A-Za-z0-9-]{1,40}$/.test(code)) throw badInput('事项编码 code 应为1–40位字母、数字或“-” (An item code is 1–40 letters, digits or "-")', { field: 'code' });
  const name = i.name?.trim();
  if (!name || name.length > 200) throw badInput('事项名称 name 应为1–200字 (An item name is 1–200 characters)', { field: 'name' });
  if (!isItemKind(i.kind)) throw badInput('办件类型 kind 只能是即办件或承诺件 (Item kind must be IMMEDIATE or PROMISED)', { field: 'kind' });
  if (!Array.isArray(i.materials) || i.materials.length === 0 || i.materials.length > 50) {
    throw badInput('材料清单 materials 应列1–50项材料 (An item lists 1–50 required materials)', { field: 'materials' });
  }
  const seen = new Set<string>();
  const materials = i.materials.map((m) => {
    const n = m.name?.trim();
    if (!n || n.length > 100) throw badInput('材料名称 materials.name 应为1–100字 (A material name is 1–100 characters)', { field: 'materials.name' });
    if (seen.has(n)) throw badInput(`材料清单 materials 中“${n}”重复 (Material listed twice)`, { field: 'materials' });
    seen.add(n);
    for (const c of [m.originals, m.copies]) {
      if (!Number.isInteger(c) || c < 0 || c > 20) throw badInput(`“${n}”的原件数 originals 和复印件数 copies 应为0–20的整数 (Originals and copies must be whole numbers from 0 to 20)`, { field: 'materials' });
    }
    return { name: n, originals: m.originals, copies: m.copies, mandatory: !!m.mandatory };
  });
  let feeAmountFen: number | null = null;
  let feeBasis: string | null = null;
  if (i.fee) {
    if (!Number.isInteger(i.fee.amountFen) || i.fee.amountFen < 0 || i.fee.amountFen > 1_000_000_000) {
      throw badInput('收费金额 fee.amountFen 应为不为负的整数（单位：分）(A fee is a whole number of fen, not negative)', { field: 'fee.amountFen' });
    }
    feeBasis = i.fee.basis?.trim();
    if (!feeBasis || feeBasis.length > 300) throw badInput('收费须填写收费依据 fee.basis（1–300字）(A fee needs its legal basis, 1–300 characters)', { field: 'fee.basis' });
    feeAmountFen = i.fee.amountFen;
  }
  const legalBasis = i.legalBasis?.trim();
  if (!legalBasis || legalBasis.length > 2000) throw badInput('设定依据 legalBasis 必填，最多2000字 (The legal basis is required, at most 2000 characters)', { field: 'legalBasis' });
  const guideText = i.guideText?.trim() || null;
  if (guideText && guideText.length > GUIDE_TEXT_MAX) {
    throw appError('TEXT_TOO_LONG', `办事指南 guideText 最多${GUIDE_TEXT_MAX}字 (The guide text is at most ${GUIDE_TEXT_MAX} characters)`, { field: 'guideText', max: GUIDE_TEXT_MAX });
  }
  return { code, name, kind: i.kind, legalDays: i.legalDays, promisedDays: i.promisedDays, materials, feeAmountFen, feeBasis, legalBasis, ...(i.guideText === undefined ? {} : { guideText }) };
}
