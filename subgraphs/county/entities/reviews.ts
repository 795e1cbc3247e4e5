import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { RectificationEventRecord, ReviewRecord } from '../../shared/reviews/review-record';
import { CountyCase } from './cases';
import { Department } from './catalog';

/** The applicant's review of a county case (one per case) with its rectification, if any. */
@Entity('county_review')
@Index(['caseId'], { unique: true })
@Index(['requestId'], { unique: true })
@Index(['departmentId', 'reviewedAt'])
@Index(['reviewedAt'])
@Index(['rectificationStatus', 'rectificationDueAt'])
@Index(['level', 'reviewedAt'])
@Index(['acceptedOn'])
@ForeignKey(() => CountyCase, ['caseId'], ['id'])
export class CountyReview extends ReviewRecord {
  @ForeignKey(() => Department) @Column({ type: 'varchar', length: 36, name: 'department_id' }) departmentId: string;
}

@Entity('county_rectification_event')
@Index(['reviewId', 'seq'], { unique: true })
@ForeignKey(() => CountyReview, ['reviewId'], ['id'])
export class CountyRectificationEvent extends RectificationEventRecord {}
