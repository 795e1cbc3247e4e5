import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../shared/db/columns';

/**
 * The township's copy of the county calendar and settings, so township deadlines are computed
 * with the county's rules even while the county is unreachable. One row (id = 1).
 */
@Entity('calendar_copy')
export class CalendarCopyRow {
  @PrimaryColumn({ type: 'int' }) id: number;
  @Column({ type: 'text' }) snapshot: string;
  @InstantColumn({ name: 'synced_at' }) syncedAt: Date;
}
