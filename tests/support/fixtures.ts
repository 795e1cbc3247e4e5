import { ok, type Network } from './network';

/** Valid identifiers (check digits computed per GB 11643 / GB 32100). */
export const VALID_ID = '11010519491231002X';
export const VALID_CREDIT_CODE = '91350100M000100Y43';

export interface Fixture {
  adminToken: string;
  deptA: { id: string; code: string };
  deptB: { id: string; code: string };
  itemA: { id: string }; // promised, 3 days, dept A
  itemImmediate: { id: string }; // immediate, dept A
  itemB: { id: string }; // dept B
  delegable: { id: string }; // dept A, 5 days, delegable to every township
  townshipX: { id: string; code: string };
  townshipY: { id: string; code: string };
  tItemX: { id: string }; // township X item, supervised by dept A
  tItemY: { id: string };
  clerkA: string; // county clerk of dept A
  clerkB: string;
  clerkX: string; // township clerk of X
  clerkY: string;
  supervisor: string;
  viewer: string;
}

const MATERIALS = [
  { name: '申请书', originals: 1, copies: 0, mandatory: true },
  { name: '申请人身份证明', originals: 1, copies: 1, mandatory: true },
  { name: '场所使用证明', originals: 0, copies: 1, mandatory: false },
];

/** Builds a small catalog through the gateway, as an administrator would. */
export async function buildFixture(net: Network): Promise<Fixture> {
  const url = net.gatewayUrl;
  const adminToken = await net.token({ role: 'COUNTY_ADMIN', userId: 'admin-1', name: '管理员' });
  const dept = async (code: string, name: string) =>
    (
      await ok(url, `mutation($i: DepartmentInput!) { createDepartment(input: $i) { id code } }`, {
        i: { code, name, shortName: name.slice(3), window: 'A区1号窗口', phone: '0839-5123401' },
      }, adminToken)
    ).createDepartment;
  const deptA = await dept('SCJG', '临江县市场监督管理局');
  const deptB = await dept('MZ', '临江县民政局');
  const item = async (code: string, departmentId: string, kind: string, legalDays: number, promisedDays: number, extra: Record<string, unknown> = {}) =>
    (
      await ok(url, `mutation($i: CountyItemInput!) { createCountyItem(input: $i) { item { id } warnings } }`, {
        i: { code, name: `事项${code}`, departmentId, kind, legalDays, promisedDays, materials: MATERIALS, legalBasis: '《中华人民共和国行政许可法》', delegable: false, ...extra },
      }, adminToken)
    ).createCountyItem.item;
  const itemA = await item('SCJG-001', deptA.id, 'PROMISED', 20, 3);
  const itemImmediate = await item('SCJG-002', deptA.id, 'IMMEDIATE', 5, 0);
  const itemB = await item('MZ-001', deptB.id, 'PROMISED', 20, 10);
  const delegable = await item('SCJG-010', deptA.id, 'PROMISED', 20, 5, { delegable: true });
  const township = async (divisionCode: string, name: string) =>
    (
      await ok(url, `mutation($i: TownshipInput!) { createTownship(input: $i) { id code } }`, {
        i: { divisionCode, name, address: `${name}政府大院`, phone: '0839-5200001' },
      }, adminToken)
    ).createTownship;
  const townshipX = await township('511099101', '河口镇');
  const townshipY = await township('511099102', '白水乡');
  const tItem = async (townshipId: string) =>
    (
      await ok(url, `mutation($t: ID!, $i: TownshipItemInput!) { createTownshipItem(townshipId: $t, input: $i) { item { id } } }`, {
        t: townshipId,
        i: { code: 'T01', name: '临时救助申请受理', kind: 'PROMISED', legalDays: 10, promisedDays: 5, materials: MATERIALS, legalBasis: '《社会救助暂行办法》', supervisingDepartmentId: deptA.id },
      }, adminToken)
    ).createTownshipItem.item;
  const tItemX = await tItem(townshipX.id);
  const tItemY = await tItem(townshipY.id);
  return {
    adminToken,
    deptA,
    deptB,
    itemA,
    itemImmediate,
    itemB,
    delegable,
    townshipX,
    townshipY,
    tItemX,
    tItemY,
    clerkA: await net.token({ role: 'COUNTY_CLERK', departmentId: deptA.id, userId: 'clerk-a', name: '王窗口' }),
    clerkB: await net.token({ role: 'COUNTY_CLERK', departmentId: deptB.id, userId: 'clerk-b', name: '李窗口' }),
    clerkX: await net.token({ role: 'TOWNSHIP_CLERK', townshipId: townshipX.id, userId: 'clerk-x', name: '赵镇员' }),
    clerkY: await net.token({ role: 'TOWNSHIP_CLERK', townshipId: townshipY.id, userId: 'clerk-y', name: '钱乡员' }),
    supervisor: await net.token({ role: 'SUPERVISOR', userId: 'sup-1', name: '孙监察' }),
    viewer: await net.token({ role: 'VIEWER', userId: 'viewer-1', name: '大屏' }),
  };
}

export const RECEIVE_COUNTY = `mutation($i: ReceiveCountyCaseInput!) { receiveCountyCase(input: $i) { id number queryCode version status } }`;
export const RECEIVE_TOWNSHIP = `mutation($i: ReceiveTownshipCaseInput!) { receiveTownshipCase(input: $i) { id number queryCode version status } }`;
export const ACT_COUNTY = `mutation($i: CaseActionInput!) { actOnCountyCase(input: $i) { id version status deadline { dueDate dueAt paused pausedWorkingDays warningLevel calendarUncertain uncertainYears } } }`;
export const ACT_TOWNSHIP = `mutation($i: CaseActionInput!) { actOnTownshipCase(input: $i) { id version status deadline { dueDate dueAt paused pausedWorkingDays warningLevel } } }`;

export function applicant(name = '张三') {
  return { name, idType: 'RESIDENT_ID', idNumber: VALID_ID, phone: '13812345678' };
}
