import { resolvePrincipal, type UnitLookup } from '../../scripts/token-units';
import { TokenOptionsError } from '../../scripts/token-options';

const DEPT = '6f1f5c3e-1111-4aaa-8bbb-000000000001';
const TOWN = '6f1f5c3e-2222-4aaa-8bbb-000000000002';
const units: UnitLookup = {
  departmentByCode: async (c) => (c === 'SJJ' ? DEPT : null),
  townshipByCode: async (c) => (c === '511099150' ? TOWN : null),
  departmentExists: async (id) => id === DEPT,
  townshipExists: async (id) => id === TOWN,
};

test('a department and a township by code resolve to the units the services hold', async () => {
  expect((await resolvePrincipal({ role: 'COUNTY_CLERK', department: 'sjj' }, units)).departmentId).toBe(DEPT);
  expect((await resolvePrincipal({ role: 'TOWNSHIP_CLERK', township: '511099150' }, units)).townshipId).toBe(TOWN);
  expect((await resolvePrincipal({ role: 'COUNTY_CLERK', department: DEPT }, units)).departmentId).toBe(DEPT);
});

test('an unknown code or id is refused, naming it', async () => {
  await expect(resolvePrincipal({ role: 'COUNTY_CLERK', department: 'NOPE' }, units)).rejects.toThrow(TokenOptionsError);
  await expect(resolvePrincipal({ role: 'COUNTY_CLERK', department: 'NOPE' }, units)).rejects.toThrow(/NOPE/);
  await expect(resolvePrincipal({ role: 'TOWNSHIP_CLERK', township: TOWN.replace('2222', '3333') }, units)).rejects.toThrow(/--township/);
});

test('roles without a unit need no look-up', async () => {
  const none: UnitLookup = { departmentByCode: () => Promise.reject(new Error('asked')), townshipByCode: () => Promise.reject(new Error('asked')), departmentExists: () => Promise.reject(new Error('asked')), townshipExists: () => Promise.reject(new Error('asked')) };
  expect((await resolvePrincipal({ role: 'SUPERVISOR' }, none)).role).toBe('SUPERVISOR');
});
