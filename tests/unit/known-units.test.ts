import type { GraphQLError } from 'graphql';
import { knownUnitCheck } from '../../subgraphs/shared/auth/known-units';

const UNIT = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

function check(existing: string[]) {
  const asked: string[] = [];
  const run = knownUnitCheck({
    role: 'COUNTY_CLERK',
    unitOf: (p) => p.departmentId,
    exists: async (id) => {
      asked.push(id);
      return existing.includes(id);
    },
    what: 'department',
  });
  return { run, asked };
}

test('a clerk of an existing unit passes, and the unit is looked up once', async () => {
  const { run, asked } = check([UNIT]);
  for (let i = 0; i < 3; i++) await run({ userId: 'u', name: 'n', role: 'COUNTY_CLERK', departmentId: UNIT });
  expect(asked).toEqual([UNIT]);
});

test('a clerk of a unit that does not exist is UNAUTHENTICATED (HTTP 401), every time it is tried', async () => {
  const { run, asked } = check([UNIT]);
  for (let i = 0; i < 2; i++) {
    const e = (await run({ userId: 'u', name: 'n', role: 'COUNTY_CLERK', departmentId: OTHER }).catch((x) => x)) as GraphQLError;
    expect(e.extensions).toMatchObject({ code: 'UNAUTHENTICATED', http: { status: 401 } });
  }
  expect(asked).toEqual([OTHER, OTHER]);
});

test('other roles and the public are not looked up', async () => {
  const { run, asked } = check([]);
  await run(null);
  await run({ userId: 'u', name: 'n', role: 'SUPERVISOR' });
  await run({ userId: 'u', name: 'n', role: 'TOWNSHIP_CLERK', townshipId: UNIT });
  expect(asked).toEqual([]);
});
