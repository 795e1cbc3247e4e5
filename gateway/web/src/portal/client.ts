/**
 * The portal's GraphQL client: urql against the gateway as the public (no token). Guides change
 * rarely: a visit reads the catalog once and keeps it (cache-first).
 */
import { Client, cacheExchange, fetchExchange } from '@urql/vue';

export function createPortalClient(): Client {
  return new Client({
    url: '/graphql',
    // POST only: the gateway refuses simple GET requests (CSRF prevention).
    preferGetMethod: false,
    exchanges: [cacheExchange, fetchExchange],
    requestPolicy: 'cache-first',
  });
}
