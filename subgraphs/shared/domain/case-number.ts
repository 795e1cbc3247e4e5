/** Readable case numbers `<unit code>-<yyyymmdd>-<seq>` and the public tracking query code (SPEC §4.2). */
import { randomInt } from 'node:crypto';
import { DomainError } from './errors';
import { isCalendarDate } from './time';

const UNIT_CODE = /^[A-Z0-9]{2,20}$/;
const CASE_NUMBER = /^([A-Z0-9]{2,20})-(\d{4})(\d{2})(\d{2})-(\d{4,6})$/;
/** Six digits at most: a unit taking more than 999 999 cases a day is not a county. */
const MAX_CASE_SEQ = 999_999;

/** No 0/O, 1/I/L: read aloud over the phone or copied from a slip without mistakes. */
export const QUERY_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const QUERY_CODE_LENGTH = 6;
const QUERY_CODE = new RegExp(`^[${QUERY_CODE_ALPHABET}]{${QUERY_CODE_LENGTH}}$`);

export function isUnitCode(s: string): boolean {
  return typeof s === 'string' && UNIT_CODE.test(s);
}

export function formatCaseNumber(unitCode: string, date: string, seq: number): string {
  if (!isUnitCode(unitCode)) {
    throw new DomainError('BAD_USER_INPUT', `Unit code must be 2–20 capital letters or digits: ${String(unitCode)}`);
  }
  if (!isCalendarDate(date)) {
    throw new DomainError('BAD_USER_INPUT', `Not a calendar date (YYYY-MM-DD): ${String(date)}`);
  }
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_CASE_SEQ) {
    throw new DomainError('BAD_USER_INPUT', `Case sequence must be a whole number from 1 to ${MAX_CASE_SEQ}: ${seq}`);
  }
  return `${unitCode}-${date.replace(/-/g, '')}-${String(seq).padStart(4, '0')}`;
}

/** The exact inverse of formatCaseNumber; anything it would not produce gives null. */
export function parseCaseNumber(s: string): { unitCode: string; date: string; seq: number } | null {
  const m = typeof s === 'string' ? CASE_NUMBER.exec(s) : null;
  if (!m) return null;
  const date = `${m[2]}-${m[3]}-${m[4]}`;
  const seq = Number(m[5]);
  // Rejects impossible dates, seq 0 and extra zero padding such as 00012345.
  if (!isCalendarDate(date) || seq < 1 || String(seq).padStart(4, '0') !== m[5]) return null;
  return { unitCode: m[1], date, seq };
}

export function generateQueryCode(): string {
  let code = '';
  for (let i = 0; i < QUERY_CODE_LENGTH; i += 1) code += QUERY_CODE_ALPHABET[randomInt(QUERY_CODE_ALPHABET.length)];
  return code;
}

export function isQueryCode(s: string): boolean {
  return typeof s === 'string' && QUERY_CODE.test(s);
}

/** Applicants type codes in lower case or with spaces. */
export function normalizeQueryCode(s: string): string {
  return typeof s === 'string' ? s.replace(/\s+/g, '').toUpperCase() : s;
}

/**
 * The key public tracking looks a case up by, as typed on a slip: number upper-cased, code without
 * spaces. The township answers `trackCase` with it, and the gateway too while the township is down.
 */
export function trackingKey(a: { number?: string; queryCode?: string }): { number: string; queryCode: string } {
  return { number: a.number?.trim().toUpperCase() ?? '', queryCode: normalizeQueryCode(a.queryCode ?? '') };
}
