import {
  formatCaseNumber,
  generateQueryCode,
  isQueryCode,
  isUnitCode,
  normalizeQueryCode,
  parseCaseNumber,
  QUERY_CODE_ALPHABET,
} from '../../subgraphs/shared/domain/case-number';
import { expectDomainError } from './support';

describe('formatCaseNumber', () => {
  it('writes <unit code>-<yyyymmdd>-<seq padded to 4>', () => {
    expect(formatCaseNumber('XZSP01', '2026-09-29', 7)).toBe('XZSP01-20260929-0007');
    expect(formatCaseNumber('TS03', '2027-01-04', 1)).toBe('TS03-20270104-0001');
    expect(formatCaseNumber('AB', '2026-12-31', 9999)).toBe('AB-20261231-9999');
  });

  it('lets a busy day run past 9999 without truncating', () => {
    expect(formatCaseNumber('XZSP01', '2026-09-29', 12345)).toBe('XZSP01-20260929-12345');
    expect(formatCaseNumber('XZSP01', '2026-09-29', 999999)).toBe('XZSP01-20260929-999999');
  });

  it.each(['A', 'xz01', 'XZ-01', 'XZ 01', 'ABCDEFGHIJKLMNOPQRSTU', '', '县中心'])('refuses unit code %j', (unit) => {
    expectDomainError(() => formatCaseNumber(unit, '2026-09-29', 1), 'BAD_USER_INPUT');
  });

  it('accepts unit codes of 2 to 20 capitals or digits', () => {
    expect(isUnitCode('AB')).toBe(true);
    expect(isUnitCode('ABCDEFGHIJKLMNOPQRST')).toBe(true);
    expect(isUnitCode('331022001')).toBe(true);
  });

  it.each(['2026-02-30', '20260929', '2026-9-29'])('refuses date %j', (date) => {
    expectDomainError(() => formatCaseNumber('XZSP01', date, 1), 'BAD_USER_INPUT');
  });

  it.each([0, -1, 1.5, 1_000_000, Number.NaN])('refuses sequence %d', (seq) => {
    expectDomainError(() => formatCaseNumber('XZSP01', '2026-09-29', seq), 'BAD_USER_INPUT');
  });
});

describe('parseCaseNumber', () => {
  it('reads back what formatCaseNumber writes', () => {
    for (const [unit, date, seq] of [
      ['XZSP01', '2026-09-29', 7],
      ['TS03', '2024-02-29', 9999],
      ['AB', '2026-01-01', 123456],
    ] as const) {
      expect(parseCaseNumber(formatCaseNumber(unit, date, seq))).toEqual({ unitCode: unit, date, seq });
    }
  });

  it.each([
    'XZSP01-20260230-0001', // no such date
    'XZSP01-20260929-0000', // sequence starts at 1
    'XZSP01-20260929-007', // too little padding
    'XZSP01-20260929-00007', // too much padding
    'XZSP01-20260929-1234567',
    'xzsp01-20260929-0007',
    'XZSP01-2026-09-29-0007',
    'XZSP01_20260929_0007',
    ' XZSP01-20260929-0007',
    'XZSP01-20260929',
    '',
  ])('refuses %j', (s) => expect(parseCaseNumber(s)).toBeNull());

  it('refuses non-strings', () => {
    expect(parseCaseNumber(null as unknown as string)).toBeNull();
  });
});

describe('query codes', () => {
  it('use an alphabet without look-alikes 0, O, 1, I, L', () => {
    for (const ch of '0O1IL') expect(QUERY_CODE_ALPHABET).not.toContain(ch);
    expect(new Set(QUERY_CODE_ALPHABET).size).toBe(QUERY_CODE_ALPHABET.length);
    expect(QUERY_CODE_ALPHABET).toMatch(/^[2-9A-Z]+$/);
  });

  it('are 6 characters from that alphabet', () => {
    for (let i = 0; i < 500; i += 1) {
      const code = generateQueryCode();
      expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
      expect(isQueryCode(code)).toBe(true);
    }
  });

  it('use every character of the alphabet and rarely repeat', () => {
    const codes = Array.from({ length: 2000 }, generateQueryCode);
    expect(new Set(codes.join('')).size).toBe(QUERY_CODE_ALPHABET.length);
    // 31^6 ≈ 8.9e8 codes: 2000 draws collide with probability about 0.2%.
    expect(new Set(codes).size).toBeGreaterThanOrEqual(1998);
  });

  it.each(['ABC12O', 'abcdef', 'ABCDE', 'ABCDEFG', 'ABCD-F', 'ABCDEL', ''])('isQueryCode refuses %j', (s) =>
    expect(isQueryCode(s)).toBe(false),
  );

  it('normalises what an applicant types', () => {
    expect(normalizeQueryCode(' k7m 9qx ')).toBe('K7M9QX');
    expect(isQueryCode(normalizeQueryCode('k7m9qx'))).toBe(true);
  });
});
