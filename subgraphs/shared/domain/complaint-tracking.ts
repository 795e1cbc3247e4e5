/** The public look-up of a complaint by the number and query code on its receipt (trackComplaint). */
import { isQueryCode, normalizeQueryCode, parseCaseNumber } from './case-number';
import { DomainError } from './errors';

/** Complaint numbers are TS-<yyyymmdd>-<seq>, from the county's counter under this prefix. */
export const COMPLAINT_NUMBER_PREFIX = 'TS';
/** Longer than any number or code the county gives; refused before anything is looked up. */
const MAX_TRACKING_INPUT = 40;

/**
 * Trims, upper-cases and checks a typed number and code. A blank, overlong or malformed value is
 * BAD_USER_INPUT naming the field; a well-formed pair that matches nothing is the caller's null,
 * so a wrong answer never says which half was wrong.
 */
export function checkComplaintTracking(a: { number?: unknown; queryCode?: unknown }): { number: string; queryCode: string } {
  const number = typeof a.number === 'string' ? a.number.trim().toUpperCase() : '';
  const queryCode = typeof a.queryCode === 'string' ? normalizeQueryCode(a.queryCode) : '';
  if (!number) throw new DomainError('BAD_USER_INPUT', 'Enter the complaint number from the receipt (请填写投诉编号)', { field: 'number' });
  if (!queryCode) throw new DomainError('BAD_USER_INPUT', 'Enter the query code from the receipt (请填写查询码)', { field: 'queryCode' });
  if (number.length > MAX_TRACKING_INPUT || parseCaseNumber(number)?.unitCode !== COMPLAINT_NUMBER_PREFIX) {
    throw new DomainError('BAD_USER_INPUT', 'Not a complaint number such as TS-20261201-0001 (投诉编号格式不正确)', { field: 'number' });
  }
  if (queryCode.length > MAX_TRACKING_INPUT || !isQueryCode(queryCode)) {
    throw new DomainError('BAD_USER_INPUT', 'The query code (查询码) is 6 letters and digits from the receipt', { field: 'queryCode' });
  }
  return { number, queryCode };
}
