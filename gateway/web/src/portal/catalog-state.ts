/**
 * The guide catalog of one visit: read once (both tiers, every page of township items) and shared
 * by the list and the item pages. A tier that cannot be reached leaves its items out and says so.
 */
import { ref } from 'vue';
import type { Client } from '@urql/vue';
import { GuideDirectoryDocument, TownshipGuidesDocument } from './operations';
import { guideItems, type TownshipItemRow } from './rules/catalog';
import type { GuideItem } from './rules/guide';

export interface CatalogState {
  items: GuideItem[];
  departments: { id: string; name: string }[];
  townships: { id: string; name: string }[];
  /** Which tiers could not be read (their items are missing from the list). */
  missing: ('county' | 'township')[];
}

const PAGE = 500;
export const catalog = ref<CatalogState | null>(null);
export const catalogFailed = ref(false);
let loading: Promise<void> | null = null;

export function loadCatalog(client: Client): Promise<void> {
  loading ??= read(client).catch(() => {
    catalogFailed.value = true;
    loading = null;
  });
  return loading;
}

async function read(client: Client): Promise<void> {
  const dir = await client.query(GuideDirectoryDocument, {}).toPromise();
  if (!dir.data) throw dir.error ?? new Error('no answer');
  const townshipItems: TownshipItemRow[] = [];
  let townshipsRead = !!dir.data.townships;
  for (let offset = 0; townshipsRead; offset += PAGE) {
    const page = await client.query(TownshipGuidesDocument, { offset }).toPromise();
    if (!page.data?.townshipItems) {
      townshipsRead = false;
      break;
    }
    townshipItems.push(...page.data.townshipItems);
    if (page.data.townshipItems.length < PAGE) break;
  }
  const departments = (dir.data.departments ?? []).filter((d) => d.active);
  const townships = (dir.data.townships ?? []).filter((t) => t.active);
  const missing: CatalogState['missing'] = [];
  if (!dir.data.countyItems || !dir.data.departments) missing.push('county');
  if (!townshipsRead) missing.push('township');
  catalog.value = {
    items: guideItems({ departments, townships, countyItems: dir.data.countyItems ?? [], townshipItems: townshipsRead ? townshipItems : [] }),
    departments: departments.map((d) => ({ id: d.id, name: d.name })),
    townships: townships.map((t) => ({ id: t.id, name: t.name })),
    missing,
  };
  catalogFailed.value = false;
}
