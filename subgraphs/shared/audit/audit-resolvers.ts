import type { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import type { Resolver, Resolvers, ResolversTypes } from '../graphql/generated/common-resolver-types';
import { readAuditLog, type AuditLogFilter } from './audit-log';

interface AuditContext {
  who: Principal | null;
  services: { cases: { tier: { dataSource: DataSource } } };
}

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

/**
 * The audit log of one tier: read-only, for the center's administrators and the efficiency office.
 * There is deliberately no mutation on it. Each tier names the field after itself
 * (`countyAuditLog`, `townshipAuditLog`).
 */
export const auditLog: Resolver<ResolversTypes['AuditLogPage'], unknown, AuditContext, { filter?: AuditLogFilter | null; limit?: number | null; offset?: number | null }> = (
  _,
  a,
  ctx,
) => readAuditLog(ctx.services.cases.tier.dataSource, ctx.who, a.filter ?? {}, a.limit ?? 50, a.offset ?? 0);

/** An entry's instant and each change's values as JSON text. */
export const auditTypeResolvers: Resolvers<AuditContext> = {
  AuditEntry: {
    at: (e) => e.at.toISOString(),
  },
  AuditFieldChange: {
    before: (c) => json(c.before),
    after: (c) => json(c.after),
  },
};
