import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '../../shared/db/migration-columns';
import { outboxColumnsV1, outboxIndicesV1 } from '../../shared/outbox/outbox-columns';

/** Delegated intake: where a county case came from, and the message tables to and from townships. */
export class CountyDelegatedIntake1764100000000 implements MigrationInterface {
  name = 'CountyDelegatedIntake1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('county_case', [
      new TableColumn(col.ref('origin_intake_id', true)),
      new TableColumn(col.str('origin_intake_number', 40, true)),
      new TableColumn(col.str('origin_query_code', 8, true)),
      new TableColumn(col.ref('origin_township_id', true)),
      new TableColumn(col.instant('forwarded_at', true)),
    ]);
    await q.createIndex('county_case', new TableIndex({ columnNames: ['origin_intake_id'], isUnique: true }));
    await q.createIndex('county_case', new TableIndex({ columnNames: ['origin_intake_number'] }));
    await q.createTable(new Table({ name: 'county_inbox', columns: [{ ...col.str('message_key', 120), isPrimary: true }, col.instant('processed_at')] }));
    await q.createTable(new Table({ name: 'county_outbox', columns: outboxColumnsV1(), indices: outboxIndicesV1() }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('county_outbox');
    await q.dropTable('county_inbox');
    for (const c of ['forwarded_at', 'origin_township_id', 'origin_query_code', 'origin_intake_number', 'origin_intake_id']) await q.dropColumn('county_case', c);
  }
}
