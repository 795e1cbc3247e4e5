/** The receiving form (收件) apart from the applicant: materials and the whole-form check. Pure. */
import { missingMandatoryMaterials } from '../../../../../subgraphs/shared/domain/materials';
import { idNumberProblem, nameProblem, phoneProblem, type ApplicantForm } from './applicant';

export interface MaterialLine {
  name: string;
  originals: number;
  copies: number;
  mandatory: boolean;
}

/** `原件 1 份 · 复印件 2 份`, leaving out what is not asked for. */
export function materialCopies(m: MaterialLine): string {
  const parts = [m.originals ? `原件 ${m.originals} 份` : '', m.copies ? `复印件 ${m.copies} 份` : ''].filter(Boolean);
  return parts.length ? parts.join(' · ') : '无需纸质材料';
}

/** The warning when mandatory materials are not ticked: the case may be received but not accepted. */
export function missingMandatoryNotice(materials: readonly MaterialLine[], ticked: readonly string[]): string | null {
  const missing = missingMandatoryMaterials(materials, ticked);
  return missing.length ? `缺少必要材料：${missing.join('、')}。可以收件，但补齐前不能受理，需一次性告知补正。` : null;
}

/** The first problem that keeps the form from being sent, or null. */
export function receiveProblem(itemId: string | null, applicant: ApplicantForm, today?: string): string | null {
  if (!itemId) return '请选择申请的事项';
  return nameProblem(applicant.kind, applicant.name) ?? idNumberProblem(applicant.kind, applicant.idNumber, today) ?? phoneProblem(applicant.phone);
}
