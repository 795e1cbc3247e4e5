import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FieldNode, type FragmentDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import type { RateLimitedContext } from './rate-limit';
import { rateLimitedError } from './rate-limited';
import { fieldsOf, fragmentsOf, responseKey } from './root-fields';
import { TokenBuckets } from './token-buckets';
import { TrackingGuard } from './tracking-guard';

/** One look-up field of an operation: where its answer goes, which number, which tiers' parts it asks for. */
interface Lookup {
  key: string;
  field: string;
  number: string;
  parts: string[];
}

/** The public look-ups by number and a guessable code: a case (`trackCase`) and a complaint (`trackComplaint`). */
const LOOKUP_FIELDS = new Set(['trackCase', 'trackComplaint']);

const TIER_PARTS = new Set(['county', 'township']);

function numberArgument(f: FieldNode, variables: Record<string, unknown> | undefined): string {
  const v = f.arguments?.find((a) => a.name.value === 'number')?.value;
  const raw = v?.kind === Kind.STRING ? v.value : v?.kind === Kind.VARIABLE ? variables?.[v.name.value] : undefined;
  // As the subgraphs read it, so `abc` and ` ABC` are one number.
  return typeof raw === 'string' ? raw.trim().toUpperCase() : '';
}

function lookupsOf(fields: FieldNode[], fragments: Record<string, FragmentDefinitionNode>, variables: Record<string, unknown> | undefined): Lookup[] {
  return fields.map((f) => ({
    key: responseKey(f),
    field: f.name.value,
    // Complaint and case numbers are locked apart, so a wrong complaint code never locks a case.
    number: f.name.value === 'trackComplaint' ? `complaint:${numberArgument(f, variables)}` : numberArgument(f, variables),
    parts: f.selectionSet ? fieldsOf(f.selectionSet, fragments).filter((p) => TIER_PARTS.has(p.name.value)).map(responseKey) : [],
  }));
}

/**
 * Public tracking is a guess at a 6-character code, so the gateway limits it twice. Each
 * `trackCase` or `trackComplaint` field (every alias, every operation of a batch) takes a token
 * from the client's bucket before anything runs; both share the bucket. After the answer, a case
 * lookup whose tier parts all came back empty, or a complaint lookup answered null (no error), was
 * a wrong code: the guard counts it against the number and locks the number for the guessers.
 * Each gateway copy counts on its own.
 */
export function publicTrackingLimit(o: { perMinute: number; maxWrong: number; lockMinutes: number; clock?: () => Date; log?: Logger }): ApolloServerPlugin<RateLimitedContext> {
  const now = () => (o.clock ? o.clock() : new Date()).getTime();
  const buckets = new TokenBuckets({ perMinute: o.perMinute, now });
  const guard = new TrackingGuard({ maxWrong: o.maxWrong, lockMs: o.lockMinutes * 60_000, now });
  return {
    async requestDidStart() {
      let lookups: Lookup[] = [];
      return {
        async didResolveOperation({ operation, document, contextValue, request }) {
          if (!operation || operation.operation !== 'query') return;
          const fragments = fragmentsOf(document);
          const fields = fieldsOf(operation.selectionSet, fragments).filter((f) => LOOKUP_FIELDS.has(f.name.value));
          if (fields.length === 0) return;
          const client = contextValue.clientKey ?? 'unknown';
          const taken = buckets.take(client, fields.length);
          if (!taken.allowed) {
            o.log?.warn({ client, lookups: fields.length }, 'public tracking refused: rate limit');
            throw rateLimitedError(
              `Too many look-ups from your network; at most ${o.perMinute} a minute, try again in ${taken.retryAfterSeconds} s ` +
                `(查询过于频繁，每分钟最多${o.perMinute}次，请${taken.retryAfterSeconds}秒后再试)`,
              taken.retryAfterSeconds,
            );
          }
          lookups = lookupsOf(fields, fragments, request.variables);
          for (const l of lookups) {
            const verdict = guard.check(l.number, client);
            if (!verdict.refused) continue;
            o.log?.warn({ client, number: l.number }, 'public tracking refused: too many wrong query codes');
            throw rateLimitedError(
              `Too many wrong query codes for this case number; try again in ${Math.ceil(verdict.retryAfterSeconds / 60)} min ` +
                `(查询码错误次数过多，请${Math.ceil(verdict.retryAfterSeconds / 60)}分钟后再试)`,
              verdict.retryAfterSeconds,
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (lookups.length === 0 || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          for (const l of lookups) {
            const answer = data?.[l.key] as Record<string, unknown> | null | undefined;
            // An error at its path (bad input, a service down): nothing learnt about the code.
            if (errors?.some((e) => e.path?.[0] === l.key)) continue;
            if (l.field === 'trackComplaint') {
              if (data && l.key in data && answer === null) guard.wrong(l.number, contextValue.clientKey ?? 'unknown');
              continue;
            }
            // No answer or no part asked for: nothing learnt about the code.
            if (!answer || l.parts.length === 0) continue;
            if (l.parts.every((p) => answer[p] == null)) guard.wrong(l.number, contextValue.clientKey ?? 'unknown');
          }
        },
      };
    },
  };
}
