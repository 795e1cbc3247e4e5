import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { JsonColumn, InstantColumn } from '../../shared/db/columns';

@Entity('township')
@Index(['requestId'], { unique: true })
export class Township {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 12, name: 'division_code' }) divisionCode: string;
  @Column({ type: 'varchar', length: 50 }) name: string;
  @Column({ type: 'varchar', length: 200 }) address: string;
  @Column({ type: 'varchar', length: 30 }) phone: string;
  /** False once deactivated (停用); a township with unfinished cases or intakes cannot be. */
  @Column({ type: 'boolean' }) active: boolean;
  /** Idempotency key of the creating request, when it gave one. */
  @Column({ type: 'varchar', length: 80, name: 'request_id', nullable: true }) requestId: string | null;
  /** Fingerprint of the creating request's payload (request-fingerprint.ts). */
  @Column({ type: 'varchar', length: 64, name: 'request_hash', nullable: true }) requestHash: string | null;
  @InstantColumn({ name: 'updated_at' }) updatedAt: Date;
}

@Entity('village_point')
@Index(['requestId'], { unique: true })
export class VillagePoint {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Index() @ForeignKey(() => Township) @Column({ type: 'varchar', length: 36, name: 'township_id' }) townshipId: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 15 }) code: string;
  @Column({ type: 'varchar', length: 50 }) name: string;
  /** False once deactivated (停用). */
  @Column({ type: 'boolean' }) active: boolean;
  /** Idempotency key of the creating request, when it gave one. */
  @Column({ type: 'varchar', length: 80, name: 'request_id', nullable: true }) requestId: string | null;
  /** Fingerprint of the creating request's payload (request-fingerprint.ts). */
  @Column({ type: 'varchar', length: 64, name: 'request_hash', nullable: true }) requestHash: string | null;
}

@Entity('township_item')
@Index(['townshipId', 'code'], { unique: true })
@Index(['requestId'], { unique: true })
export class TownshipItem {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @ForeignKey(() => Township) @Column({ type: 'varchar', length: 36, name: 'township_id' }) townshipId: string;
  @Column({ type: 'varchar', length: 40 }) code: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 16 }) kind: string;
  @Column({ type: 'int', name: 'legal_days' }) legalDays: number;
  @Column({ type: 'int', name: 'promised_days' }) promisedDays: number;
  @JsonColumn({ name: 'materials' }) materials: { name: string; originals: number; copies: number; mandatory: boolean }[];
  @Column({ type: 'int', name: 'fee_amount_fen', nullable: true }) feeAmountFen: number | null;
  @Column({ type: 'varchar', length: 300, name: 'fee_basis', nullable: true }) feeBasis: string | null;
  @Column({ type: 'text', name: 'legal_basis' }) legalBasis: string;
  /** 办事指南: the public guide's text (how to apply, where, when); null when none is written. */
  @Column({ type: 'text', name: 'guide_text', nullable: true }) guideText: string | null;
  @Index() @Column({ type: 'varchar', length: 36, name: 'supervising_department_id' }) supervisingDepartmentId: string;
  @Column({ type: 'boolean' }) active: boolean;
  /** Idempotency key of the creating request, when it gave one. */
  @Column({ type: 'varchar', length: 80, name: 'request_id', nullable: true }) requestId: string | null;
  /** Fingerprint of the creating request's payload (request-fingerprint.ts). */
  @Column({ type: 'varchar', length: 64, name: 'request_hash', nullable: true }) requestHash: string | null;
  @InstantColumn({ name: 'updated_at' }) updatedAt: Date;
}
