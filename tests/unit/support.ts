/** Helpers shared by the domain rule tests (not a test file itself). */
import { DomainError, DomainErrorCode } from '../../subgraphs/shared/domain/errors';

/** An instant given as Beijing wall time, e.g. bj('2026-09-29 23:30'). */
export function bj(wallTime: string): Date {
  const [date, time = '00:00'] = wallTime.split(' ');
  const withSeconds = time.length === 5 ? `${time}:00` : time;
  return new Date(`${date}T${withSeconds}+08:00`);
}

/** Runs fn and returns the DomainError it throws; fails the test when it throws nothing or something else. */
export function domainErrorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw new Error(`expected a DomainError, got ${String(e)}`);
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

export function expectDomainError(fn: () => unknown, code: DomainErrorCode): DomainError {
  const err = domainErrorOf(fn);
  expect(err.code).toBe(code);
  return err;
}

/** Freezes an object and everything inside it, so any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    Object.values(value as Record<string, unknown>).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
