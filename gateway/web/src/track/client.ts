/**
 * The tracking page's GraphQL client: @urql/core without Vue, anonymous (no token: the public asks),
 * always asking the graph (a case's progress is live).
 */
import { Client, fetchExchange } from '@urql/core';

export const trackClient = new Client({
  url: '/graphql',
  // POST only: the gateway refuses simple GET requests (CSRF prevention).
  preferGetMethod: false,
  requestPolicy: 'network-only',
  exchanges: [fetchExchange],
});

