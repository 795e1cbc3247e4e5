import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '../../shared/db/migration-columns';
import { addOutboxOrdering, dropOutboxOrdering } from '../../shared/outbox/outbox-columns';

/**
 * County updates towards the township go out one subject at a time, in order; refused ones are
 * parked. Cases keep the working days granted at acceptance, so a calendar change can recount them.
 */
export class CountyOutboxOrdering1764800000000 implements MigrationInterface {
  name = 'CountyOutboxOrdering1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('county_case', new TableColumn(col.int('granted_days', true)));
    await addOutboxOrdering(q, 'county_outbox');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('county_case', 'granted_days');
    await dropOutboxOrdering(q, 'county_outbox');
  }
}
