/**
 * Mandatory materials (SPEC §4.2): a case is accepted only with every mandatory material of its
 * item, at the county window as at the township. Missing ones are asked for by a one-time notice
 * first; what the applicant brings back with the supplement counts as submitted.
 */
import { DomainError } from './errors';

export interface ItemMaterial {
  name: string;
  mandatory: boolean;
}

/** The item's mandatory materials that were not submitted, in the item's order. */
export function missingMandatoryMaterials(materials: readonly ItemMaterial[], submitted: readonly string[]): string[] {
  const given = new Set(submitted);
  return materials.filter((m) => m.mandatory && !given.has(m.name)).map((m) => m.name);
}

/** Refuses acceptance while a mandatory material is missing; names every one, so one notice can list them all. */
export function requireMandatoryMaterials(materials: readonly ItemMaterial[], submitted: readonly string[]): void {
  const missing = missingMandatoryMaterials(materials, submitted);
  if (missing.length) {
    throw new DomainError(
      'MATERIALS_REQUIRED',
      `必要材料不全，不能受理：缺少${missing.join('、')}；请先一次性告知补正 (Mandatory materials are missing: ${missing.join(', ')}; send a one-time supplement notice first)`,
      { field: 'submittedMaterials', missing },
    );
  }
}

/** After a supplement, the materials the notice listed (those the item knows) are in. */
export function materialsAfterSupplement(materials: readonly ItemMaterial[], submitted: readonly string[], supplied: readonly string[]): string[] {
  const known = new Set(materials.map((m) => m.name));
  return [...new Set([...submitted, ...supplied.filter((s) => known.has(s))])];
}

/** The history note of a case received without its mandatory materials: it cannot be accepted until they are in. */
export function receivedIncompleteNote(missing: readonly string[]): string | null {
  return missing.length ? `收件时缺少必要材料：${missing.join('、')}，补齐前不能受理` : null;
}
