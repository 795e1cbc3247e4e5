import { checkComplaintTracking } from '../../subgraphs/shared/domain/complaint-tracking';
import { DomainError } from '../../subgraphs/shared/domain/errors';
import { seesQueryCode } from '../../subgraphs/county/complaint-access';
import type { Principal, Role } from '../../subgraphs/shared/auth/principal';

const refusal = (a: { number?: unknown; queryCode?: unknown }) => {
  try {
    checkComplaintTracking(a);
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, field: (e.details as { field?: string } | undefined)?.field };
    throw e;
  }
  return null;
};

describe('checkComplaintTracking', () => {
  test('trims, upper-cases and drops spaces inside the code', () => {
    expect(checkComplaintTracking({ number: ' ts-20261201-0007 ', queryCode: 'ab3 k7m' })).toEqual({ number: 'TS-20261201-0007', queryCode: 'AB3K7M' });
  });

  test.each([
    [{ number: '', queryCode: 'AB3K7M' }, 'number'],
    [{ number: '  ', queryCode: 'AB3K7M' }, 'number'],
    [{ number: 42, queryCode: 'AB3K7M' }, 'number'],
    [{ number: 'TS-20261201-0007', queryCode: '' }, 'queryCode'],
    [{ number: 'TS-20261201-0007' + '1'.repeat(40), queryCode: 'AB3K7M' }, 'number'],
    [{ number: 'SCJG-20261201-0007', queryCode: 'AB3K7M' }, 'number'],
    [{ number: 'TS-20261301-0007', queryCode: 'AB3K7M' }, 'number'],
    [{ number: 'TS-20261201-0007', queryCode: 'AB3K7MX' }, 'queryCode'],
    [{ number: 'TS-20261201-0007', queryCode: 'AB1K0M' }, 'queryCode'],
  ])('%j is BAD_USER_INPUT on %s', (a, field) => {
    expect(refusal(a)).toEqual({ code: 'BAD_USER_INPUT', field });
  });
});

describe('seesQueryCode: who may read a complaint’s query code', () => {
  const DEPT_A = '00000000-0000-4000-8000-00000000000a';
  const DEPT_B = '00000000-0000-4000-8000-00000000000b';
  const TOWN_X = '00000000-0000-4000-8000-0000000000a1';
  const TOWN_Y = '00000000-0000-4000-8000-0000000000a2';
  const onDept = { unitType: 'DEPARTMENT', unitId: DEPT_A };
  const onTownship = { unitType: 'TOWNSHIP', unitId: TOWN_X };
  const p = (role: Role, unit: Partial<Principal> = {}): Principal => ({ userId: 'u', name: 'n', role, ...unit });

  test('supervision and the clerks of the unit complained about', () => {
    expect(seesQueryCode(p('SUPERVISOR'), onDept)).toBe(true);
    expect(seesQueryCode(p('COUNTY_ADMIN'), onTownship)).toBe(true);
    expect(seesQueryCode(p('COUNTY_CLERK', { departmentId: DEPT_A }), onDept)).toBe(true);
    expect(seesQueryCode(p('TOWNSHIP_CLERK', { townshipId: TOWN_X }), onTownship)).toBe(true);
  });

  test('never the public, viewers, services or another unit’s clerks', () => {
    expect(seesQueryCode(null, onDept)).toBe(false);
    expect(seesQueryCode(p('VIEWER'), onDept)).toBe(false);
    expect(seesQueryCode(p('SERVICE'), onDept)).toBe(false);
    expect(seesQueryCode(p('COUNTY_CLERK', { departmentId: DEPT_B }), onDept)).toBe(false);
    expect(seesQueryCode(p('COUNTY_CLERK', { departmentId: DEPT_A }), onTownship)).toBe(false);
    expect(seesQueryCode(p('TOWNSHIP_CLERK', { townshipId: TOWN_Y }), onTownship)).toBe(false);
  });
});
