/** Small input checks shared by the rule modules (not part of the public API). */
import { DomainError } from './errors';

/** Refuses anything but a whole number in [min, max]; `what` names the field for the clerk. */
export function requireInteger(what: string, value: unknown, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `${what} must be a whole number from ${min} to ${max} (须为整数)`,
      { field: what, value },
    );
  }
  return value;
}

/** Refuses an Invalid Date, which would otherwise turn every comparison false. */
export function requireInstant(what: string, value: unknown): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new DomainError('BAD_USER_INPUT', `${what} must be a valid point in time`, { field: what });
  }
  return value;
}
