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
  maxTokens: { n: 4000 },
  maxDirectives: { n: 50 },
  blockFieldSuggestion: { enabled: true },
};
