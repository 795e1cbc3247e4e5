/**
 * 委托受理 (delegated intake) at a township window, apart from the applicant: which materials the
 * clerk must have, the whole-form check and what the page says about forwarding. Pure.
 */
import { missingMandatoryMaterials } from '../../../../../subgraphs/shared/domain/materials';
import type { ApplicantForm } from './applicant';
import { receiveProblem, type MaterialLine } from './receive';

export interface DelegableItem {
  name: string;
  kind: 'IMMEDIATE' | 'PROMISED';
  promisedDays: number;
  materials: readonly MaterialLine[];
}

/** `名称（即办件）` or `名称（承诺 N 个工作日）`, as in the item choice. */
export function itemLabel(i: DelegableItem): string {
  return `${i.name}（${i.kind === 'IMMEDIATE' ? '即办件' : `承诺 ${i.promisedDays} 个工作日`}）`;
}

/**
 * The first problem that keeps the intake from being sent, or null. Unlike a county walk-in
 * application, a township accepts on the county's behalf at once: every mandatory material must be
 * there (the township subgraph refuses otherwise).
 */
export function intakeProblem(itemId: string | null, item: DelegableItem | null, ticked: readonly string[], applicant: ApplicantForm, today?: string): string | null {
  if (!itemId || !item) return '请选择委托受理的县级事项';
  const missing = missingMandatoryMaterials(item.materials, ticked);
  if (missing.length) return `缺少必要材料：${missing.join('、')}。委托受理须收齐必要材料。`;
  return receiveProblem(itemId, applicant, today);
}

/** The notice above the form while the county cannot be reached: the township answers from its copy. */
export const COUNTY_UNREACHABLE_NOTICE = '县级系统暂时无法连接：事项清单来自本乡镇保存的副本，可以照常受理，受理后将自动转报县级部门。';

/** What the page says after accepting, by whether the county has the intake yet. */
export function forwardingNotice(forwarded: boolean, countyReachable: boolean): string {
  if (forwarded) return '已转报县级部门。';
  return countyReachable ? '回执可立即打印；本件将自动转报县级部门，无需另行操作。' : '县级系统暂时无法连接，本件已在本乡镇受理并保存，回执可立即打印；连接恢复后将自动转报县级部门，无需另行操作。';
}

/** The console route of the intake's 受理回执 (the print views live under print/). */
export function receiptRoute(intakeId: string): string {
  return `/print/intake-receipt/township/${encodeURIComponent(intakeId)}`;
}
