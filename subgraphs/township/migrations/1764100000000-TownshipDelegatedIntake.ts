import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { caseHistoryColumnsV1, col } from '../../shared/db/migration-columns';
import { outboxColumnsV1, outboxIndicesV1 } from '../../shared/outbox/outbox-columns';

/** Delegated intake: intakes, their journey, and the outbox towards the county. */
export class TownshipDelegatedIntake1764100000000 implements MigrationInterface {
  name = 'TownshipDelegatedIntake1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'delegated_intake',
        columns: [
          col.id(), col.str('number', 40), col.str('query_code', 8), col.str('request_id', 80), col.ref('township_id'),
          col.ref('county_item_id'), col.str('item_code', 40), col.str('item_name', 200),
          col.str('applicant_name', 100), col.str('applicant_id_type', 16), col.str('applicant_id_number', 18), col.str('applicant_phone', 20, true),
          col.text('submitted_materials'), col.bool('expedited', false), col.text('note', true),
          col.str('clerk_id', 64), col.str('clerk_name', 50), col.instant('accepted_at'), col.date('accepted_on'),
          col.date('due_date', true), col.instant('due_at', true), col.instant('forwarded_at', true),
          col.ref('county_case_id', true), col.str('county_case_number', 40, true), col.str('county_status', 24, true), col.int('county_version', false, 0),
          col.text('missing_materials'), col.instant('supplement_requested_at', true), col.instant('supplement_resubmitted_at', true),
          col.str('result_document_number', 100, true), col.text('refusal_reason', true), col.instant('handed_over_at', true),
          col.str('delivery_method', 16, true), col.str('tracking_number', 60, true), col.int('version', false, 1), col.instant('updated_at'),
        ],
        indices: [
          new TableIndex({ columnNames: ['number'], isUnique: true }),
          new TableIndex({ columnNames: ['request_id'], isUnique: true }),
          new TableIndex({ columnNames: ['township_id', 'accepted_on'] }),
          new TableIndex({ columnNames: ['township_id', 'forwarded_at'] }),
        ],
        foreignKeys: [{ columnNames: ['township_id'], referencedTableName: 'township', referencedColumnNames: ['id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'delegated_intake_history',
        columns: caseHistoryColumnsV1(),
        indices: [new TableIndex({ columnNames: ['case_id', 'seq'], isUnique: true })],
        foreignKeys: [{ columnNames: ['case_id'], referencedTableName: 'delegated_intake', referencedColumnNames: ['id'] }],
      }),
    );
    await q.createTable(new Table({ name: 'township_outbox', columns: outboxColumnsV1(), indices: outboxIndicesV1() }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['township_outbox', 'delegated_intake_history', 'delegated_intake']) await q.dropTable(t);
  }
}
