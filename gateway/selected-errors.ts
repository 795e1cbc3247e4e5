import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError, SelectionSetNode } from 'graphql';
import { fieldsOf, operationOf, responseName, type Fragments } from './selections';

/**
 * Whether the client's operation selects the field at `path` (list indices skipped). A query plan
 * asks subgraphs for fields the client never named (`@requires` inputs such as
 * `Statistics.county`'s figures for the township's `network`); their errors are the plan's business, not the client's.
 */
export function selectsPath(set: SelectionSetNode, fragments: Fragments, path: readonly (string | number)[]): boolean {
  let sets = [set];
  for (const step of path) {
    if (typeof step === 'number') continue;
    const fields = sets.flatMap((s) => fieldsOf(s, fragments)).filter((f) => responseName(f) === step);
    if (!fields.length) return false;
    sets = fields.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  }
  return true;
}

/**
 * Drops errors at fields the client did not select. What the client did select and may not see
 * is still refused at that field's own path (a forbidden `network` stays FORBIDDEN at `network`).
 */
export function selectedErrorsOnly(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, document, operationName }) {
          if (response.body.kind !== 'single' || !document) return;
          const result = response.body.singleResult;
          const { operation, fragments } = operationOf(document, operationName);
          if (!result.errors?.length || !operation) return;
          const kept = result.errors.filter((e: GraphQLFormattedError) => !e.path?.length || selectsPath(operation.selectionSet, fragments, e.path));
          if (kept.length) result.errors = kept;
          else delete result.errors;
        },
      };
    },
  };
}
