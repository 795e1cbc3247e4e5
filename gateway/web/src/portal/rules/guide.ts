/**
 * The public service guides (办事指南): which items a search shows, and how each item's terms read
 * to the public. Pure, so a unit test checks it; the pages only render what these functions say.
 */

export type GuideTier = 'county' | 'township';
export type ItemKind = 'IMMEDIATE' | 'PROMISED';

export interface GuideMaterial {
  name: string;
  originals: number;
  copies: number;
  mandatory: boolean;
}

/** One item of either tier, as the guide list and page show it. */
export interface GuideItem {
  tier: GuideTier;
  id: string;
  code: string;
  name: string;
  kind: ItemKind;
  legalDays: number;
  promisedDays: number;
  materials: GuideMaterial[];
  fee: { amountFen: number; basis: string } | null;
  legalBasis: string;
  /** The catalog's public guide text (办理流程、条件…), or null when the catalog has none. */
  guideText: string | null;
  /** The unit that owns it: a county department or a township. */
  owner: { id: string; name: string };
  /** Where an applicant can hand it in (the owner's window first). */
  places: GuidePlace[];
}

export interface GuidePlace {
  kind: 'department' | 'township';
  /** The department's or township's id. */
  id: string;
  name: string;
  /** The window and phone, when the directory has them. */
  window?: string;
  address?: string;
  phone?: string;
  /** Taken in by the township on the county's behalf (委托受理). */
  delegated: boolean;
}

export const KIND_LABELS: Readonly<Record<ItemKind, string>> = { IMMEDIATE: '即办件', PROMISED: '承诺件' };
export const TIER_LABELS: Readonly<Record<GuideTier, string>> = { county: '县级事项', township: '乡镇事项' };

export interface GuideFilter {
  /** Words of the item's name or code, or of its unit's name. */
  text?: string;
  tier?: GuideTier | '';
  /** A department's or a township's id: its own items and those it takes in for the county. */
  ownerId?: string;
  kind?: ItemKind | '';
}

/** The items a filter keeps, county items first, each tier by code. */
export function filterGuides(items: readonly GuideItem[], f: GuideFilter): GuideItem[] {
  const words = (f.text ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
  return items
    .filter((i) => !f.tier || i.tier === f.tier)
    .filter((i) => !f.kind || i.kind === f.kind)
    .filter((i) => !f.ownerId || i.owner.id === f.ownerId || i.places.some((p) => p.id === f.ownerId))
    .filter((i) => words.every((w) => `${i.name} ${i.code} ${i.owner.name}`.toLowerCase().includes(w)))
    .sort((a, b) => (a.tier === b.tier ? a.code.localeCompare(b.code) : a.tier === 'county' ? -1 : 1));
}

/** 收费标准: "不收费", or the amount in yuan with its basis. */
export function feeText(fee: GuideItem['fee']): string {
  if (!fee || fee.amountFen === 0) return '不收费';
  return `${yuan(fee.amountFen)} 元（依据：${fee.basis}）`;
}

export function yuan(fen: number): string {
  const whole = Math.floor(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, '0')}`;
}

/** 办理时限: an immediate item is done on the spot; a promised one within its promised days. */
export function timeLimitText(i: Pick<GuideItem, 'kind' | 'legalDays' | 'promisedDays'>): string {
  if (i.kind === 'IMMEDIATE') return '即来即办（当场办结）';
  return `承诺 ${i.promisedDays} 个工作日办结（法定 ${i.legalDays} 个工作日）`;
}

/** 材料份数: "原件 1 份、复印件 2 份", or "无需纸质材料". */
export function materialCopiesText(m: GuideMaterial): string {
  const parts = [m.originals > 0 ? `原件 ${m.originals} 份` : '', m.copies > 0 ? `复印件 ${m.copies} 份` : ''].filter(Boolean);
  return parts.length ? parts.join('、') : '无需纸质材料';
}

/** A mandatory material first, then the optional ones, each group in the catalog's order. */
export function orderedMaterials(materials: readonly GuideMaterial[]): GuideMaterial[] {
  return [...materials.filter((m) => m.mandatory), ...materials.filter((m) => !m.mandatory)];
}
