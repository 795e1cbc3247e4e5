import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addCaseChannel, dropCaseChannel } from '../../shared/cases/channel-column';

/** Online applications (网上申报): each case says whether it came in at a window or online. */
export class TownshipCaseChannel1765430000000 implements MigrationInterface {
  name = 'TownshipCaseChannel1765430000000';

  async up(q: QueryRunner): Promise<void> {
    await addCaseChannel(q, 'township_case', 'township_id');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropCaseChannel(q, 'township_case', 'township_id');
  }
}
