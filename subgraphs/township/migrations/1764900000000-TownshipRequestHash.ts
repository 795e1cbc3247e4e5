import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '../../shared/db/migration-columns';

/** The fingerprint of each creating request's payload, so a reused requestId with other content is refused. */
const TABLES = ['township_case', 'delegated_intake', 'township_review'];

export class TownshipRequestHash1764900000000 implements MigrationInterface {
  name = 'TownshipRequestHash1764900000000';

  async up(q: QueryRunner): Promise<void> {
    for (const t of TABLES) await q.addColumn(t, new TableColumn(col.str('request_hash', 64, true)));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of TABLES) await q.dropColumn(t, 'request_hash');
  }
}
