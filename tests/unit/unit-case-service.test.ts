import type { DataSource } from 'typeorm';
import type { Principal, Role } from '../../subgraphs/shared/auth/principal';
import { CountyCaseService } from '../../subgraphs/county/case-service';
import type { CalendarService } from '../../subgraphs/county/calendar-service';
import { CountyCase, CountyItem, Department } from '../../subgraphs/county/entities';
import { TownshipCaseService } from '../../subgraphs/township/case-service';
import type { CalendarMirror } from '../../subgraphs/township/calendar-mirror';
import { Township, TownshipCase, TownshipItem } from '../../subgraphs/township/entities';

const DEPT = '11111111-1111-4111-8111-111111111111';
const OTHER_DEPT = '22222222-2222-4222-8222-222222222222';
const TOWN = '33333333-3333-4333-8333-333333333333';
const OTHER_TOWN = '44444444-4444-4444-8444-444444444444';
const CASE = '55555555-5555-4555-8555-555555555555';
const ITEM = '66666666-6666-4666-8666-666666666666';

const who = (role: Role, extra: Partial<Principal> = {}): Principal => ({ userId: 'u1', name: '张三', role, ...extra });

/** A data source holding one row per table; it records every look-up and refuses every write. */
function fakeDataSource(rows: Map<unknown, object>) {
  const lookups: unknown[] = [];
  const ds = {
    getRepository: (entity: unknown) => ({
      findOne: async () => {
        lookups.push(entity);
        return rows.get(entity) ?? null;
      },
      findOneOrFail: async () => {
        lookups.push(entity);
        const r = rows.get(entity);
        if (!r) throw new Error('no row');
        return r;
      },
    }),
    transaction: async () => {
      throw new Error('nothing may be written');
    },
  };
  return { ds: ds as unknown as DataSource, lookups };
}

const noCalendar = {} as CalendarService & CalendarMirror;

function county(c: Partial<CountyCase>, extra: Map<unknown, object> = new Map()) {
  const { ds, lookups } = fakeDataSource(new Map<unknown, object>([[CountyCase, { id: CASE, departmentId: DEPT, originTownshipId: null, ...c }], ...extra]));
  return { service: new CountyCaseService(ds, noCalendar), lookups };
}

function township(c: Partial<TownshipCase>, extra: Map<unknown, object> = new Map()) {
  const { ds, lookups } = fakeDataSource(new Map<unknown, object>([[TownshipCase, { id: CASE, townshipId: TOWN, ...c }], ...extra]));
  return { service: new TownshipCaseService(ds, noCalendar), lookups };
}

describe('reading one case: each tier keeps to its own unit', () => {
  test('the public is refused before anything is looked up, on both tiers', async () => {
    for (const { service, lookups } of [county({}), township({})]) {
      await expect(service.get(null, CASE)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      expect(lookups).toEqual([]);
    }
  });

  test('a county clerk reads their own department’s case and not another’s', async () => {
    await expect(county({}).service.get(who('COUNTY_CLERK', { departmentId: DEPT }), CASE)).resolves.toMatchObject({ id: CASE });
    await expect(county({}).service.get(who('COUNTY_CLERK', { departmentId: OTHER_DEPT }), CASE)).rejects.toMatchObject({
      message: 'This case belongs to another department (非本部门办件)',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  test('a township clerk follows the county cases of their own township’s intakes only', async () => {
    const delegated = { originTownshipId: TOWN };
    await expect(county(delegated).service.get(who('TOWNSHIP_CLERK', { townshipId: TOWN }), CASE)).resolves.toMatchObject({ id: CASE });
    await expect(county(delegated).service.get(who('TOWNSHIP_CLERK', { townshipId: OTHER_TOWN }), CASE)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(county({}).service.get(who('TOWNSHIP_CLERK', { townshipId: TOWN }), CASE)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  test('nobody follows township cases: a county clerk is refused before the look-up', async () => {
    const { service, lookups } = township({});
    await expect(service.get(who('COUNTY_CLERK', { departmentId: DEPT }), CASE)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(lookups).toEqual([]);
    await expect(township({}).service.get(who('TOWNSHIP_CLERK', { townshipId: OTHER_TOWN }), CASE)).rejects.toMatchObject({
      message: 'This case belongs to another township (非本乡镇办件)',
    });
    await expect(township({}).service.get(who('VIEWER'), CASE)).resolves.toMatchObject({ id: CASE });
  });
});

describe('changing cases: only the unit’s clerks, and nothing is written when refused', () => {
  test('a viewer may not act or expedite, on either tier', async () => {
    for (const { service, lookups } of [county({}), township({})]) {
      await expect(service.act(who('VIEWER'), { id: CASE, version: 1, action: 'accept', input: {} }, new Date())).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      await expect(service.setExpedited(who('VIEWER'), { id: CASE, version: 1, expedited: true }, new Date())).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(lookups).toEqual([]);
    }
  });

  test('a township clerk may not act on a delegated county case they follow', async () => {
    const { service } = county({ originTownshipId: TOWN });
    await expect(service.act(who('TOWNSHIP_CLERK', { townshipId: TOWN }), { id: CASE, version: 1, action: 'accept', input: {} }, new Date())).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });

  const input = { requestId: 'req-00000001', itemId: ITEM, applicant: { name: '李四', idType: 'ID_CARD' as never, idNumber: 'x' }, submittedMaterials: [] };

  test('an item of another unit is refused with the unit’s words', async () => {
    const c = county({}, new Map<unknown, object>([[CountyItem, { id: ITEM, departmentId: OTHER_DEPT, active: true }], [Department, { id: OTHER_DEPT, code: 'X', name: 'x' }]]));
    await expect(c.service.receive(who('COUNTY_CLERK', { departmentId: DEPT }), input, new Date())).rejects.toMatchObject({
      message: 'Only clerks of the responsible department may act on this case (非本部门办件)',
    });
    const t = township({}, new Map<unknown, object>([[TownshipItem, { id: ITEM, townshipId: OTHER_TOWN, active: true }], [Township, { id: OTHER_TOWN, divisionCode: '1', name: 'y' }]]));
    await expect(t.service.receive(who('TOWNSHIP_CLERK', { townshipId: TOWN }), input, new Date())).rejects.toMatchObject({
      message: 'Only clerks of this township may act on its cases (非本乡镇办件)',
    });
  });

  test('an inactive item is not found, named by its tier', async () => {
    const c = county({}, new Map<unknown, object>([[CountyItem, { id: ITEM, departmentId: DEPT, active: false }]]));
    await expect(c.service.receive(who('COUNTY_CLERK', { departmentId: DEPT }), input, new Date())).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
      message: expect.stringContaining('County item'),
    });
    const t = township({});
    await expect(t.service.receive(who('TOWNSHIP_CLERK', { townshipId: TOWN }), input, new Date())).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
      message: expect.stringContaining('Township item'),
    });
  });
});
