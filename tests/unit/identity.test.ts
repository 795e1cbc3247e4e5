import {
  assertValidApplicantId,
  isValidCreditCode,
  isValidMobile,
  isValidResidentId,
  normalizeApplicantId,
  organizationCodeCheckChar,
} from '../../subgraphs/shared/domain/identity';
import { expectDomainError } from './support';

// Independent reference implementations of the two check characters, written from the standards.
function gb11643Check(first17: string): string {
  const sum = [...first17].reduce((acc, ch, i) => acc + Number(ch) * (2 ** (17 - i) % 11), 0);
  return '10X98765432'.charAt(sum % 11);
}
const GB32100 = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function gb32100Check(first17: string): string {
  const sum = [...first17].reduce((acc, ch, i) => acc + GB32100.indexOf(ch) * (3 ** i % 31), 0);
  return GB32100.charAt((31 - (sum % 31)) % 31);
}
const withCheck = (first17: string) => first17 + gb11643Check(first17);
const withCreditCheck = (first17: string) => first17 + gb32100Check(first17);

const TODAY = '2026-11-21';

describe('reference helpers', () => {
  it('reproduce the published samples', () => {
    expect(gb11643Check('11010519491231002')).toBe('X');
    expect(gb32100Check('91350100M000100Y4')).toBe('3');
  });
});

describe('isValidResidentId (GB 11643-1999)', () => {
  const valid = [
    '11010519491231002X', // the standard's own example
    withCheck('44030019900101123'),
    withCheck('31011520000229001'), // born on a leap day
    withCheck('65010219790815456'),
    withCheck('21020320261121888'), // born today
  ];

  it.each(valid)('accepts %s', (id) => expect(isValidResidentId(id, TODAY)).toBe(true));

  it('covers every possible check character among generated numbers', () => {
    const seen = new Set<string>();
    for (let seq = 100; seq < 400 && seen.size < 11; seq += 1) {
      const id = withCheck(`51010719850614${seq}`);
      expect(isValidResidentId(id, TODAY)).toBe(true);
      seen.add(id[17]);
    }
    expect([...seen].sort().join('')).toBe('0123456789X');
  });

  it.each(valid)('refuses every single-character corruption of %s', (id) => {
    for (let i = 0; i < 18; i += 1) {
      const alphabet = i === 17 ? '0123456789X' : '0123456789';
      for (const ch of alphabet) {
        if (ch === id[i]) continue;
        const corrupted = id.slice(0, i) + ch + id.slice(i + 1);
        expect({ corrupted, ok: isValidResidentId(corrupted, TODAY) }).toEqual({ corrupted, ok: false });
      }
    }
  });

  it('refuses swapping two neighbouring different digits', () => {
    const id = withCheck('44030019900101123');
    for (let i = 0; i < 16; i += 1) {
      if (id[i] === id[i + 1]) continue;
      const swapped = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
      expect(isValidResidentId(swapped, TODAY)).toBe(false);
    }
  });

  it('refuses an impossible birth date even with a correct check character', () => {
    expect(isValidResidentId(withCheck('44030019900230123'), TODAY)).toBe(false); // 30 Feb
    expect(isValidResidentId(withCheck('44030019901301123'), TODAY)).toBe(false); // month 13
    expect(isValidResidentId(withCheck('44030019000229123'), TODAY)).toBe(false); // 1900 was not a leap year
    expect(isValidResidentId(withCheck('44030018991231123'), TODAY)).toBe(false); // before 1900
  });

  it('refuses a birth date in the future', () => {
    const tomorrow = withCheck('21020320261122888');
    expect(isValidResidentId(tomorrow, TODAY)).toBe(false);
    expect(isValidResidentId(tomorrow, '2026-11-22')).toBe(true);
    expect(isValidResidentId(withCheck('44030020990101123'))).toBe(false); // against the real clock
  });

  it.each([
    ['lower-case x', '11010519491231002x'],
    ['17 characters', '11010519491231002'],
    ['19 characters', '11010519491231002X1'],
    ['a letter inside', '1101051949123100AX'],
    ['spaces', '110105 19491231002X'],
    ['empty', ''],
  ])('refuses %s', (_label, id) => expect(isValidResidentId(id, TODAY)).toBe(false));

  it('refuses non-strings without throwing', () => {
    expect(isValidResidentId(null as unknown as string)).toBe(false);
    expect(isValidResidentId(110105194912310026 as unknown as string)).toBe(false);
  });
});

