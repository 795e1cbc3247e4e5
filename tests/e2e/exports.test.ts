import { randomUUID } from 'node:crypto';
import { startNetwork, ok, gql, type Network } from '../support/network';
import { buildFixture, applicant, RECEIVE_COUNTY, RECEIVE_TOWNSHIP, VALID_ID, type Fixture } from '../support/fixtures';
import { readCsv, readXlsx, trimRow, type Cell } from '../support/export-files';
import { CountyCase } from '../../subgraphs/county/entities';
import { EXPORT_LISTS } from '../../gateway/exports/registry';
import { cells, headers } from '../../gateway/exports/sheet';
import { neutralise } from '../../gateway/exports/cells';
import { PAGE_SIZE } from '../../gateway/exports/pages';
import type { ExportList } from '../../gateway/exports/definition';

/**
 * Exports through the gateway (POST /export/<list>.<xlsx|csv>): the file holds the graph's list for
 * the caller — same rows, same order, masked the same — under the title, period and time of
 * export; large lists stream page by page; access is the graph's; bad requests export nothing.
 */

let net: Network;
let fx: Fixture;
let origin: string;
const MATERIALS = ['申请书', '申请人身份证明'];
const BULK = 10_050;
const NUMBERS = `query($f: CountyCaseFilter, $o: Int!) { countyCases(filter: $f, limit: 200, offset: $o) { nodes { number } } }`;

const list = (name: string) => EXPORT_LISTS.get(name)! as ExportList<any, any>;

function post(path: string, body: unknown, token?: string): Promise<Response> {
  return fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The list as the graph gives it to this caller, every page, as the file's cells. */
async function graphRows(l: ExportList<any, any>, variables: Record<string, unknown>, token: string, role: string): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  for (const source of l.sources) {
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const vars = { ...source.variables(variables), ...(source.paged ? { limit: PAGE_SIZE, offset } : {}) };
      const page = source.read(await ok(net.gatewayUrl, source.document, vars, token));
      rows.push(...page.rows.map((r) => trimRow(cells(l, r, { role }).map(neutralise))));
      if (!source.paged || page.rows.length < PAGE_SIZE) break;
    }
  }
  return rows;
}

async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
  return { code: body.errors[0]!.extensions.code, message: body.errors[0]!.message };
}

