import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditLogTableV1 } from '../../shared/audit/audit-table';
import { addCatalogRequestColumns, dropActiveDefaults, dropCatalogRequestColumns } from '../../shared/audit/catalog-columns';

/** The back office: the append-only audit log, deactivatable departments, idempotent catalog creation. */
export class CountyBackOffice1765300000000 implements MigrationInterface {
  name = 'CountyBackOffice1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(auditLogTableV1());
    await addCatalogRequestColumns(q, 'department', true);
    await addCatalogRequestColumns(q, 'county_item', false);
    await dropActiveDefaults(q, ['department']);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropCatalogRequestColumns(q, 'county_item', false);
    await dropCatalogRequestColumns(q, 'department', true);
    await q.dropTable('audit_log');
  }
}
