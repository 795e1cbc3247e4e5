import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createDayFigures, dropDayFigures } from '../../shared/statistics/day-figures-migration';
import { COUNTY_DAY_FIGURES } from '../../shared/statistics/day-figures-table';

/** Daily roll-ups per department and item, so that a period's figures read days × units rows, not the period's cases. */
export class CountyCaseDayFigures1765500000000 implements MigrationInterface {
  name = 'CountyCaseDayFigures1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await createDayFigures(q, COUNTY_DAY_FIGURES);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropDayFigures(q, COUNTY_DAY_FIGURES);
  }
}
