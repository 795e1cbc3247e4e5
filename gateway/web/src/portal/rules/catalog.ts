/**
 * Turns the graph's catalog and directory into the guide's items, with where each can be handed in:
 * a county item at its department's window and, when delegable, at each township it is delegated
 * to (every active township when the graph gives no list); a township item at its township. Pure.
 */
import type { GuideItem, GuideMaterial, GuidePlace, ItemKind } from './guide';

interface Unit {
  id: string;
  name: string;
  active: boolean;
}
export interface DepartmentRow extends Unit {
  window: string;
  phone: string;
}
export interface TownshipRow extends Unit {
  address: string;
  phone: string;
}
interface ItemRow {
  id: string;
  code: string;
  name: string;
  kind: ItemKind;
  legalDays: number;
  promisedDays: number;
  legalBasis: string;
  guideText?: string | null;
  materials: GuideMaterial[];
  fee?: { amountFen: number; basis: string } | null;
}
export interface CountyItemRow extends ItemRow {
  delegable: boolean;
  department: { id: string };
  delegatedTownships?: { id: string }[] | null;
}
export interface TownshipItemRow extends ItemRow {
  township: { id: string };
}

export interface CatalogInput {
  departments: readonly DepartmentRow[];
  townships: readonly TownshipRow[];
  countyItems: readonly CountyItemRow[];
  townshipItems: readonly TownshipItemRow[];
}

const departmentPlace = (d: DepartmentRow): GuidePlace => ({ kind: 'department', id: d.id, name: d.name, window: d.window, phone: d.phone, delegated: false });
const townshipPlace = (t: TownshipRow, delegated: boolean): GuidePlace => ({ kind: 'township', id: t.id, name: `${t.name}便民服务中心`, address: t.address, phone: t.phone, delegated });

export function guideItems(c: CatalogInput): GuideItem[] {
  const departments = new Map(c.departments.filter((d) => d.active).map((d) => [d.id, d]));
  const townships = new Map(c.townships.filter((t) => t.active).map((t) => [t.id, t]));
  const terms = (i: ItemRow) => ({
    id: i.id,
    code: i.code,
    name: i.name,
    kind: i.kind,
    legalDays: i.legalDays,
    promisedDays: i.promisedDays,
    materials: i.materials,
    fee: i.fee ?? null,
    legalBasis: i.legalBasis,
    guideText: i.guideText?.trim() || null,
  });
  const county = c.countyItems.flatMap((i): GuideItem[] => {
    const department = departments.get(i.department.id);
    // An item of a closed window cannot be handed in anywhere: it is not shown.
    if (!department) return [];
    const delegatedTo = !i.delegable ? [] : i.delegatedTownships ? i.delegatedTownships.map((t) => townships.get(t.id)) : [...townships.values()];
    const places = [departmentPlace(department), ...delegatedTo.filter((t): t is TownshipRow => !!t).map((t) => townshipPlace(t, true))];
    return [{ tier: 'county', ...terms(i), owner: { id: department.id, name: department.name }, places }];
  });
  const township = c.townshipItems.flatMap((i): GuideItem[] => {
    const t = townships.get(i.township.id);
    if (!t) return [];
    return [{ tier: 'township', ...terms(i), owner: { id: t.id, name: t.name }, places: [townshipPlace(t, false)] }];
  });
  return [...county, ...township];
}
