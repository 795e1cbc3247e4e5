import { Column, Entity, Index } from 'typeorm';
import { RectificationEventRecord, ReviewRecord } from '../../shared/reviews/review-record';

/** The applicant's review of a township case (one per case) with its rectification, if any. */
@Entity('township_review')
@Index(['caseId'], { unique: true })
@Index(['requestId'], { unique: true })
@Index(['townshipId', 'reviewedAt'])
@Index(['reviewedAt'])
@Index(['rectificationStatus', 'rectificationDueAt'])
@Index(['level', 'reviewedAt'])
@Index(['acceptedOn'])
export class TownshipReview extends ReviewRecord {
  @Column({ type: 'varchar', length: 36, name: 'township_id' }) townshipId: string;
}

@Entity('township_rectification_event')
@Index(['reviewId', 'seq'], { unique: true })
export class TownshipRectificationEvent extends RectificationEventRecord {}
