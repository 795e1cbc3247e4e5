import type { Principal } from '../auth/principal';
import { requireRole } from '../auth/guards';
import type { Resolver, ResolversTypes } from '../graphql/generated/common-resolver-types';
import type { Forwarder } from './forwarder';
import type { OutboxRecord } from './outbox-record';

interface OutboxContext {
  who: Principal | null;
  services: { outbox: Forwarder<OutboxRecord> };
}

/**
 * An administrator's view of one tier's outbox towards the other — how much waits, and which
 * messages the receiver refused (parked, each holding back its own subject) — and the retry once
 * the cause is fixed. Each tier names the fields after itself (`countyOutbox`, `townshipOutbox`;
 * `retryCountyOutbox`, `retryTownshipOutbox`).
 */
export const outboxStatus: Resolver<ResolversTypes['OutboxStatus'], unknown, OutboxContext, { limit?: number | null }> = async (_, a, ctx) => {
  requireRole(ctx.who, 'COUNTY_ADMIN');
  const s = await ctx.services.outbox.queueStatus(Math.min(Math.max(a.limit ?? 50, 1), 200));
  return {
    pending: s.pending,
    parked: s.parked,
    parkedMessages: s.parkedMessages.map((m) => ({ ...m, parkedAt: m.parkedAt.toISOString(), nextAttemptAt: m.nextAttemptAt.toISOString() })),
  };
};

export const retryParkedOutbox: Resolver<ResolversTypes['Int'], unknown, OutboxContext> = (_, __, ctx) => {
  requireRole(ctx.who, 'COUNTY_ADMIN');
  return ctx.services.outbox.retryParked();
};
