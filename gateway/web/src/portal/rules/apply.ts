/**
 * The online application form (网上申报): what the applicant typed, checked with the same rules the
 * server applies (identity check digits, a mainland mobile number, which is required here because
 * the window calls back), and turned into the graph's OnlineApplicationInput. Pure.
 */
import { idNumberProblem, nameProblem, applicantInput, type ApplicantForm } from '../../console/rules/applicant';
import { isValidMobile } from '../../../../../subgraphs/shared/domain/identity';
import type { GuideItem, GuideMaterial } from './guide';

export interface ApplicationForm {
  applicant: ApplicantForm;
  /** Names of the item's materials the applicant will bring. */
  materials: string[];
  note: string;
  /** The applicant read and accepts how the window will use the data. */
  agreed: boolean;
}

export type ApplicationField = 'name' | 'idNumber' | 'phone' | 'note' | 'agreed';

export const MAX_NOTE = 500;

export const newApplicationForm = (item: Pick<GuideItem, 'materials'>): ApplicationForm => ({
  applicant: { kind: 'PERSON', name: '', idNumber: '', phone: '' },
  // Every material starts ticked: most applicants bring what the guide lists; they untick what they lack.
  materials: item.materials.map((m) => m.name),
  note: '',
  agreed: false,
});

export function mobileProblem(raw: string): string | null {
  const phone = raw.trim();
  if (!phone) return '请填写手机号码，窗口将电话联系您';
  return isValidMobile(phone) ? null : '请填写 11 位手机号码';
}

/** Every field's problem, or an empty object when the form can be sent. */
export function applicationProblems(f: ApplicationForm, today?: string): Partial<Record<ApplicationField, string>> {
  const problems: Partial<Record<ApplicationField, string>> = {};
  const name = nameProblem(f.applicant.kind, f.applicant.name);
  const id = idNumberProblem(f.applicant.kind, f.applicant.idNumber, today);
  const phone = mobileProblem(f.applicant.phone);
  if (name) problems.name = name;
  if (id) problems.idNumber = id;
  if (phone) problems.phone = phone;
  if (f.note.length > MAX_NOTE) problems.note = `备注不能超过 ${MAX_NOTE} 个字`;
  if (!f.agreed) problems.agreed = '请阅读并同意后提交';
  return problems;
}

/** Mandatory materials the applicant has not ticked: the window cannot accept until they are in. */
export function missingMandatory(materials: readonly GuideMaterial[], ticked: readonly string[]): string[] {
  return materials.filter((m) => m.mandatory && !ticked.includes(m.name)).map((m) => m.name);
}

export function applicationInput(f: ApplicationForm, item: Pick<GuideItem, 'id' | 'materials'>, requestId: string) {
  const known = new Set(item.materials.map((m) => m.name));
  return {
    requestId,
    itemId: item.id,
    applicant: { ...applicantInput(f.applicant), phone: f.applicant.phone.trim() },
    // In the catalog's order, only names the item lists.
    plannedMaterials: item.materials.map((m) => m.name).filter((n) => known.has(n) && f.materials.includes(n)),
    note: f.note.trim() || null,
  };
}

/** Where an online application of an item goes: its own window (a county item to its department). */
export const applicationWindow = (item: Pick<GuideItem, 'places'>) => item.places.find((p) => !p.delegated) ?? null;

/**
 * Every window an online application of the item may go to: its own first, then each township
 * that takes a delegable county item in on the county's behalf (委托受理).
 */
export function applicationWindows(item: Pick<GuideItem, 'places'>) {
  const own = applicationWindow(item);
  return own ? [own, ...item.places.filter((p) => p.delegated)] : [];
}

/** The input for a delegable county item applied for at a township window (applyDelegatedItemOnline). */
export function delegatedApplicationInput(f: ApplicationForm, item: Pick<GuideItem, 'id' | 'materials'>, requestId: string, townshipId: string) {
  return { ...applicationInput(f, item, requestId), townshipId };
}
