import DataLoader from 'dataloader';

/**
 * A per-request loader that fetches many rows in one statement and answers in key order
 * (missing keys resolve to null), as DataLoader requires.
 */
export function byIdLoader<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await fetch(ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Groups rows by a key (e.g. history rows by case) in one statement. */
export function groupLoader<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<string, T[]>();
    for (const r of rows) {
      const k = keyOf(r);
      const g = groups.get(k);
      if (g) g.push(r);
      else groups.set(k, [r]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/**
 * Loads a row a foreign key guarantees, for a non-null field: a missing row means a broken database
 * and is reported as an error at the field, as GraphQL would report the null.
 */
export async function loadExisting<V>(loader: DataLoader<string, V | null>, id: string, what: string): Promise<V> {
  const row = await loader.load(id);
  if (row === null) throw new Error(`${what} ${id} does not exist`);
  return row;
}
