import type { GraphQLFormattedError } from 'graphql';

const UNREACHABLE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|socket hang up|request to \S+ failed/;

/**
 * A subgraph that cannot be reached is reported as SERVICE_UNAVAILABLE with a message a clerk
 * understands, without internal addresses; the rest of the answer still comes through.
 */
export function gatewayFormatError(inner: (f: GraphQLFormattedError, e: unknown) => GraphQLFormattedError) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (UNREACHABLE.test(formatted.message)) {
      return {
        message: 'Part of the network cannot be reached right now; the other parts of the answer are complete (部分服务暂不可用)',
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    return inner(formatted, error);
  };
}
