import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const ORIGIN_FIGURES = new TableIndex({
  name: 'IDX_county_case_origin_figures',
  columnNames: ['origin_township_id', 'status', 'due_at', 'paused_at', 'forwarded_at'],
});

/** `Township.countyFigures` counts a township's delegated cases from index entries alone, not by reading every county case. */
export class CountyOriginFigures1765490000000 implements MigrationInterface {
  name = 'CountyOriginFigures1765490000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('county_case', ORIGIN_FIGURES);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('county_case', ORIGIN_FIGURES);
  }
}
