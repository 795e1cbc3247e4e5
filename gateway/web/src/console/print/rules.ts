/**
 * The printed documents' rules: which document a case's state allows, who may print it, the date
 * in Chinese form and the tracking address of the QR code. Pure (no browser APIs): unit-tested.
 */
import type { Role } from '../../shared/roles';

export type PrintKind = 'acceptance-notice' | 'supplement-notice' | 'refusal-notice' | 'delivery-receipt' | 'intake-receipt';
export type PrintTier = 'county' | 'township';

export const PRINT_TITLES: Readonly<Record<PrintKind, string>> = Object.freeze({
  'acceptance-notice': '受理通知书',
  'supplement-notice': '一次性告知书',
  'refusal-notice': '不予受理通知书',
  'delivery-receipt': '送达回证',
  'intake-receipt': '受理回执',
});

const KINDS = Object.keys(PRINT_TITLES) as PrintKind[];

export function isPrintKind(s: string): s is PrintKind {
  return (KINDS as string[]).includes(s);
}

export function isPrintTier(s: string): s is PrintTier {
  return s === 'county' || s === 'township';
}

/** The console address of a document: `/print/<kind>/<tier>/<id>` (the hash route). */
export function printPath(kind: PrintKind, tier: PrintTier, id: string): string {
  return `/print/${kind}/${tier}/${encodeURIComponent(id)}`;
}

/** A delegated intake's receipt exists only at the township; every other document on either tier. */
export function validPrintAddress(kind: string, tier: string): boolean {
  if (!isPrintKind(kind) || !isPrintTier(tier)) return false;
  return kind !== 'intake-receipt' || tier === 'township';
}

/** The clerks of a tier print its documents: county clerks county cases, township clerks the rest. */
export function mayPrint(role: Role, path: string): boolean {
  const m = /^\/print\/([^/]+)\/([^/]+)\/[^/]+$/.exec(path);
  if (!m || !validPrintAddress(m[1]!, m[2]!)) return false;
  return m[2] === 'county' ? role === 'COUNTY_CLERK' : role === 'TOWNSHIP_CLERK';
}

/** A case's state as far as its documents are concerned. */
export interface PrintState {
  status: string;
  /** When the clock started; null while never accepted. */
  acceptedAt: string | null | undefined;
  missingMaterials: readonly string[];
}

/**
 * The documents a case's current state allows (the intake receipt is not a case's: it belongs to a
 * delegated intake and is always printable):
 * - 受理通知书 once accepted, while the case lives (not after a withdrawal);
 * - 一次性告知书 while a supplement is requested (its missing materials are the notice's list);
 * - 不予受理通知书 after not accepting;
 * - 送达回证 once a result (approval or rejection) is to be or was handed over.
 */
export function documentsFor(s: PrintState): PrintKind[] {
  const kinds: PrintKind[] = [];
  if (s.acceptedAt && s.status !== 'WITHDRAWN' && s.status !== 'NOT_ACCEPTED') kinds.push('acceptance-notice');
  if (s.status === 'SUPPLEMENT_REQUESTED' && s.missingMaterials.length > 0) kinds.push('supplement-notice');
  if (s.status === 'NOT_ACCEPTED') kinds.push('refusal-notice');
  if (s.status === 'APPROVED' || s.status === 'REJECTED' || s.status === 'DELIVERED') kinds.push('delivery-receipt');
  return kinds;
}

const HANZI_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function hanziNumber(n: number): string {
  // 1–31 as written in dates: 十, 十二, 二十, 二十三, 三十一.
  if (n < 10) return HANZI_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : HANZI_DIGITS[tens]}十${ones ? HANZI_DIGITS[ones] : ''}`;
}

const BEIJING_OFFSET_MS = 8 * 3600_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Beijing calendar date (YYYY-MM-DD) of a date or an instant; null when it is not one. */
export function beijingDay(value: string | null | undefined): string | null {
  if (!value) return null;
  if (DATE.test(value)) return value;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * A date as documents write it. `arabic` (the default) follows GB/T 9704-2012 7.3.5.1 for the dates
 * of official documents: Arabic numerals, the full year, no leading zeros — 2026年12月1日.
 * `hanzi` is the older form some units keep on seals — 二〇二六年十二月一日. An instant is taken in
 * Beijing time. A missing or malformed value prints as blank underscores for a pen.
 */
export function chineseDate(value: string | null | undefined, style: 'arabic' | 'hanzi' = 'arabic'): string {
  const day = beijingDay(value);
  const m = day ? DATE.exec(day) : null;
  if (!m) return '____年__月__日';
  const [y, mo, d] = [m[1]!, Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return '____年__月__日';
  if (style === 'arabic') return `${Number(y)}年${mo}月${d}日`;
  return `${[...y].map((c) => HANZI_DIGITS[Number(c)]).join('')}年${hanziNumber(mo)}月${hanziNumber(d)}日`;
}

/** A query code the caller may not see comes back masked (******): it is not printed then. */
export function isMaskedCode(code: string | null | undefined): boolean {
  return !code || /^\*+$/.test(code);
}

/**
 * The public tracking address an applicant scans: `<origin>/track?number=…&code=…`, both parts
 * URL-encoded. Null when the code is masked for the caller (a QR code of a masked code is useless).
 */
export function trackingUrl(origin: string, number: string, queryCode: string): string | null {
  if (!number || isMaskedCode(queryCode)) return null;
  const base = origin.replace(/\/+$/, '');
  const q = new URLSearchParams({ number, code: queryCode });
  return `${base}/track?${q.toString()}`;
}

/**
 * The clerk's own words of a supplement step: the graph records the step's note as
 * `missing (补正材料): a, b; <note>`; the list is printed from the case, the rest is the note.
 */
export function supplementNote(note: string | null | undefined): string | null {
  if (!note) return null;
  const rest = note.startsWith('missing (补正材料):') ? note.split('; ').slice(1).join('; ') : note;
  return rest.trim() || null;
}

/** The newest history step of this kind (history comes oldest first). */
export function latestStep<S extends { step: string }>(history: readonly S[], step: string): S | null {
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.step === step) return history[i]!;
  return null;
}

/** 当面送达 / 邮寄送达 as the receipt names the method. */
export function deliveryMethodText(method: string | null | undefined): string {
  if (method === 'EXPRESS') return '邮寄送达';
  if (method === 'IN_PERSON') return '当面送达';
  return '□ 当面送达　□ 邮寄送达';
}

/** The options the QR code is drawn with (a test redraws the same address with them and compares). */
export const QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 1 } as const;
