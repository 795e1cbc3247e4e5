import type { GraphQLError } from 'graphql';
import type { Principal, Role } from '../../subgraphs/shared/auth/principal';
import { inUnitScope, mixedUnitFilter, unitFilter, unitScope } from '../../subgraphs/shared/auth/unit-scope';

const DEPT = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const TOWN = '33333333-3333-4333-8333-333333333333';

const who = (role: Role, extra: Partial<Principal> = {}): Principal => ({ userId: 'u', name: 'n', role, ...extra });
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return (e as GraphQLError).extensions?.code as string;
  }
  return undefined;
};

describe('unitScope: a clerk without a well-formed unit reads nothing, never everything', () => {
  test.each([
    ['COUNTY_CLERK', { departmentId: '' }],
    ['COUNTY_CLERK', {}],
    ['COUNTY_CLERK', { departmentId: 'SCJG' }],
    ['COUNTY_CLERK', { townshipId: TOWN }],
    ['TOWNSHIP_CLERK', { townshipId: '' }],
    ['TOWNSHIP_CLERK', {}],
    ['TOWNSHIP_CLERK', { townshipId: 'undefined' }],
    ['TOWNSHIP_CLERK', { departmentId: DEPT }],
  ] as const)('%s with %j is FORBIDDEN', (role, extra) => {
    expect(codeOf(() => unitScope(who(role, extra)))).toBe('FORBIDDEN');
  });

  test.each([
    ['COUNTY_CLERK', { departmentId: DEPT }, { all: false, unitType: 'DEPARTMENT', unitId: DEPT }],
    ['TOWNSHIP_CLERK', { townshipId: TOWN }, { all: false, unitType: 'TOWNSHIP', unitId: TOWN }],
    ['COUNTY_ADMIN', {}, { all: true }],
    ['SUPERVISOR', {}, { all: true }],
    ['VIEWER', {}, { all: true }],
    ['SERVICE', {}, { all: true }],
  ] as const)('%s with %j reads %j', (role, extra, scope) => {
    expect(unitScope(who(role, extra))).toEqual(scope);
  });
});

describe('inUnitScope', () => {
  const dept = unitScope(who('COUNTY_CLERK', { departmentId: DEPT }));
  test.each([
    ['DEPARTMENT', DEPT, true],
    ['DEPARTMENT', OTHER, false],
    ['TOWNSHIP', DEPT, false],
    ['DEPARTMENT', '', false],
    ['DEPARTMENT', null, false],
    ['DEPARTMENT', undefined, false],
    ['', DEPT, false],
  ] as const)('a department clerk and a record of %s %s: %s', (type, id, expected) => {
    expect(inUnitScope(dept, type, id)).toBe(expected);
  });

  test('the all scope covers every record', () => {
    expect(inUnitScope({ all: true }, 'TOWNSHIP', TOWN)).toBe(true);
  });
});

describe('unitFilter: what a list is narrowed to', () => {
  const dept = unitScope(who('COUNTY_CLERK', { departmentId: DEPT }));
  const all = unitScope(who('SUPERVISOR'));
  test.each([
    ['clerk, nothing asked', dept, undefined, DEPT],
    ['clerk, null asked', dept, null, DEPT],
    ['clerk, own unit asked', dept, DEPT, DEPT],
    ['all, nothing asked', all, undefined, null],
    ['all, null asked', all, null, null],
    ['all, one unit asked', all, OTHER, OTHER],
  ] as const)('%s → %s', (_name, scope, requested, expected) => {
    expect(unitFilter(scope, 'DEPARTMENT', requested, 'x')).toBe(expected);
  });

  test.each([
    ['clerk, another unit', dept, OTHER, 'FORBIDDEN'],
    ['clerk, empty unit', dept, '', 'BAD_USER_INPUT'],
    ['all, empty unit (never "no filter")', all, '', 'BAD_USER_INPUT'],
    ['all, unknown unit', all, 'SCJG', 'BAD_USER_INPUT'],
    ['clerk, unknown unit', dept, 'SCJG', 'BAD_USER_INPUT'],
  ] as const)('%s is %s', (_name, scope, requested, code) => {
    expect(codeOf(() => unitFilter(scope, 'DEPARTMENT', requested, 'x'))).toBe(code);
  });

  test("a clerk of one kind of unit listing another kind's records is FORBIDDEN", () => {
    expect(codeOf(() => unitFilter(dept, 'TOWNSHIP', undefined, 'x'))).toBe('FORBIDDEN');
  });
});

test('records of either kind of unit (complaints, supervision): a clerk is narrowed to their unit, whatever its kind', () => {
  const town = unitScope(who('TOWNSHIP_CLERK', { townshipId: TOWN }));
  expect(unitFilter(town, null, undefined, 'x')).toBe(TOWN);
  expect(codeOf(() => unitFilter(town, null, DEPT, 'x'))).toBe('FORBIDDEN');
  expect(unitFilter({ all: true }, null, DEPT, 'x')).toBe(DEPT);
});

describe('mixedUnitFilter: complaints and supervision records, about a department or a township', () => {
  const town = unitScope(who('TOWNSHIP_CLERK', { townshipId: TOWN }));
  test.each([
    ['a clerk asking nothing', town, {}, { unitType: 'TOWNSHIP', unitId: TOWN }],
    ['a clerk asking for their own unit', town, { unitType: 'TOWNSHIP', unitId: TOWN }, { unitType: 'TOWNSHIP', unitId: TOWN }],
    ['an overseer asking nothing', { all: true }, {}, { unitType: null, unitId: null }],
    ['an overseer asking for departments', { all: true }, { unitType: 'DEPARTMENT' }, { unitType: 'DEPARTMENT', unitId: null }],
    ['an overseer asking for one unit', { all: true }, { unitId: DEPT }, { unitType: null, unitId: DEPT }],
  ] as const)('%s', (_name, scope, requested, expected) => {
    expect(mixedUnitFilter(scope, requested, 'x')).toEqual(expected);
  });

  test.each([
    ['a clerk asking for the other kind', town, { unitType: 'DEPARTMENT' }, 'FORBIDDEN'],
    ['a clerk asking for another unit', town, { unitId: OTHER }, 'FORBIDDEN'],
    ['anyone asking for an empty unit', { all: true }, { unitId: '' }, 'BAD_USER_INPUT'],
  ] as const)('%s is %s', (_name, scope, requested, code) => {
    expect(codeOf(() => mixedUnitFilter(scope, requested, 'x'))).toBe(code);
  });
});