async function xlsxOf(name: string, variables: Record<string, unknown>, token: string) {
  const res = await post(`/export/${name}.xlsx`, { variables }, token);
  expect([res.status, res.headers.get('content-type')]).toEqual([200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
  return readXlsx(await res.arrayBuffer());
}

beforeAll(async () => {
  net = await startNetwork();
  fx = await buildFixture(net);
  origin = new URL(net.gatewayUrl).origin;
  const county = async (rid: string, item: string, who: string, name: string) =>
    (await ok(net.gatewayUrl, RECEIVE_COUNTY, { i: { requestId: rid, itemId: item, applicant: applicant(name), submittedMaterials: MATERIALS } }, who)).receiveCountyCase;
  for (const [i, name] of ['张三', '李四', '=HYPERLINK("http://x")', '王, "五"'].entries()) await county(`export-a${i}`, fx.itemA.id, fx.clerkA, name);
  const b = await county('export-b0', fx.itemB.id, fx.clerkB, '赵六');
  await ok(net.gatewayUrl, RECEIVE_TOWNSHIP, { i: { requestId: 'export-x0', itemId: fx.tItemX.id, applicant: applicant('孙七'), submittedMaterials: MATERIALS } }, fx.clerkX);
  // Department B gets ten thousand more cases, copies of its one, straight into its database.
  const repo = net.county.db.dataSource.getRepository(CountyCase);
  const model = await repo.findOneByOrFail({ id: b.id });
  for (let start = 0; start < BULK; start += 500) {
    const chunk = Array.from({ length: Math.min(500, BULK - start) }, (_, k) => {
      const n = start + k;
      return Object.assign(new CountyCase(), model, {
        id: randomUUID(),
        number: `MZ-20260929-${String(n).padStart(5, '0')}`,
        requestId: `export-bulk-${n}`,
        receivedAt: new Date(model.receivedAt.getTime() - (n + 1) * 1000),
        createdAt: new Date(model.createdAt.getTime() - (n + 1) * 1000),
      });
    });
    await repo.insert(chunk);
  }
}, 180_000);
afterAll(async () => net?.stop());
afterEach(() => jest.restoreAllMocks());

describe('the file is the graph’s list for the caller', () => {
  test('xlsx: title, time of export, Chinese headers, then the clerk’s queue row for row', async () => {
    const rows = await xlsxOf('county-cases', {}, fx.clerkA);
    expect(rows[0]).toEqual(['县级办件']);
    expect(rows[1]![0]).toMatch(/^导出时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(rows[2]).toEqual(headers(list('county-cases')));
    const expected = await graphRows(list('county-cases'), {}, fx.clerkA, 'COUNTY_CLERK');
    expect(expected).toHaveLength(4);
    expect(rows.slice(3).map(trimRow)).toEqual(expected);
    // The department's own clerk reads names in full; a formula-like name is neutralised.
    const names = rows.slice(3).map((r) => r[headers(list('county-cases')).indexOf('申请人')]);
    expect(names).toEqual(expect.arrayContaining(['张三', '李四', `'=HYPERLINK("http://x")`, '王, "五"']));
  });

  test('a supervisor’s file is masked exactly as the graph masks it for a supervisor', async () => {
    const variables = { filter: { departmentId: fx.deptA.id } };
    const rows = await xlsxOf('county-cases', variables, fx.supervisor);
    const expected = await graphRows(list('county-cases'), variables, fx.supervisor, 'SUPERVISOR');
    expect(rows.slice(3).map(trimRow)).toEqual(expected);
    const idCol = headers(list('county-cases')).indexOf('证件号码');
    expect(rows.slice(3).map((r) => r[idCol])).not.toContain(VALID_ID);
  });

  test('CSV: UTF-8 with BOM, the same first rows and the same rows, quoted where needed', async () => {
    const res = await post('/export/county-cases.csv', {}, fx.clerkA);
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'text/csv; charset=utf-8']);
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('县级办件-')}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = readCsv(bytes.subarray(3).toString('utf8'));
    expect(records[0]).toEqual(['县级办件']);
    expect(records[1]![0]).toMatch(/^导出时间：/);
    expect(records[2]).toEqual(headers(list('county-cases')));
    const expected = await graphRows(list('county-cases'), {}, fx.clerkA, 'COUNTY_CLERK');
    expect(records.slice(3)).toEqual(expected.map((r) => headers(list('county-cases')).map((_, i) => (r[i] === null || r[i] === undefined ? '' : String(r[i])))));
  });

  test('the per-unit statistics carry their period and equal the graph’s figures', async () => {
    const variables = { from: '2026-09-01', to: '2026-09-30' };
    const rows = await xlsxOf('unit-statistics', variables, fx.supervisor);
    expect(rows.slice(0, 2)).toEqual([['各单位办件统计'], ['统计期间：2026-09-01 至 2026-09-30']]);
    expect(rows[3]).toEqual(headers(list('unit-statistics')));
    const expected = await graphRows(list('unit-statistics'), variables, fx.supervisor, 'SUPERVISOR');
    expect(rows.slice(4).map(trimRow)).toEqual(expected);
    expect(rows.slice(4).map((r) => r[0])).toEqual(['全网合计', '县本级', '河口镇', '白水乡']);
  });
});

describe('every list', () => {
  const period = { from: '2026-09-01', to: '2026-09-30' };
  const variablesOf = (name: string) => (['unit-statistics', 'county-refusals', 'township-refusals'].includes(name) ? period : {});
  test.each([...EXPORT_LISTS.keys()].filter((n) => n !== 'county-cases'))('%s: the administrator’s file equals the graph’s list', async (name) => {
    const rows = await xlsxOf(name, variablesOf(name), fx.adminToken);
    const l = list(name);
    const offset = l.period?.(variablesOf(name)) ? 3 : 2;
    expect(rows[0]).toEqual([l.title]);
    expect(rows[offset]).toEqual(headers(l));
    expect(rows.slice(offset + 1).map(trimRow)).toEqual(await graphRows(l, variablesOf(name), fx.adminToken, 'COUNTY_ADMIN'));
  });
});

