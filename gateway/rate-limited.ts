import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** RATE_LIMITED as HTTP 429 with Retry-After, for every limit the gateway enforces. */
export function rateLimitedError(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}
