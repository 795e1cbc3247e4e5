import { TableColumn, TableIndex, type QueryRunner } from 'typeorm';
import { col } from '../db/migration-columns';
import { declareSchema } from '../db/declared-schema';

/**
 * What the back office adds to a catalog table: the creating request's idempotency key (unique
 * where given) and payload fingerprint, and, where asked, the `active` flag of deactivation.
 * Used by both tiers' 1765300000000 migrations (never edit; add migrations).
 */
export async function addCatalogRequestColumns(q: QueryRunner, table: string, withActive: boolean): Promise<void> {
  if (withActive) await q.addColumn(table, new TableColumn(col.bool('active', true)));
  await q.addColumn(table, new TableColumn(col.str('request_id', 80, true)));
  await q.addColumn(table, new TableColumn(col.str('request_hash', 64, true)));
  await q.createIndex(table, new TableIndex({ columnNames: ['request_id'], isUnique: true }));
}

export async function dropCatalogRequestColumns(q: QueryRunner, table: string, withActive: boolean): Promise<void> {
  await q.dropIndex(table, new TableIndex({ columnNames: ['request_id'], isUnique: true }));
  await q.dropColumn(table, 'request_hash');
  await q.dropColumn(table, 'request_id');
  if (withActive) await q.dropColumn(table, 'active');
}

/**
 * Existing rows get `active = true` from the column's default when it is added; the default then
 * goes, as every default did in the 1765200000000 migrations (entities declare none: see
 * declared-schema.ts). Undoing the migration drops the column, default and all.
 */
export async function dropActiveDefaults(q: QueryRunner, tables: string[]): Promise<void> {
  await declareSchema(q, tables, Object.fromEntries(tables.map((t) => [t, { active: true }])));
}

