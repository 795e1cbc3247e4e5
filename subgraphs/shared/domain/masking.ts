/**
 * Masking of personal data (SPEC §5) for roles that do not need it and for every log line.
 * Masks keep the length so a clerk can still tell what kind of value it was.
 */

function keepEnds(value: string, head: number, tail: number): string {
  const chars = Array.from(value);
  // Too short to keep anything without revealing most of it: hide it all.
  if (chars.length <= head + tail) return '*'.repeat(chars.length);
  return chars.slice(0, head).join('') + '*'.repeat(chars.length - head - tail) + chars.slice(chars.length - tail).join('');
}

/** 110105194912310026 → 110105********0026: the region stays, birth date and sequence go. */
export function maskIdNumber(id: string): string {
  return keepEnds(id, 6, 4);
}

/**
 * 91350100M000100Y43 → 91350100********43. The first 8 characters are only the registering
 * authority, the kind of body and the region; the organisation code in the middle is hidden, the
 * last 2 are kept so a clerk can confirm the code with its holder.
 */
export function maskCreditCode(code: string): string {
  return keepEnds(code, 8, 2);
}

/**
 * 13812341234 → 138****1234 (carrier prefix and the last 4 digits, as on bank slips). Other
 * numbers (landlines) keep their last 4 when at least as much stays hidden; short ones are hidden.
 */
export function maskPhone(phone: string): string {
  const p = typeof phone === 'string' ? phone : '';
  if (p.length === 11) return keepEnds(p, 3, 4);
  return p.length >= 8 ? keepEnds(p, 0, 4) : '*'.repeat(p.length);
}

/** Two-character surnames (复姓) in use today; the whole surname is kept, as with single ones. */
const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒',
  '夏侯', '令狐', '独孤', '南宫', '西门', '端木', '百里', '呼延', '轩辕', '太史', '申屠', '澹台',
  '闻人', '赫连', '钟离', '司空', '淳于', '濮阳', '拓跋', '公冶', '万俟', '东郭', '第五', '左丘',
]);

/**
 * Keeps the surname and hides the given name: 张三 → 张*, 欧阳娜娜 → 欧阳**. A one-character
 * name is hidden entirely; a name that is only a compound surname keeps its first character.
 */
export function maskName(name: string): string {
  const chars = Array.from(typeof name === 'string' ? name.trim() : '');
  if (chars.length <= 1) return '*'.repeat(chars.length);
  const keep = chars.length > 2 && COMPOUND_SURNAMES.has(chars[0] + chars[1]) ? 2 : 1;
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - keep);
}

// Digits must not run on either side, so a longer number (a bank card) is not cut into an ID.
const RESIDENT_ID_IN_TEXT = /(?<!\d)\d{17}[\dXx](?![\dXx])/g;
// Characters 3–8 of a credit code are the region's digits; requiring them spares ordinary words.
const CREDIT_CODE_IN_TEXT = /(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])/g;
const MOBILE_IN_TEXT = /(?<!\d)((?:\+|00)?86[- ]?)?(1[3-9]\d{9})(?!\d)/g;

// A landline with its area code (0839-5123401): the area stays, the last 4 stay, the rest goes.
const LANDLINE_IN_TEXT = /(?<![\d-])(0\d{2,3})-(\d{7,8})(?![\d-])/g;
// Waybills name the addressee to anyone who looks them up: carrier-prefixed numbers (SF…, JD…),
// UPU S10 numbers (EA123456789CN), and any code written after a waybill word.
const PREFIXED_WAYBILL_IN_TEXT = /(?<![0-9A-Za-z])(SF|JDV|JDX|JD|YT|JT|ZT|YD|STO|DPK|KYE|EMS)(\d{10,15})(?![0-9A-Za-z])/g;
const S10_WAYBILL_IN_TEXT = /(?<![0-9A-Za-z])([A-Z]{2})(\d{9})([A-Z]{2})(?![0-9A-Za-z])/g;
const WAYBILL_AFTER_WORD = /((?:运单|快递|物流|寄递|单号|waybill|tracking|express)(?:\s*(?:no|number)\b)?[^0-9A-Za-z\n]{0,8})([0-9A-Za-z]{8,20})(?![0-9A-Za-z])/gi;

/** SF1234567890123 → SF*********0123: the carrier and the last 4 stay, as on a pickup slip. */
export function maskWaybill(code: string): string {
  const m = /^([A-Za-z]*)(.*)$/.exec(code)!;
  const prefix = m[1].length <= 3 && m[2].length >= 8 ? m[1] : '';
  return prefix + keepEnds(code.slice(prefix.length), 0, 4);
}

/**
 * Masks every resident ID, credit code, phone number and waybill inside free text, valid check
 * digit or not: a mistyped number is still someone's data and turns up in exactly the error logs.
 */
export function maskSensitiveText(text: string): string {
  if (typeof text !== 'string' || text === '') return text;
  return text
    .replace(RESIDENT_ID_IN_TEXT, (m) => maskIdNumber(m))
    .replace(CREDIT_CODE_IN_TEXT, (m) => maskCreditCode(m))
    .replace(MOBILE_IN_TEXT, (_m, prefix: string | undefined, phone: string) => (prefix ?? '') + maskPhone(phone))
    .replace(LANDLINE_IN_TEXT, (_m, area: string, local: string) => `${area}-${keepEnds(local, 0, 4)}`)
    .replace(PREFIXED_WAYBILL_IN_TEXT, (_m, carrier: string, digits: string) => carrier + keepEnds(digits, 0, 4))
    .replace(S10_WAYBILL_IN_TEXT, (_m, head: string, digits: string, country: string) => head + '*'.repeat(digits.length) + country)
    .replace(WAYBILL_AFTER_WORD, (m, word: string, code: string) => (/\d/.test(code) && !code.includes('*') ? word + maskWaybill(code) : m));
}

/** Free text as a role may read it: as written for those who handle the case, masked for everyone else. */
export function freeTextFor(text: string, visible: boolean): string;
export function freeTextFor(text: string | null, visible: boolean): string | null;
export function freeTextFor(text: string | null, visible: boolean): string | null {
  return text === null || visible ? text : maskSensitiveText(text);
}
