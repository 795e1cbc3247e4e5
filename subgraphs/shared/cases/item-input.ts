import { isItemKind, type ItemKind } from '../domain/deadline';
import { badInput } from '../graphql/errors';

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
}

/** Checks the shape of an item; the deadline rules themselves are in domain/item-rules. */
export function validateItemTerms(i: ItemTermsInput): ItemTerms {
  const code = i.code?.trim();
  if (!code || !/^[A-Za-z0-9-]{1,40}$/.test(code)) throw badInput('An item code is 1–40 letters, digits or "-"');
  const name = i.name?.trim();
  if (!name || name.length > 200) throw badInput('An item name is 1–200 characters');
  if (!isItemKind(i.kind)) throw badInput('Item kind must be IMMEDIATE or PROMISED');
  if (!Array.isArray(i.materials) || i.materials.length === 0 || i.materials.length > 50) {
    throw badInput('An item lists 1–50 required materials');
  }
  const seen = new Set<string>();
  const materials = i.materials.map((m) => {
    const n = m.name?.trim();
    if (!n || n.length > 100) throw badInput('A material name is 1–100 characters');
    if (seen.has(n)) throw badInput(`Material listed twice: ${n}`);
    seen.add(n);
    for (const c of [m.originals, m.copies]) {
      if (!Number.isInteger(c) || c < 0 || c > 20) throw badInput(`Originals and copies of ${n} must be whole numbers from 0 to 20`);
    }
    return { name: n, originals: m.originals, copies: m.copies, mandatory: !!m.mandatory };
  });
  let feeAmountFen: number | null = null;
  let feeBasis: string | null = null;
  if (i.fee) {
    if (!Number.isInteger(i.fee.amountFen) || i.fee.amountFen < 0 || i.fee.amountFen > 1_000_000_000) {
      throw badInput('A fee is a whole number of fen (分), not negative');
    }
    feeBasis = i.fee.basis?.trim();
    if (!feeBasis || feeBasis.length > 300) throw badInput('A fee needs its legal basis (1–300 characters)');
    feeAmountFen = i.fee.amountFen;
  }
  const legalBasis = i.legalBasis?.trim();
  if (!legalBasis || legalBasis.length > 2000) throw badInput('The legal basis is required (at most 2000 characters)');
  return { code, name, kind: i.kind, legalDays: i.legalDays, promisedDays: i.promisedDays, materials, feeAmountFen, feeBasis, legalBasis };
}
