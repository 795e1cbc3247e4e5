import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createDayFigures, dropDayFigures } from '../../shared/statistics/day-figures-migration';
import { TOWNSHIP_DAY_FIGURES } from '../../shared/statistics/day-figures-table';

/** Daily roll-ups per township and item, so that a period's figures read days × units rows, not the period's cases. */
export class TownshipCaseDayFigures1765500000000 implements MigrationInterface {
  name = 'TownshipCaseDayFigures1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await createDayFigures(q, TOWNSHIP_DAY_FIGURES);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropDayFigures(q, TOWNSHIP_DAY_FIGURES);
  }
}
