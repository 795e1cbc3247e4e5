/** Applicants of the demo cases: people and businesses with identifiers that pass their check digits. */
import type { ApplicantIn, CaseItemTerms } from '../cases/case-engine';
import { creditCodeCheckChar, organizationCodeCheckChar, residentIdCheckChar } from '../domain/identity';
import { APPLICANT_GIVEN_NAMES, APPLICANT_SURNAMES, COMPANY_NAMES } from './catalog';
import type { Rng } from './random';

function daysInMonth(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** Where applicants' ID numbers were issued: mostly the county itself, some from neighbouring areas. */
const BIRTH_REGIONS = ['511099', '511099', '511099', '511099', '511099', '511099', '510722', '511002', '510104', '511302'];

/**
 * A resident ID number (GB 11643): region, birth date, sequence (odd for men) and check character.
 * Birth years default to 1940–2004 so every applicant is an adult whatever today's date is.
 */
function residentId(rng: Rng, o: { region?: string; bornFrom?: number; bornTo?: number; male?: boolean } = {}): string {
  const region = o.region ?? rng.pick(BIRTH_REGIONS);
  const y = rng.int(o.bornFrom ?? 1940, o.bornTo ?? 2004);
  const m = rng.int(1, 12);
  const d = rng.int(1, daysInMonth(y, m));
  const male = o.male ?? rng.chance(0.5);
  const seq = rng.digits(2) + String(rng.int(0, 4) * 2 + (male ? 1 : 0));
  const first17 = `${region}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${seq}`;
  return first17 + residentIdCheckChar(first17);
}

export type OrganizationKind = 'ENTERPRISE' | 'INDIVIDUAL_BUSINESS' | 'COOPERATIVE';

/** A unified social credit code (GB 32100) registered in the county: 91 enterprise, 92 individual business, 93 cooperative. */
function creditCode(rng: Rng, kind: OrganizationKind, region = '511099'): string {
  const prefix = kind === 'ENTERPRISE' ? '91' : kind === 'INDIVIDUAL_BUSINESS' ? '92' : '93';
  const body = rng.digits(8);
  const first17 = `${prefix}${region}${body}${organizationCodeCheckChar(body)}`;
  return first17 + creditCodeCheckChar(first17);
}

function organizationKindOf(name: string): OrganizationKind {
  if (name.includes('合作社')) return 'COOPERATIVE';
  if (/有限公司|厂$/.test(name)) return 'ENTERPRISE';
  return 'INDIVIDUAL_BUSINESS';
}

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '157', '158', '159',
  '173', '177', '180', '181', '182', '183', '187', '188', '189', '191', '198', '199',
];

/** An 11-digit mainland mobile number. */
export function mobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
}

function personName(rng: Rng): string {
  const surname = rng.weighted(APPLICANT_SURNAMES, (s) => (s.length > 1 ? 0.15 : 1));
  return surname + rng.pick(APPLICANT_GIVEN_NAMES);
}

/** Items whose materials name a business licence or a legal representative are applied for by organisations. */
function isForOrganizations(item: CaseItemTerms): boolean {
  return item.materials.some((m) => /营业执照|法定代表人/.test(m.name));
}

/** A person (most items) or a business (items that ask for a business licence). */
export function demoApplicant(rng: Rng, item: CaseItemTerms): ApplicantIn {
  if (isForOrganizations(item) && rng.chance(0.85)) {
    const name = rng.pick(COMPANY_NAMES);
    return { name, idType: 'CREDIT_CODE', idNumber: creditCode(rng, organizationKindOf(name)), phone: mobile(rng) };
  }
  return { name: personName(rng), idType: 'RESIDENT_ID', idNumber: residentId(rng), phone: rng.chance(0.95) ? mobile(rng) : null };
}
