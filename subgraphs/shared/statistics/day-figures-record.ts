import { Column, PrimaryColumn } from 'typeorm';

/**
 * A row of a tier's daily roll-ups (statistics/day-figures-table.ts): the counts of one unit, item
 * and day. Each tier's entity adds its unit column to the key, which is (day, unit, item) so that a
 * period's rows are one range of the key.
 */
export abstract class CaseDayFiguresRecord {
  @PrimaryColumn({ type: 'varchar', length: 10 }) day: string;
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'item_id' }) itemId: string;
  @Column({ type: 'int' }) accepted: number;
  @Column({ type: 'int' }) immediate: number;
  @Column({ type: 'int' }) promised: number;
  @Column({ type: 'int' }) completed: number;
  @Column({ type: 'int', name: 'promised_completed' }) promisedCompleted: number;
  @Column({ type: 'int', name: 'completed_on_time' }) completedOnTime: number;
  @Column({ type: 'int', name: 'promised_completed_early' }) promisedCompletedEarly: number;
  @Column({ type: 'int' }) withdrawn: number;
  @Column({ type: 'int' }) expedited: number;
  @Column({ type: 'int' }) online: number;
  @Column({ type: 'int' }) reviews: number;
  @Column({ type: 'int', name: 'satisfied_reviews' }) satisfiedReviews: number;
  /** Cases completed this day (the others are of the cases accepted this day). */
  @Column({ type: 'int' }) completions: number;
  /** Cases due this day that were completed after it, or withdrawn after their deadline. */
  @Column({ type: 'int', name: 'closed_late' }) closedLate: number;
}
