import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addOutboxOrdering, dropOutboxOrdering } from '../../shared/outbox/outbox-columns';

/** County updates towards the township go out one subject at a time, in order; refused ones are parked. */
export class CountyOutboxOrdering1764800000000 implements MigrationInterface {
  name = 'CountyOutboxOrdering1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await addOutboxOrdering(q, 'county_outbox');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropOutboxOrdering(q, 'county_outbox');
  }
}
