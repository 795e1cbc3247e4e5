import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Logger } from 'pino';
import type { Principal } from '../subgraphs/shared/auth/principal';
import { TokenBuckets } from './token-buckets';

/** Mutations the public may call without a token; everything else it may call is read-only. */
export const PUBLIC_LIMITED_MUTATIONS: ReadonlySet<string> = new Set(['fileComplaint', 'submitReview']);

export interface RateLimitedContext {
  who: Principal | null;
  /** From `clientKey`: the client's address (an IPv6 client's /64). */
  clientKey?: string;
}

/**
 * How many limited mutation fields an operation selects at its root, through fragments too:
 * `a: fileComplaint(…) b: fileComplaint(…)` files two complaints and costs two tokens.
 */
export function limitedFieldCount(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  let n = 0;
  for (const s of selectionSet.selections) {
    if (s.kind === Kind.FIELD) n += PUBLIC_LIMITED_MUTATIONS.has(s.name.value) ? 1 : 0;
    else if (s.kind === Kind.INLINE_FRAGMENT) n += limitedFieldCount(s.selectionSet, fragments, seen);
    else if (!seen.has(s.name.value) && fragments[s.name.value]) {
      seen.add(s.name.value);
      n += limitedFieldCount(fragments[s.name.value].selectionSet, fragments, seen);
    }
  }
  return n;
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
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const cost = limitedFieldCount(operation.selectionSet, fragments);
          if (cost === 0) return;
          const key = contextValue.clientKey ?? 'unknown';
          const taken = cost <= o.perMinute ? buckets.take(key, cost) : { allowed: false, retryAfterSeconds: 60 };
          if (taken.allowed) return;
          o.log?.warn({ client: key, cost }, 'public mutation refused: rate limit');
          throw new GraphQLError(
            `Too many submissions from your network; at most ${o.perMinute} a minute, try again in ${taken.retryAfterSeconds} s ` +
              `(提交过于频繁，每分钟最多${o.perMinute}次，请${taken.retryAfterSeconds}秒后再试)`,
            {
              extensions: {
                code: 'RATE_LIMITED',
                retryAfterSeconds: taken.retryAfterSeconds,
                http: { status: 429, headers: new HeaderMap([['retry-after', String(taken.retryAfterSeconds)]]) },
              },
            },
          );
        },
      };
    },
  };
}
