import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { requireRole } from '../auth/guards';
import { randomBytes } from 'node:crypto';
import { checkPage } from '../cases/case-query';
import { auditChanges } from '../domain/audit-diff';
import { isCalendarDate, startOfShanghaiDay, endOfShanghaiDay } from '../domain/time';
import { badInput } from '../graphql/errors';
import { AuditLogRow } from './audit-entity';

export const AUDIT_ENTITY_TYPES = [
  'DEPARTMENT',
  'COUNTY_ITEM',
  'TOWNSHIP',
  'VILLAGE_POINT',
  'TOWNSHIP_ITEM',
  'CALENDAR_OVERRIDE',
  'CALENDAR_YEAR',
  'COUNTY_SETTINGS',
  'SUPERVISION_RECORD',
  'COMPLAINT',
  'RECTIFICATION',
  'ONLINE_APPLICATION',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export interface AuditEntry {
  entityType: AuditEntityType;
  entityId: string;
  action: string;
  before: object | null;
  after: object | null;
}

/**
 * Writes one audit row with the manager of the change's own transaction, so the row exists exactly
 * when the change does. Every administrative mutation of both tiers calls it.
 */
export async function recordAudit(m: EntityManager, who: Principal, e: AuditEntry, now: Date): Promise<AuditLogRow> {
  const row = Object.assign(new AuditLogRow(), {
    id: orderedId(),
    at: now,
    actorId: who.userId.slice(0, 64),
    actorName: who.name.slice(0, 50),
    actorRole: who.role,
    actorUnitId: who.departmentId ?? who.townshipId ?? null,
    entityType: e.entityType,
    entityId: e.entityId.slice(0, 64),
    action: e.action,
    changes: auditChanges(e.before as Record<string, unknown> | null, e.after as Record<string, unknown> | null),
  });
  // An insert, never a save: a row is only ever added (the cast only quiets TypeORM's deep JSON typing).
  await m.getRepository(AuditLogRow).insert(row as never);
  return row;
}

let lastMs = 0;
let counter = 0;

/**
 * A UUID (version 7 layout) that sorts as the rows were written: the time in milliseconds, then a
 * counter within this process, then randomness. Entries of one instant (the clock of a test, two
 * changes in one millisecond) therefore list in the order they were made.
 */
export function orderedId(nowMs = Date.now()): string {
  if (nowMs > lastMs) {
    lastMs = nowMs;
    counter = 0;
  } else counter += 1;
  const b = randomBytes(16);
  b.writeUIntBE(lastMs, 0, 6);
  b[6] = 0x70 | ((counter >> 8) & 0x0f);
  b[7] = counter & 0xff;
  b[8] = 0x80 | (b[8] & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface AuditLogFilter {
  actorId?: string | null;
  actorRole?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  /** First Beijing date of the period (inclusive). */
  from?: string | null;
  /** Last Beijing date of the period (inclusive). */
  to?: string | null;
}

/** Who may read the audit log: the center's administrators, and the efficiency office (read-only). */
export const AUDIT_READERS = ['COUNTY_ADMIN', 'SUPERVISOR'] as const;

/** The audit log, newest first, filtered and paged in the database. Nothing ever deletes its rows. */
export async function readAuditLog(
  ds: DataSource,
  who: Principal | null,
  filter: AuditLogFilter,
  limit: number,
  offset: number,
): Promise<{ total: number; nodes: AuditLogRow[] }> {
  requireRole(who, ...AUDIT_READERS);
  checkPage(limit, offset, 200);
  const qb = ds.getRepository(AuditLogRow).createQueryBuilder('a');
  if (filter.actorId) qb.andWhere('a.actor_id = :actor', { actor: filter.actorId });
  if (filter.actorRole) qb.andWhere('a.actor_role = :role', { role: filter.actorRole });
  if (filter.entityType) {
    if (!(AUDIT_ENTITY_TYPES as readonly string[]).includes(filter.entityType)) {
      throw badInput(`对象类型 entityType 应为 ${AUDIT_ENTITY_TYPES.join('、')} 之一 (Unknown entityType)`, { field: 'entityType' });
    }
    qb.andWhere('a.entity_type = :type', { type: filter.entityType });
  }
  if (filter.entityId) qb.andWhere('a.entity_id = :eid', { eid: filter.entityId });
  for (const key of ['from', 'to'] as const) {
    const d = filter[key];
    if (d != null && !isCalendarDate(d)) throw badInput(`日期 ${key} 格式应为 YYYY-MM-DD：${d} (Not a date)`, { field: key });
  }
  if (filter.from && filter.to && filter.from > filter.to) throw badInput('起始日期 from 不能晚于结束日期 to (from is after to)', { field: 'from' });
  if (filter.from) qb.andWhere('a.at >= :from', { from: startOfShanghaiDay(filter.from).toISOString() });
  if (filter.to) qb.andWhere('a.at < :to', { to: endOfShanghaiDay(filter.to).toISOString() });
  const [nodes, total] = await qb.orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC').take(limit).skip(offset).getManyAndCount();
  return { total, nodes };
}
