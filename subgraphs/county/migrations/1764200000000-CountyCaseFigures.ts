import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '../../shared/db/migration-columns';
import { figureIndicesV1 } from '../../shared/statistics/figure-indices';

/** The item kind on each case, and the indexes the statistics read (SPEC §4.6, §7). */
export class CountyCaseFigures1764200000000 implements MigrationInterface {
  name = 'CountyCaseFigures1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('county_case', new TableColumn(col.str('item_kind', 16, true)));
    await q.query('UPDATE county_case SET item_kind = (SELECT i.kind FROM county_item i WHERE i.id = county_case.item_id)');
    for (const index of figureIndicesV1('county_case', 'department_id')) await q.createIndex('county_case', index);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of figureIndicesV1('county_case', 'department_id')) await q.dropIndex('county_case', index.name!);
    await q.dropColumn('county_case', 'item_kind');
  }
}
