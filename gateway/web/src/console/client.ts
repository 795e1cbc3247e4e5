/** The console's GraphQL client: urql against the gateway, with the tab's token on every request. */
import { Client, cacheExchange, fetchExchange, mapExchange } from '@urql/vue';
import { clockedFetch } from '../shared/server-clock';
import { currentToken } from '../shared/session';
import { errorCode, errorMessage } from './errors';
import { leave } from './session-state';

export function createGraphClient(): Client {
  return new Client({
    url: '/graphql',
    // POST only: the gateway refuses simple GET requests (CSRF prevention), and queries carry personal data.
    preferGetMethod: false,
    // Each answer's Date header sets the server clock the dashboard judges ages by.
    fetch: clockedFetch,
    exchanges: [
      cacheExchange,
      // A token the graph refuses (expired, malformed, revoked) sends the clerk back to sign in, saying why.
      mapExchange({
        onError(error) {
          if (errorCode(error) !== 'UNAUTHENTICATED') return;
          leave(errorMessage(error));
          window.location.hash = '#/sign-in';
        },
      }),
      fetchExchange,
    ],
    // Clerks work on live cases: show what is cached, then what the graph says now.
    requestPolicy: 'cache-and-network',
    fetchOptions: (): RequestInit => {
      const token = currentToken();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
  });
}
