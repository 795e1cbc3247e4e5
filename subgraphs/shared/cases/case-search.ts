import type { SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../auth/principal';
import { appError, badInput, forbidden } from '../graphql/errors';

/** What a clerk holding a number or an applicant's papers searches a list by (each an exact match). */
export interface CaseSearch {
  /** A case number (on intakes also the county case number; on county cases also the intake's number). */
  number?: string | null;
  /** The applicant's name as written. */
  applicantName?: string | null;
  /** The applicant's 身份证号码 or 统一社会信用代码. */
  applicantIdNumber?: string | null;
}

const LIMITS = { number: 40, applicantName: 100, applicantIdNumber: 18 } as const;
const LABELS = { number: '办件编号 number', applicantName: '申请人名称 applicantName', applicantIdNumber: '证件号码 applicantIdNumber' } as const;

/** A search term trimmed; an empty or too long one is refused (never read as "no filter"). */
function term(f: CaseSearch, key: keyof typeof LIMITS): string | null {
  const raw = f[key];
  if (raw === undefined || raw === null) return null;
  const t = raw.trim();
  if (!t) throw badInput(`${LABELS[key]} 不能为空；不按此项查询时请不填 (An empty ${key} filter: leave it out instead)`, { field: key });
  if (t.length > LIMITS[key]) {
    throw appError('TEXT_TOO_LONG', `${LABELS[key]} 不能超过${LIMITS[key]}字 (The ${key} filter is longer than ${LIMITS[key]} characters)`, { field: key, max: LIMITS[key] });
  }
  return key === 'applicantIdNumber' ? t.toUpperCase() : t;
}

/**
 * Whether a caller may look records up by the applicant's personal data: only those who read it
 * unmasked (the clerks of the unit, whose lists are their own unit's, and services). Anyone else
 * could learn from the answer whether a person has a case, which masking exists to hide.
 */
function mayMatchPersonalData(who: Principal | null): boolean {
  return !!who && (who.role === 'COUNTY_CLERK' || who.role === 'TOWNSHIP_CLERK' || who.role === 'SERVICE');
}

/**
 * Narrows a list to the search terms, each an equality on an indexed column. `numberColumns` are
 * the columns a number may be found in (the record's own number first).
 */
export function applyCaseSearch<T extends object>(qb: SelectQueryBuilder<T>, f: CaseSearch, who: Principal | null, numberColumns: string[]): void {
  const number = term(f, 'number');
  const name = term(f, 'applicantName');
  const id = term(f, 'applicantIdNumber');
  if ((name !== null || id !== null) && !mayMatchPersonalData(who)) {
    throw forbidden('只有本单位窗口人员可按申请人姓名或证件号码查询 (Only the unit\'s clerks may search by the applicant\'s name or ID number)');
  }
  const a = qb.alias;
  if (number !== null) qb.andWhere(`(${numberColumns.map((c) => `${a}.${c} = :searchNumber`).join(' OR ')})`, { searchNumber: number });
  if (name !== null) qb.andWhere(`${a}.applicant_name = :searchName`, { searchName: name });
  if (id !== null) qb.andWhere(`${a}.applicant_id_number = :searchId`, { searchId: id });
}
