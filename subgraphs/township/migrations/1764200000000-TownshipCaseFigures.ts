import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '../../shared/db/migration-columns';
import { figureIndicesV1 } from '../../shared/statistics/figure-indices';

/** The item kind on each case, and the indexes the statistics read (SPEC §4.6, §7). */
export class TownshipCaseFigures1764200000000 implements MigrationInterface {
  name = 'TownshipCaseFigures1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('township_case', new TableColumn(col.str('item_kind', 16, true)));
    await q.query('UPDATE township_case SET item_kind = (SELECT i.kind FROM township_item i WHERE i.id = township_case.item_id)');
    for (const index of figureIndicesV1('township_case', 'township_id')) await q.createIndex('township_case', index);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of figureIndicesV1('township_case', 'township_id')) await q.dropIndex('township_case', index.name!);
    await q.dropColumn('township_case', 'item_kind');
  }
}
