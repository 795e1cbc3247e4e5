import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TableColumn } from 'typeorm';
import { col } from '../../shared/db/migration-columns';

/** The public guide's text (办事指南) of a township item; existing items have none. */
export class TownshipItemGuide1765400000000 implements MigrationInterface {
  name = 'TownshipItemGuide1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('township_item', new TableColumn(col.text('guide_text', true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('township_item', 'guide_text');
  }
}
