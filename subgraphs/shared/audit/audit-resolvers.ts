import type { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { readAuditLog, type AuditLogFilter } from './audit-log';
import type { AuditLogRow } from './audit-entity';

interface AuditContext {
  who: Principal | null;
  services: { cases: { tier: { dataSource: DataSource } } };
}

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

/**
 * The audit log of one tier (`countyAuditLog`, `townshipAuditLog`): read-only, for the center's
 * administrators and the efficiency office. There is deliberately no mutation on it.
 */
export function auditLogResolvers(tier: 'county' | 'township') {
  return {
    Query: {
      [`${tier}AuditLog`]: (_: unknown, a: { filter?: AuditLogFilter | null; limit?: number; offset?: number }, ctx: AuditContext) =>
        readAuditLog(ctx.services.cases.tier.dataSource, ctx.who, a.filter ?? {}, a.limit ?? 50, a.offset ?? 0),
    },
    AuditEntry: {
      at: (e: AuditLogRow) => e.at.toISOString(),
    },
    AuditFieldChange: {
      before: (c: { before: unknown }) => json(c.before),
      after: (c: { after: unknown }) => json(c.after),
    },
  };
}