describe('large exports stream', () => {
  test(`${BULK + 1} rows arrive while the pages are still being read, every row in the graph’s order`, async () => {
    const spy = jest.spyOn(net.gateway.apollo, 'executeOperation');
    const res = await post('/export/county-cases.xlsx', { variables: { filter: { departmentId: fx.deptB.id } } }, fx.supervisor);
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const chunks: Uint8Array[] = [];
    const first = await reader.read();
    // The first bytes are here before the last page was asked for: rows are not gathered first.
    const pagesAtFirstByte = spy.mock.calls.length;
    expect(pagesAtFirstByte).toBeLessThan(Math.ceil((BULK + 1) / PAGE_SIZE));
    chunks.push(first.value!);
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    expect(spy.mock.calls.length).toBe(Math.ceil((BULK + 1) / PAGE_SIZE));
    expect(spy.mock.calls.every(([request]) => (request.variables as { limit: number }).limit === PAGE_SIZE)).toBe(true);
    spy.mockRestore();
    const rows = await readXlsx(Buffer.concat(chunks));
    expect(rows).toHaveLength(3 + BULK + 1);
    // Every number in the graph's order (a light query), and the first page cell for cell.
    const numbers: string[] = [];
    for (let offset = 0; offset < BULK + 1; offset += PAGE_SIZE) {
      const page = await ok(net.gatewayUrl, NUMBERS, { f: { departmentId: fx.deptB.id }, o: offset }, fx.supervisor);
      numbers.push(...page.countyCases.nodes.map((n: { number: string }) => n.number));
    }
    expect(rows.slice(3).map((r) => r[0])).toEqual(numbers);
    const source = list('county-cases').sources[0]!;
    const firstPage = source.read(await ok(net.gatewayUrl, source.document, { filter: { departmentId: fx.deptB.id }, limit: PAGE_SIZE, offset: 0 }, fx.supervisor));
    expect(rows.slice(3, 3 + PAGE_SIZE).map(trimRow)).toEqual(firstPage.rows.map((r) => trimRow(cells(list('county-cases'), r, { role: 'SUPERVISOR' }).map(neutralise))));
  }, 120_000);
});

describe('access is the graph’s', () => {
  test('no token, or a bad one: 401 UNAUTHENTICATED, no file', async () => {
    for (const token of [undefined, 'not-a-token']) {
      const res = await post('/export/county-cases.xlsx', {}, token);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/json');
      expect((await errorOf(res)).code).toBe('UNAUTHENTICATED');
    }
  });

  test('a clerk’s export holds only the clerk’s unit; naming another unit is the graph’s FORBIDDEN', async () => {
    const rows = await xlsxOf('county-cases', {}, fx.clerkA);
    const col = headers(list('county-cases')).indexOf('部门');
    expect(new Set(rows.slice(3).map((r) => r[col]))).toEqual(new Set(['临江县市场监督管理局']));
    const other = await post('/export/county-cases.xlsx', { variables: { filter: { departmentId: fx.deptB.id } } }, fx.clerkA);
    expect([other.status, (await errorOf(other)).code]).toEqual([403, 'FORBIDDEN']);
    const township = await xlsxOf('township-cases', {}, fx.clerkX);
    expect(township.slice(3).map((r) => r[headers(list('township-cases')).indexOf('乡镇')])).toEqual(['河口镇']);
  });

  test('a list the clerk may not read is refused with the graph’s FORBIDDEN, and no file', async () => {
    const res = await post('/export/county-audit-log.xlsx', {}, fx.clerkA);
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('FORBIDDEN');
    const graph = await gql(net.gatewayUrl, '{ countyAuditLog(limit: 1) { total } }', {}, fx.clerkA);
    expect(graph.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('bad requests export nothing', () => {
  const cases: [string, string, string | object, number, string][] = [
    ['an unknown list', '/export/passwords.xlsx', {}, 400, 'EXPORT_UNKNOWN_LIST'],
    ['an unknown format', '/export/county-cases.pdf', {}, 400, 'EXPORT_BAD_FORMAT'],
    ['a body that is not JSON', '/export/county-cases.xlsx', '{"variables": ', 400, 'BAD_REQUEST'],
    ['variables the list does not take', '/export/county-cases.xlsx', { variables: { filter: { nickname: 'x' } } }, 400, 'BAD_USER_INPUT'],
    ['a page size of the caller’s', '/export/county-cases.xlsx', { variables: { limit: 100000 } }, 400, 'BAD_USER_INPUT'],
    ['a malformed period', '/export/unit-statistics.xlsx', { variables: { from: '2026-13-01', to: '2026-09-30' } }, 400, 'BAD_USER_INPUT'],
    ['oversized variables', '/export/county-cases.xlsx', { variables: { filter: { applicantName: '张'.repeat(5000) } } }, 400, 'EXPORT_VARIABLES_TOO_LARGE'],
  ];
  test.each(cases)('%s', async (_what, path, body, status, code) => {
    const spy = jest.spyOn(net.gateway.apollo, 'executeOperation');
    const res = await post(path, body, fx.supervisor);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect((await errorOf(res)).code).toBe(code);
    expect(res.headers.get('content-disposition')).toBeNull();
    expect(spy).not.toHaveBeenCalled();
  });

  test('GET is refused', async () => {
    const res = await fetch(`${origin}/export/county-cases.csv`, { headers: { authorization: `Bearer ${fx.supervisor}` } });
    expect(res.status).toBe(405);
    expect((await errorOf(res)).code).toBe('BAD_REQUEST');
  });
});
