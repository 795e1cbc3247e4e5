import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn, JsonColumn } from '../../shared/db/columns';
import { Township } from './catalog';

/**
 * 网上申报 of a delegable county item at a township window: it waits here, RECEIVED, until the
 * township's clerk accepts it (then the delegated intake is created with the same number and
 * query code) or does not accept it, with a reason.
 */
@Entity('online_intake_application')
@Index(['number'], { unique: true })
@Index(['requestId'], { unique: true })
@Index(['townshipId', 'status', 'receivedAt'])
export class OnlineIntakeApplicationRow {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 40 }) number: string;
  @Column({ type: 'varchar', length: 8, name: 'query_code' }) queryCode: string;
  /** The portal's key, stored as `online-<key>` (domain/channel.ts). */
  @Column({ type: 'varchar', length: 80, name: 'request_id' }) requestId: string;
  @Column({ type: 'varchar', length: 64, name: 'request_hash' }) requestHash: string;
  @ForeignKey(() => Township) @Column({ type: 'varchar', length: 36, name: 'township_id' }) townshipId: string;
  @Column({ type: 'varchar', length: 36, name: 'county_item_id' }) countyItemId: string;
  @Column({ type: 'varchar', length: 40, name: 'item_code' }) itemCode: string;
  @Column({ type: 'varchar', length: 200, name: 'item_name' }) itemName: string;
  @Column({ type: 'varchar', length: 100, name: 'applicant_name' }) applicantName: string;
  @Column({ type: 'varchar', length: 16, name: 'applicant_id_type' }) applicantIdType: string;
  @Column({ type: 'varchar', length: 18, name: 'applicant_id_number' }) applicantIdNumber: string;
  @Column({ type: 'varchar', length: 20, name: 'applicant_phone' }) applicantPhone: string;
  @JsonColumn({ name: 'planned_materials' }) plannedMaterials: string[];
  @Column({ type: 'text', nullable: true }) note: string | null;
  /** RECEIVED (waiting), ACCEPTED (the intake exists) or NOT_ACCEPTED (with the reason). */
  @Column({ type: 'varchar', length: 24 }) status: string;
  @InstantColumn({ name: 'received_at' }) receivedAt: Date;
  @InstantColumn({ name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'varchar', length: 64, name: 'clerk_id', nullable: true }) clerkId: string | null;
  @Column({ type: 'varchar', length: 50, name: 'clerk_name', nullable: true }) clerkName: string | null;
  @Column({ type: 'text', name: 'refusal_reason', nullable: true }) refusalReason: string | null;
  @Column({ type: 'varchar', length: 36, name: 'intake_id', nullable: true }) intakeId: string | null;
  @Column({ type: 'int' }) version: number;
  @InstantColumn({ name: 'updated_at' }) updatedAt: Date;
}
