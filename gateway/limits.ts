import type { ApolloArmor } from '@escape.tech/graphql-armor';

type GraphQLArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

/**
 * Query limits enforced at validation, before any subgraph is called. They leave room for the
 * dashboard's one-query reads and refuse abusive shapes.
 */
export const QUERY_LIMITS: GraphQLArmorConfig = {
  maxDepth: { n: 10 },
  // __typename aliases count too: graphql-armor allows them by default, so 1,000 of them would pass.
  maxAliases: { n: 30, allowList: [] },
  costLimit: { maxCost: 20000 },
  // Counted by the parser instead (MAX_TOKENS): armor's own count fails as an HTTP 500.
  maxTokens: { enabled: false },
  maxDirectives: { n: 50 },
  blockFieldSuggestion: { enabled: true },
};

/** Tokens a document may have; beyond it the parser refuses it as GRAPHQL_PARSE_FAILED (HTTP 400). */
export const MAX_TOKENS = 4000;