describe('isValidCreditCode (GB 32100-2015)', () => {
  const valid = [
    '91350100M000100Y43', // published sample
    withCreditCheck('91110108MA01ABCDE'),
    withCreditCheck('12330100470000001'),
    withCreditCheck('52440300MJL000011'),
    withCreditCheck('Y1320500MA1RTUWX2'),
  ];

  it.each(valid)('accepts %s', (code) => expect(isValidCreditCode(code)).toBe(true));

  it.each(valid)('refuses every single-character corruption of %s', (code) => {
    for (let i = 0; i < 18; i += 1) {
      for (const ch of GB32100) {
        if (ch === code[i]) continue;
        const corrupted = code.slice(0, i) + ch + code.slice(i + 1);
        expect({ corrupted, ok: isValidCreditCode(corrupted) }).toEqual({ corrupted, ok: false });
      }
    }
  });

  it('refuses letters the standard leaves out (I, O, S, V, Z) and lower case', () => {
    for (const bad of ['I', 'O', 'S', 'V', 'Z', 'a']) {
      expect(isValidCreditCode(`91350100${bad}000100Y43`)).toBe(false);
    }
    expect(isValidCreditCode('91350100m000100y43')).toBe(false);
  });

  it('refuses the wrong length and non-strings', () => {
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y433')).toBe(false);
    expect(isValidCreditCode(undefined as unknown as string)).toBe(false);
  });
});

describe('assertValidApplicantId', () => {
  it('passes valid identifiers', () => {
    expect(() => assertValidApplicantId('RESIDENT_ID', '11010519491231002X')).not.toThrow();
    expect(() => assertValidApplicantId('CREDIT_CODE', '91350100M000100Y43')).not.toThrow();
  });

  it('throws INVALID_ID_NUMBER without repeating the number', () => {
    const err = expectDomainError(() => assertValidApplicantId('RESIDENT_ID', '110105194912310021'), 'INVALID_ID_NUMBER');
    expect(err.message).toContain('身份证');
    expect(JSON.stringify(err.details) + err.message).not.toContain('110105194912310021');
  });

  it('throws INVALID_CREDIT_CODE without repeating the code', () => {
    const err = expectDomainError(() => assertValidApplicantId('CREDIT_CODE', '91350100M000100Y44'), 'INVALID_CREDIT_CODE');
    expect(err.message).toContain('统一社会信用代码');
    expect(JSON.stringify(err.details) + err.message).not.toContain('91350100M000100Y44');
  });

  it('does not accept one kind of identifier as the other', () => {
    expectDomainError(() => assertValidApplicantId('RESIDENT_ID', '91350100M000100Y43'), 'INVALID_ID_NUMBER');
    expectDomainError(() => assertValidApplicantId('CREDIT_CODE', '11010519491231002X'), 'INVALID_CREDIT_CODE');
  });

  it('refuses an unknown type', () => {
    expectDomainError(() => assertValidApplicantId('PASSPORT' as never, 'E12345678'), 'BAD_USER_INPUT');
  });
});

describe('normalizeApplicantId', () => {
  it('upper-cases and drops spaces so a typed lower-case x validates', () => {
    expect(normalizeApplicantId(' 110105 19491231002x ')).toBe('11010519491231002X');
    expect(isValidResidentId(normalizeApplicantId('11010519491231002x'), TODAY)).toBe(true);
    expect(normalizeApplicantId('91350100m000100y43')).toBe('91350100M000100Y43');
  });
});

describe('isValidMobile', () => {
  it.each(['13812345678', '15000000000', '16612345678', '17712345678', '18912345678', '19912345678'])('accepts %s', (m) =>
    expect(isValidMobile(m)).toBe(true),
  );

  it.each(['12812345678', '10012345678', '23812345678', '1381234567', '138123456789', '+8613812345678', '138 1234 5678', '1381234567a', ''])(
    'refuses %j',
    (m) => expect(isValidMobile(m)).toBe(false),
  );
});

describe('organizationCodeCheckChar (GB 11714-1997)', () => {
  // Written from the standard: weights 3 7 9 10 5 8 4 2, letters A…Z worth 10…35, C9 = 11 − (Σ mod 11).
  const reference = (body: string) => {
    const value = (ch: string) => (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55);
    const sum = [...body].reduce((acc, ch, i) => acc + value(ch) * [3, 7, 9, 10, 5, 8, 4, 2][i], 0);
    const c = 11 - (sum % 11);
    return c === 10 ? 'X' : c === 11 ? '0' : String(c);
  };

  it('gives the check character of the published credit code sample (91350100 M000100Y 4 3)', () => {
    expect(organizationCodeCheckChar('M000100Y')).toBe('4');
  });

  it.each(['00000000', '12345678', '87654321', '11111111', '99999999', '20130506', 'D2143569', 'MA6CHX8T'])('agrees with the standard on %s', (body) => {
    expect(organizationCodeCheckChar(body)).toBe(reference(body));
  });

  it('gives X and 0 where the remainder calls for them', () => {
    const bodies = Array.from({ length: 400 }, (_, i) => String(i * 24_691).padStart(8, '0').slice(-8));
    const checks = new Set(bodies.map(organizationCodeCheckChar));
    expect(checks).toContain('X');
    expect(checks).toContain('0');
    for (const b of bodies) expect(organizationCodeCheckChar(b)).toBe(reference(b));
  });
});
