import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '../../shared/db/migration-columns';
import { addOutboxOrdering, dropOutboxOrdering } from '../../shared/outbox/outbox-columns';

/**
 * Messages to the county go out one subject at a time, in order; refused ones are parked. An
 * intake keeps the county's whole clock (pause and uncertain years), so both tiers judge it alike.
 * Cases keep the working days granted at acceptance, so a calendar change can recount them.
 */
export class TownshipTierChannel1764800000000 implements MigrationInterface {
  name = 'TownshipTierChannel1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('township_case', new TableColumn(col.int('granted_days', true)));
    await addOutboxOrdering(q, 'township_outbox');
    await q.addColumns('delegated_intake', [
      new TableColumn(col.instant('paused_at', true)),
      new TableColumn(col.int('paused_working_days', false, 0)),
      new TableColumn(col.str('uncertain_years', 60, true)),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('township_case', 'granted_days');
    await q.dropColumns('delegated_intake', ['uncertain_years', 'paused_working_days', 'paused_at']);
    await dropOutboxOrdering(q, 'township_outbox');
  }
}
