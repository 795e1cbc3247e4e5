/**
 * Errors raised by the pure domain rules. The API layer maps `code` onto the GraphQL
 * `extensions.code`, so codes are stable and messages are written for a clerk.
 */
export type DomainErrorCode =
  | 'BAD_USER_INPUT'
  | 'ILLEGAL_TRANSITION'
  | 'REASON_REQUIRED'
  | 'MATERIALS_REQUIRED'
  | 'INVALID_ID_NUMBER'
  | 'INVALID_CREDIT_CODE'
  | 'INVALID_DEADLINE'
  | 'TEXT_TOO_LONG'
  | 'ALREADY_EXTENDED';

export class DomainError extends Error {
  constructor(
    public readonly code: DomainErrorCode,
    message: string,
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
