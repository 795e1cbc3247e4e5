/**
 * Check digits of applicant identifiers: the resident ID number (GB 11643-1999), the unified
 * social credit code (GB 32100-2015) with the organization code inside it (GB 11714-1997), plus
 * a plausibility check for mainland mobile numbers.
 */
import { DomainError } from './errors';
import { isCalendarDate, shanghaiDate } from './time';

export type ApplicantIdType = 'RESIDENT_ID' | 'CREDIT_CODE';

const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_ID_CHECK = '10X98765432';
/** No one living was born earlier; also keeps obvious typos such as 0194 out. */
const EARLIEST_BIRTH_YEAR = 1900;

/** The 31 characters of GB 32100 (no I, O, S, V, Z); each stands for its index. */
const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 11714 organization code: 8 body characters (digits or capital letters, A = 10 … Z = 35), then the check character. */
const ORGANIZATION_CODE_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ORGANIZATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * RESIDENT_ID_WEIGHTS[i];
  return RESIDENT_ID_CHECK[sum % 11];
}

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CREDIT_CODE_ALPHABET.indexOf(first17[i]) * CREDIT_CODE_WEIGHTS[i];
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/** The check character of a GB 11714 organization code (characters 9–17 of a credit code) over its 8 body characters. */
export function organizationCodeCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += ORGANIZATION_CODE_ALPHABET.indexOf(body[i]) * ORGANIZATION_CODE_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * 18 characters, a real birth date not after `today` (Beijing date, for tests) and the right check
 * character. Only the upper-case X is valid; callers normalise input with `normalizeApplicantId`.
 */
export function isValidResidentId(s: string, today: string = shanghaiDate(new Date())): boolean {
  if (typeof s !== 'string' || !/^\d{17}[\dX]$/.test(s)) return false;
  const birth = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  if (!isCalendarDate(birth) || Number(s.slice(6, 10)) < EARLIEST_BIRTH_YEAR || birth > today) return false;
  return residentIdCheckChar(s) === s[17];
}

export function isValidCreditCode(s: string): boolean {
  if (typeof s !== 'string' || s.length !== 18) return false;
  for (const c of s) if (!CREDIT_CODE_ALPHABET.includes(c)) return false;
  return creditCodeCheckChar(s) === s[17];
}

/** Mainland mobile: 11 digits starting 13–19. */
export function isValidMobile(s: string): boolean {
  return typeof s === 'string' && /^1[3-9]\d{9}$/.test(s);
}

/** Clerks type a lower-case x or stray spaces; both identifiers are stored upper-case without spaces. */
export function normalizeApplicantId(value: string): string {
  return typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : value;
}

export function assertValidApplicantId(type: ApplicantIdType, value: string): void {
  if (type === 'RESIDENT_ID') {
    if (!isValidResidentId(value)) {
      throw new DomainError(
        'INVALID_ID_NUMBER',
        'The resident ID number is not valid: check the 18 characters and the birth date (身份证号码有误)',
        { idType: type },
      );
    }
    return;
  }
  if (type === 'CREDIT_CODE') {
    if (!isValidCreditCode(value)) {
      throw new DomainError(
        'INVALID_CREDIT_CODE',
        'The unified social credit code is not valid: check the 18 characters (统一社会信用代码有误)',
        { idType: type },
      );
    }
    return;
  }
  throw new DomainError('BAD_USER_INPUT', `Unknown applicant ID type: ${String(type)}`);
}
