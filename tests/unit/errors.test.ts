import { DomainError, isDomainError } from '../../subgraphs/shared/domain/errors';

describe('DomainError', () => {
  it('is an Error carrying a stable code, the message and optional details', () => {
    const err = new DomainError('REASON_REQUIRED', 'A reason is required', { action: 'reject' });
    expect(err).toBeInstanceOf(Error);
    expect(err).toBeInstanceOf(DomainError);
    expect(err.name).toBe('DomainError');
    expect(err.code).toBe('REASON_REQUIRED');
    expect(err.message).toBe('A reason is required');
    expect(err.details).toEqual({ action: 'reject' });
    expect(err.stack).toContain('DomainError');
  });

  it('has no details unless given', () => {
    expect(new DomainError('BAD_USER_INPUT', 'x').details).toBeUndefined();
  });

  it('is told apart from other errors', () => {
    expect(isDomainError(new DomainError('TEXT_TOO_LONG', 'x'))).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(isDomainError({ code: 'BAD_USER_INPUT', message: 'x' })).toBe(false);
  });
});
