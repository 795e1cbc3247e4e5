import { Entity, PrimaryColumn } from 'typeorm';
import { CaseDayFiguresRecord } from '../../shared/statistics/day-figures-record';

/** The county's daily roll-ups per department and item (statistics/day-figures-table.ts). */
@Entity('county_case_day_figures')
export class CountyCaseDayFigures extends CaseDayFiguresRecord {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'department_id' }) departmentId: string;
}
