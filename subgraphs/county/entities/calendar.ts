import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../shared/db/columns';

/** An administrator's correction to the national calendar: a local day off, or a make-up workday. */
@Entity('calendar_override')
export class CalendarOverrideRow {
  @PrimaryColumn({ type: 'varchar', length: 10 }) date: string;
  @Column({ type: 'boolean' }) workday: boolean;
  @Column({ type: 'varchar', length: 200, nullable: true }) note: string | null;
  @Column({ type: 'varchar', length: 64, name: 'updated_by' }) updatedBy: string;
  @InstantColumn({ name: 'updated_at' }) updatedAt: Date;
}

/** A year whose holidays an administrator has entered completely (beyond the built-in calendar). */
@Entity('calendar_year')
export class CalendarYearRow {
  @PrimaryColumn({ type: 'int' }) year: number;
  @Column({ type: 'varchar', length: 64, name: 'confirmed_by' }) confirmedBy: string;
  @InstantColumn({ name: 'confirmed_at' }) confirmedAt: Date;
}

@Entity('county_setting')
export class CountySettingRow {
  @PrimaryColumn({ type: 'varchar', length: 40 }) key: string;
  @Column({ type: 'varchar', length: 200 }) value: string;
  @InstantColumn({ name: 'updated_at' }) updatedAt: Date;
}
