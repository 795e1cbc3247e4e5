import { checkItemDeadlines } from '../../subgraphs/shared/domain/item-rules';
import { expectDomainError } from './support';

describe('checkItemDeadlines', () => {
  it('accepts a promised item within half of its legal days without warnings', () => {
    expect(checkItemDeadlines({ kind: 'PROMISED', legalDays: 20, promisedDays: 10 })).toEqual({ warnings: [] });
    expect(checkItemDeadlines({ kind: 'PROMISED', legalDays: 20, promisedDays: 1 })).toEqual({ warnings: [] });
  });

  it('warns, in Chinese and English, when promised days exceed half the legal days', () => {
    expect(checkItemDeadlines({ kind: 'PROMISED', legalDays: 20, promisedDays: 15 })).toEqual({
      warnings: ['承诺时限超过法定时限的50% (promised 15 of 20 legal working days)'],
    });
    expect(checkItemDeadlines({ kind: 'PROMISED', legalDays: 20, promisedDays: 11 }).warnings).toHaveLength(1);
  });

  it('at exactly half there is no warning; for odd legal days the half is not a whole day', () => {
    expect(checkItemDeadlines({ kind: 'PROMISED', legalDays: 7, promisedDays: 3 }).warnings).toEqual([]);
    expect(checkItemDeadlines({ kind: 'PROMISED', legalDays: 7, promisedDays: 4 }).warnings).toHaveLength(1);
  });

  it('allows promised = legal, with the warning', () => {
    expect(checkItemDeadlines({ kind: 'PROMISED', legalDays: 20, promisedDays: 20 }).warnings).toHaveLength(1);
  });

  it('refuses promised days above legal days as INVALID_DEADLINE', () => {
    const err = expectDomainError(() => checkItemDeadlines({ kind: 'PROMISED', legalDays: 20, promisedDays: 21 }), 'INVALID_DEADLINE');
    expect(err.message).toContain('承诺时限不得超过法定时限');
    expect(err.details).toEqual({ legalDays: 20, promisedDays: 21 });
  });

  it('takes the county share as a setting', () => {
    expect(checkItemDeadlines({ kind: 'PROMISED', legalDays: 20, promisedDays: 8, maxPromisedShare: 0.4 }).warnings).toEqual([]);
    expect(checkItemDeadlines({ kind: 'PROMISED', legalDays: 20, promisedDays: 9, maxPromisedShare: 0.4 }).warnings).toEqual([
      '承诺时限超过法定时限的40% (promised 9 of 20 legal working days)',
    ]);
    expect(checkItemDeadlines({ kind: 'PROMISED', legalDays: 30, promisedDays: 11, maxPromisedShare: 1 / 3 }).warnings).toEqual([
      '承诺时限超过法定时限的33.3% (promised 11 of 30 legal working days)',
    ]);
  });

  it('requires immediate items to promise 0 days', () => {
    expect(checkItemDeadlines({ kind: 'IMMEDIATE', legalDays: 0, promisedDays: 0 })).toEqual({ warnings: [] });
    expect(checkItemDeadlines({ kind: 'IMMEDIATE', legalDays: 20, promisedDays: 0 })).toEqual({ warnings: [] });
    const err = expectDomainError(() => checkItemDeadlines({ kind: 'IMMEDIATE', legalDays: 20, promisedDays: 1 }), 'INVALID_DEADLINE');
    expect(err.message).toContain('即办件');
  });

  it.each([
    ['negative legal days', { legalDays: -1, promisedDays: 0 }],
    ['negative promised days', { legalDays: 10, promisedDays: -1 }],
    ['fractional days', { legalDays: 10, promisedDays: 2.5 }],
    ['NaN', { legalDays: Number.NaN, promisedDays: 1 }],
    ['text', { legalDays: '20' as unknown as number, promisedDays: 1 }],
    ['absurd legal days', { legalDays: 100_000, promisedDays: 1 }],
  ])('refuses %s as BAD_USER_INPUT', (_label, days) => {
    expectDomainError(() => checkItemDeadlines({ kind: 'PROMISED', ...days }), 'BAD_USER_INPUT');
  });

  it('refuses an unknown kind and a share outside 0..1', () => {
    expectDomainError(() => checkItemDeadlines({ kind: 'SOON' as never, legalDays: 1, promisedDays: 0 }), 'BAD_USER_INPUT');
    expectDomainError(
      () => checkItemDeadlines({ kind: 'PROMISED', legalDays: 20, promisedDays: 5, maxPromisedShare: 1.5 }),
      'BAD_USER_INPUT',
    );
  });
});
