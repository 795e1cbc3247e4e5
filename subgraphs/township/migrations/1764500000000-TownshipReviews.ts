import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { reviewColumnsV1, reviewIndicesV1, rectificationEventColumnsV1, rectificationEventIndicesV1 } from '../../shared/reviews/review-columns';

/** Reviews of township cases (好差评) and the append-only steps of their rectifications (整改). */
export class TownshipReviews1764500000000 implements MigrationInterface {
  name = 'TownshipReviews1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'township_review',
        columns: reviewColumnsV1('township_id'),
        indices: reviewIndicesV1('township_id'),
        foreignKeys: [
          { columnNames: ['case_id'], referencedTableName: 'township_case', referencedColumnNames: ['id'] },
          { columnNames: ['township_id'], referencedTableName: 'township', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'township_rectification_event',
        columns: rectificationEventColumnsV1(),
        indices: rectificationEventIndicesV1(),
        foreignKeys: [{ columnNames: ['review_id'], referencedTableName: 'township_review', referencedColumnNames: ['id'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('township_rectification_event');
    await q.dropTable('township_review');
  }
}
