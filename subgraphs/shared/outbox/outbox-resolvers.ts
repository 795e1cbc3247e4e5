import type { Principal } from '../auth/principal';
import { requireRole } from '../auth/guards';
import type { Forwarder } from './forwarder';
import type { OutboxRecord } from './outbox-record';

interface OutboxContext {
  who: Principal | null;
  services: { outbox: Forwarder<OutboxRecord> };
}

/**
 * An administrator's view of one tier's outbox towards the other — how much waits, and which
 * messages the receiver refused (parked, each holding back its own subject) — and the retry once
 * the cause is fixed. Each tier names the fields after itself (`countyOutbox`, `townshipOutbox`).
 */
export function outboxResolvers(tier: 'county' | 'township') {
  return {
    Query: {
      [`${tier}Outbox`]: async (_: unknown, a: { limit?: number }, ctx: OutboxContext) => {
        requireRole(ctx.who, 'COUNTY_ADMIN');
        const s = await ctx.services.outbox.queueStatus(Math.min(Math.max(a.limit ?? 50, 1), 200));
        return {
          pending: s.pending,
          parked: s.parked,
          parkedMessages: s.parkedMessages.map((m) => ({ ...m, parkedAt: m.parkedAt.toISOString(), nextAttemptAt: m.nextAttemptAt.toISOString() })),
        };
      },
    },
    Mutation: {
      [`retry${tier === 'county' ? 'County' : 'Township'}Outbox`]: (_: unknown, __: unknown, ctx: OutboxContext) => {
        requireRole(ctx.who, 'COUNTY_ADMIN');
        return ctx.services.outbox.retryParked();
      },
    },
  };
}
