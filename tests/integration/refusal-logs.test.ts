/**
 * Expected refusals are not errors in the logs: a DUPLICATE and a repeated submission colliding on
 * a unique key are logged below warn with their outcome, on SQLite and on MySQL/MariaDB alike.
 */
import { loadConfig } from '../../subgraphs/shared/config/env';
import { signToken } from '../../subgraphs/shared/auth/jwt';
import { buildCountySubgraph, openCountyDatabase, type CountySubgraph } from '../../subgraphs/county/server';
import { testTargets, gql } from '../support/network';
import { captureLog } from '../support/log-capture';

const { lines, log } = captureLog('county');
const targets = testTargets();
const config = loadConfig({ NODE_ENV: 'test' });
let county: CountySubgraph;
let url: string;
let admin: string;

beforeAll(async () => {
  const db = await openCountyDatabase(targets.county, log);
  county = await buildCountySubgraph({ config, db, log, clock: () => new Date('2026-11-16T02:00:00.000Z') });
  url = `http://127.0.0.1:${await county.listen(0, '127.0.0.1')}/graphql`;
  admin = await signToken({ role: 'COUNTY_ADMIN', userId: 'admin-1', name: '管理员' }, config.JWT_SECRET);
});
afterAll(async () => {
  await county?.stop();
  await targets.drop();
});

const DEPARTMENT = `mutation($i: DepartmentInput!) { createDepartment(input: $i) { id } }`;
const dept = { code: 'SCJG', name: '临江县市场监督管理局', shortName: '市场监管局', window: 'A区1号窗口', phone: '0839-5123401' };
const atOrAbove = (level: number) => lines.filter((l) => l.level >= level);

test('a department code already in use: DUPLICATE to the caller, info and debug lines in the log, nothing at warn or above', async () => {
  await gql(url, DEPARTMENT, { i: dept }, admin);
  lines.length = 0;
  const r = await gql(url, DEPARTMENT, { i: { ...dept, name: '另一个部门' } }, admin);
  expect(r.errors?.[0]?.extensions?.code).toBe('DUPLICATE');
  expect(atOrAbove(40)).toEqual([]);
  expect(lines).toContainEqual(expect.objectContaining({ level: 20, msg: 'SQL statement refused by a unique key' }));
  expect(lines).toContainEqual(expect.objectContaining({ level: 30, msg: 'request refused: DUPLICATE', outcome: 'DUPLICATE', path: ['createDepartment'] }));
});

test('the same intake submitted several times at once gives one case and no error lines', async () => {
  const { data } = await gql(url, DEPARTMENT, { i: { ...dept, code: 'MZ', name: '临江县民政局' } }, admin);
  const item = await gql(url, `mutation($i: CountyItemInput!) { createCountyItem(input: $i) { item { id } } }`, {
    i: { code: 'MZ-001', name: '事项', departmentId: data!.createDepartment.id, kind: 'PROMISED', legalDays: 20, promisedDays: 10, materials: [{ name: '申请书', originals: 1, copies: 0, mandatory: true }], legalBasis: '《行政许可法》', delegable: false },
  }, admin);
  const clerk = await signToken({ role: 'COUNTY_CLERK', departmentId: data!.createDepartment.id, userId: 'clerk-1', name: '王窗口' }, config.JWT_SECRET);
  const i = { requestId: 'same-submission', itemId: item.data!.createCountyItem.item.id, applicant: { name: '张三', idType: 'RESIDENT_ID', idNumber: '11010519491231002X', phone: '13812345678' }, submittedMaterials: ['申请书'] };
  lines.length = 0;
  const answers = await Promise.all(Array.from({ length: 6 }, () => gql(url, `mutation($i: ReceiveCountyCaseInput!) { receiveCountyCase(input: $i) { id } }`, { i }, clerk)));
  expect(answers.map((a) => a.errors)).toEqual(Array(6).fill(undefined));
  expect(new Set(answers.map((a) => a.data!.receiveCountyCase.id)).size).toBe(1);
  expect(atOrAbove(40)).toEqual([]);
});
