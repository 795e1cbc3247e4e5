import type { GraphQLFormattedError } from 'graphql';

const UNREACHABLE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|socket hang up|request to \S+ failed/;

/** Whether a subgraph call failed because the subgraph could not be reached (not because it refused). */
export function isUnreachable(e: unknown): boolean {
  const status = (e as { extensions?: { response?: { status?: number } } }).extensions?.response?.status;
  return UNREACHABLE.test(e instanceof Error ? e.message : String(e)) || status === 502 || status === 503 || status === 504;
}

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
