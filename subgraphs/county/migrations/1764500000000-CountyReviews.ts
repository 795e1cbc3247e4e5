import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { reviewColumnsV1, reviewIndicesV1, rectificationEventColumnsV1, rectificationEventIndicesV1 } from '../../shared/reviews/review-columns';

/** Reviews of county cases (好差评) and the append-only steps of their rectifications (整改). */
export class CountyReviews1764500000000 implements MigrationInterface {
  name = 'CountyReviews1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'county_review',
        columns: reviewColumnsV1('department_id'),
        indices: reviewIndicesV1('department_id'),
        foreignKeys: [
          { columnNames: ['case_id'], referencedTableName: 'county_case', referencedColumnNames: ['id'] },
          { columnNames: ['department_id'], referencedTableName: 'department', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'county_rectification_event',
        columns: rectificationEventColumnsV1(),
        indices: rectificationEventIndicesV1(),
        foreignKeys: [{ columnNames: ['review_id'], referencedTableName: 'county_review', referencedColumnNames: ['id'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('county_rectification_event');
    await q.dropTable('county_review');
  }
}
