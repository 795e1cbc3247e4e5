import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditLogTableV1 } from '../../shared/audit/audit-table';
import { addCatalogRequestColumns, dropActiveDefaults, dropCatalogRequestColumns } from '../../shared/audit/catalog-columns';

/** The back office: the append-only audit log, deactivatable townships and village points, idempotent catalog creation. */
export class TownshipBackOffice1765300000000 implements MigrationInterface {
  name = 'TownshipBackOffice1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(auditLogTableV1());
    await addCatalogRequestColumns(q, 'township', true);
    await addCatalogRequestColumns(q, 'village_point', true);
    await addCatalogRequestColumns(q, 'township_item', false);
    await dropActiveDefaults(q, ['township', 'village_point']);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropCatalogRequestColumns(q, 'township_item', false);
    await dropCatalogRequestColumns(q, 'village_point', true);
    await dropCatalogRequestColumns(q, 'township', true);
    await q.dropTable('audit_log');
  }
}
