import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { isDomainError } from '../domain/errors';
import { chineseFirst } from './error-labels';

/**
 * Domain rule violations keep their stable code; anything unexpected is logged and reported
 * as INTERNAL_SERVER_ERROR without internals (no stack traces, no SQL) in production.
 * Refusals (a coded error: DUPLICATE, FORBIDDEN…) are the answer, not a fault: logged at info
 * with their outcome where they are decided (`logRefusals`; the gateway only passes them on).
 */
export function makeFormatError(log: Logger, production: boolean, o: { logRefusals?: boolean } = {}) {
  const logRefusals = o.logRefusals ?? true;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = isDomainError(original) ? original.code : formatted.extensions?.code;
    if (logRefusals && typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') log.info({ outcome: code, path: formatted.path }, `request refused: ${code}`);
    if (isDomainError(original)) {
      return {
        message: chineseFirst(original.code, original.message),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, ...(original.details ? { details: original.details } : {}) },
      };
    }
    if (original instanceof GraphQLError || (code && code !== 'INTERNAL_SERVER_ERROR')) {
      if (!production) return { ...formatted, message: chineseFirst(code, formatted.message) };
      const { stacktrace: _s, ...ext } = (formatted.extensions ?? {}) as Record<string, unknown>;
      return { ...formatted, message: chineseFirst(code, withoutSuggestions(formatted.message)), extensions: ext };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error in resolver');
    return {
      message: production ? 'Internal error; it has been logged (系统内部错误)' : formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: production ? { code: 'INTERNAL_SERVER_ERROR' } : { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** graphql-js names fields, types and arguments that do exist ("Did you mean …?"): in production that maps the schema for a stranger. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?\s*$/, '');
}
