import { formatPerMille, perMilleHalfUp, rate } from '../../subgraphs/shared/domain/rate';

describe('exact rates (SPEC §4.6)', () => {
  test('the SPEC example: 1240/1300 is 95.4%', () => {
    expect(rate(1240, 1300)).toEqual({ numerator: 1240, denominator: 1300, value: 1240 / 1300, percent: '95.4%' });
  });

  test('a zero denominator gives null, not 0%', () => {
    expect(rate(0, 0)).toBeNull();
  });

  test.each([
    [1, 80, '1.3%'], // 1.25% exactly: half-up, where binary floating point would give 1.2%
    [1, 8, '12.5%'],
    [1, 16, '6.3%'], // 6.25%
    [1, 160, '0.6%'], // 0.625%: the next digit is 2, so down
    [1, 3, '33.3%'],
    [2, 3, '66.7%'],
    [0, 7, '0.0%'],
    [7, 7, '100.0%'],
    [999_999, 1_000_000, '100.0%'], // 99.9999% rounds up to 100.0%
    [9_994, 10_000, '99.9%'],
    [9_995, 10_000, '100.0%'],
  ])('%i/%i displays as %s', (n, d, shown) => {
    expect(rate(n, d)!.percent).toBe(shown);
  });

  test('per-mille arithmetic stays exact for large counts', () => {
    expect(perMilleHalfUp(123_456_789, 987_654_321)).toBe(125);
    expect(formatPerMille(954)).toBe('95.4%');
    expect(formatPerMille(5)).toBe('0.5%');
  });

  test.each([
    [-1, 5],
    [1.5, 5],
    [1, -5],
    [Number.NaN, 5],
  ])('refuses counts that are not whole numbers of 0 or more (%p/%p)', (n, d) => {
    expect(() => rate(n, d)).toThrow(/whole number/);
  });
});
