/**
 * The applicant part of the receiving form: what the clerk typed, checked while typing with the
 * same check-digit rules the server applies (subgraphs/shared/domain/identity.ts).
 */
import { isValidCreditCode, isValidMobile, isValidResidentId, normalizeApplicantId } from '../../../../../subgraphs/shared/domain/identity';

export type ApplicantKind = 'PERSON' | 'ORGANISATION';

export interface ApplicantForm {
  kind: ApplicantKind;
  name: string;
  idNumber: string;
  phone: string;
}

export const ID_LABEL: Record<ApplicantKind, string> = { PERSON: '身份证号码', ORGANISATION: '统一社会信用代码' };
export const NAME_LABEL: Record<ApplicantKind, string> = { PERSON: '姓名', ORGANISATION: '单位名称' };

/** The message under the ID field, or null when the number is right (empty: required). */
export function idNumberProblem(kind: ApplicantKind, raw: string, today?: string): string | null {
  const value = normalizeApplicantId(raw);
  if (!value) return `请填写${ID_LABEL[kind]}`;
  if (value.length < 18) return `${ID_LABEL[kind]}应为 18 位，已输入 ${value.length} 位`;
  if (value.length > 18) return `${ID_LABEL[kind]}应为 18 位，已输入 ${value.length} 位`;
  const valid = kind === 'PERSON' ? isValidResidentId(value, today) : isValidCreditCode(value);
  return valid ? null : `${ID_LABEL[kind]}校验不通过，请逐位核对`;
}

export function nameProblem(kind: ApplicantKind, raw: string): string | null {
  const name = raw.trim();
  if (!name) return `请填写${NAME_LABEL[kind]}`;
  return name.length > 100 ? `${NAME_LABEL[kind]}不能超过 100 个字` : null;
}

/** The phone is optional; when given it must be a mainland mobile number. */
export function phoneProblem(raw: string): string | null {
  const phone = raw.trim();
  return !phone || isValidMobile(phone) ? null : '请填写 11 位手机号码';
}

/** The applicant as the receiving mutation takes it. */
export function applicantInput(f: ApplicantForm): { name: string; idType: 'RESIDENT_ID' | 'CREDIT_CODE'; idNumber: string; phone: string | null } {
  return {
    name: f.name.trim(),
    idType: f.kind === 'PERSON' ? 'RESIDENT_ID' : 'CREDIT_CODE',
    idNumber: normalizeApplicantId(f.idNumber),
    phone: f.phone.trim() || null,
  };
}
