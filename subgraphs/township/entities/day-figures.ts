import { Entity, PrimaryColumn } from 'typeorm';
import { CaseDayFiguresRecord } from '../../shared/statistics/day-figures-record';

/** A township tier's daily roll-ups per township and item (statistics/day-figures-table.ts). */
@Entity('township_case_day_figures')
export class TownshipCaseDayFigures extends CaseDayFiguresRecord {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'township_id' }) townshipId: string;
}
