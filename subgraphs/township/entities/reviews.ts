import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { RectificationEventRecord, ReviewRecord } from '../../shared/reviews/review-record';
import { TownshipCase } from './cases';
import { Township } from './catalog';

/** The applicant's review of a township case (one per case) with its rectification, if any. */
@Entity('township_review')
@Index(['caseId'], { unique: true })
@Index(['requestId'], { unique: true })
@Index(['townshipId', 'reviewedAt'])
@Index(['reviewedAt'])
@Index(['rectificationStatus', 'rectificationDueAt'])
@Index(['level', 'reviewedAt'])
@Index(['acceptedOn'])
@ForeignKey(() => TownshipCase, ['caseId'], ['id'])
export class TownshipReview extends ReviewRecord {
  @ForeignKey(() => Township) @Column({ type: 'varchar', length: 36, name: 'township_id' }) townshipId: string;
}

@Entity('township_rectification_event')
@Index(['reviewId', 'seq'], { unique: true })
@ForeignKey(() => TownshipReview, ['reviewId'], ['id'])
export class TownshipRectificationEvent extends RectificationEventRecord {}
