import type { ApolloServerPlugin } from '@apollo/server';
import type { FragmentDefinitionNode, SelectionSetNode } from 'graphql';
import { fieldsOf, fragmentsOf } from './root-fields';
import { rateLimitedError } from './rate-limited';
import type { Logger } from 'pino';
import type { Principal } from '../subgraphs/shared/auth/principal';
import { TokenBuckets } from './token-buckets';

/** Mutations the public may call without a token; everything else it may call is read-only. */
export const PUBLIC_LIMITED_MUTATIONS: ReadonlySet<string> = new Set(['fileComplaint', 'submitReview', 'applyCountyItemOnline', 'applyTownshipItemOnline', 'applyDelegatedItemOnline']);

export interface RateLimitedContext {
  who: Principal | null;
  /** From `clientKey`: the client's address (an IPv6 client's /64). */
  clientKey?: string;
}

/**
 * How many limited mutation fields an operation selects at its root, through fragments too:
 * `a: fileComplaint(…) b: fileComplaint(…)` files two complaints and costs two tokens.
 */
export function limitedFieldCount(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): number {
  return fieldsOf(selectionSet, fragments).filter((f) => PUBLIC_LIMITED_MUTATIONS.has(f.name.value)).length;
}

/**
 * Limits the public's mutations per client at the gateway, before anything is planned or sent to
 * a subgraph. Staff (a verified token) are not limited. Each gateway copy counts on its own.
 */
export function publicMutationRateLimit(o: { perMinute: number; clock?: () => Date; log?: Logger }): ApolloServerPlugin<RateLimitedContext> {
  const buckets = new TokenBuckets({ perMinute: o.perMinute, now: () => (o.clock ? o.clock() : new Date()).getTime() });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation || operation.operation !== 'mutation' || contextValue.who) return;
          const cost = limitedFieldCount(operation.selectionSet, fragmentsOf(document));
          if (cost === 0) return;
          const key = contextValue.clientKey ?? 'unknown';
          const taken = cost <= o.perMinute ? buckets.take(key, cost) : { allowed: false, retryAfterSeconds: 60 };
          if (taken.allowed) return;
          o.log?.warn({ client: key, cost }, 'public mutation refused: rate limit');
          throw rateLimitedError(
            `Too many submissions from your network; at most ${o.perMinute} a minute, try again in ${taken.retryAfterSeconds} s ` +
              `(提交过于频繁，每分钟最多${o.perMinute}次，请${taken.retryAfterSeconds}秒后再试)`,
            taken.retryAfterSeconds,
          );
        },
      };
    },
  };
}
