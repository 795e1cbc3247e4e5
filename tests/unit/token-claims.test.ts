import { SignJWT } from 'jose';
import { signToken, verifyToken } from '../../subgraphs/shared/auth/jwt';
import { MAX_TOKEN_SECONDS, principalFromClaims } from '../../subgraphs/shared/auth/token-claims';

const SECRET = 's'.repeat(32);
const DEPT = '11111111-1111-4111-8111-111111111111';
const TOWN = '33333333-3333-4333-8333-333333333333';
const NOW = 1_800_000_000;
const base = { sub: 'u-1', name: '张三', exp: NOW + 3600 };

describe('token claims are a schema: role, unit claim and expiry', () => {
  test.each([
    ['an empty department', { ...base, role: 'COUNTY_CLERK', departmentId: '' }, /departmentId/],
    ['no department', { ...base, role: 'COUNTY_CLERK' }, /departmentId/],
    ['a department that is no identifier', { ...base, role: 'COUNTY_CLERK', departmentId: 'SCJG' }, /departmentId/],
    ['an empty township', { ...base, role: 'TOWNSHIP_CLERK', townshipId: '' }, /townshipId/],
    ['no township', { ...base, role: 'TOWNSHIP_CLERK' }, /townshipId/],
    ['a township for a county clerk', { ...base, role: 'COUNTY_CLERK', departmentId: DEPT, townshipId: TOWN }, /townshipId/],
    ['a unit for an administrator', { ...base, role: 'COUNTY_ADMIN', departmentId: '' }, /departmentId/],
    ['an unknown role', { ...base, role: 'MAYOR' }, /role/],
    ['no role', { ...base }, /role/],
    ['no subject', { ...base, sub: '', role: 'VIEWER' }, /sub/],
    ['no expiry', { sub: 'u-1', role: 'VIEWER' }, /exp/],
    ['an expiry beyond the longest lifetime', { ...base, role: 'VIEWER', exp: NOW + MAX_TOKEN_SECONDS + 3600 }, /exp/],
  ])('%s is refused', (_name, claims, reason) => {
    const r = principalFromClaims(claims, NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  test.each([
    [{ ...base, role: 'COUNTY_CLERK', departmentId: DEPT }, { role: 'COUNTY_CLERK', departmentId: DEPT }],
    [{ ...base, role: 'TOWNSHIP_CLERK', townshipId: TOWN }, { role: 'TOWNSHIP_CLERK', townshipId: TOWN }],
    [{ ...base, role: 'SUPERVISOR' }, { role: 'SUPERVISOR' }],
    [{ ...base, role: 'SERVICE', name: undefined }, { role: 'SERVICE', name: 'u-1' }],
  ])('%j makes a principal', (claims, expected) => {
    const r = principalFromClaims(claims, NOW);
    expect(r).toMatchObject({ ok: true, principal: { userId: 'u-1', ...expected } });
  });
});

describe('verifyToken applies the schema to signed tokens', () => {
  const sign = (claims: Record<string, unknown>, exp?: number) => {
    const t = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('u-1').setIssuer('liandong').setAudience('liandong').setIssuedAt();
    if (exp !== undefined) t.setExpirationTime(exp);
    return t.sign(new TextEncoder().encode(SECRET));
  };
  const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

  test('a validly signed token with an empty department is refused', async () => {
    await expect(verifyToken(await sign({ role: 'COUNTY_CLERK', departmentId: '' }, inAnHour()), SECRET)).rejects.toThrow(/not valid.*departmentId/);
  });

  test('a validly signed token with an empty township is refused', async () => {
    await expect(verifyToken(await sign({ role: 'TOWNSHIP_CLERK', townshipId: '' }, inAnHour()), SECRET)).rejects.toThrow(/not valid.*townshipId/);
  });

  test('a token without an expiry is refused', async () => {
    await expect(verifyToken(await sign({ role: 'COUNTY_ADMIN' }), SECRET)).rejects.toThrow(/exp/);
  });

  test('a token the project signs verifies', async () => {
    const token = await signToken({ userId: 'u-1', name: '张三', role: 'COUNTY_CLERK', departmentId: DEPT }, SECRET);
    expect(await verifyToken(token, SECRET)).toEqual({ userId: 'u-1', name: '张三', role: 'COUNTY_CLERK', departmentId: DEPT });
  });
});
