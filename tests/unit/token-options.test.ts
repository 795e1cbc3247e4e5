import { principalFromOptions, TokenOptionsError } from '../../scripts/token-options';
import { stableId } from '../../subgraphs/shared/db/ids';
import { signToken, verifyToken } from '../../subgraphs/shared/auth/jwt';

test('a township clerk token can name the township by division code (demo ids derive from codes)', () => {
  const p = principalFromOptions({ role: 'township_clerk', township: '511099101' });
  expect(p).toMatchObject({ role: 'TOWNSHIP_CLERK', townshipId: stableId('township', '511099101') });
});

test('a county clerk token can name the department by code or id', () => {
  expect(principalFromOptions({ role: 'COUNTY_CLERK', department: 'scjg' }).departmentId).toBe(stableId('department', 'SCJG'));
  const id = stableId('department', 'MZ');
  expect(principalFromOptions({ role: 'COUNTY_CLERK', department: id }).departmentId).toBe(id);
});

test('missing scope or unknown role is refused with a clear message', () => {
  expect(() => principalFromOptions({ role: 'TOWNSHIP_CLERK' })).toThrow(TokenOptionsError);
  expect(() => principalFromOptions({ role: 'COUNTY_CLERK' })).toThrow(/--department/);
  expect(() => principalFromOptions({ role: 'MAYOR' })).toThrow(/--role must be one of/);
});

test('a minted token verifies and carries the principal; another secret does not verify it', async () => {
  const p = principalFromOptions({ role: 'SUPERVISOR', name: '孙监察' });
  const token = await signToken(p, 's'.repeat(32));
  expect(await verifyToken(token, 's'.repeat(32))).toMatchObject({ role: 'SUPERVISOR', name: '孙监察' });
  await expect(verifyToken(token, 't'.repeat(32))).rejects.toThrow(/not valid/);
});
