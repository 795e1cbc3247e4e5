import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { parse, validate } from 'graphql';
import { apiSchema } from '../../gateway/api-schema';
import { CSV_BOM, csvField, csvLine, neutralise } from '../../gateway/exports/cells';
import { EXPORT_LISTS } from '../../gateway/exports/registry';
import { ExportRefusal, MAX_BODY_BYTES, parseTarget, parseVariables } from '../../gateway/exports/request';
import { pagesOf, PAGE_SIZE, type Execute } from '../../gateway/exports/pages';
import { cells, preamble } from '../../gateway/exports/sheet';
import { beijingMinute, beijingSecond } from '../../gateway/exports/time';
import { contentDisposition } from '../../gateway/exports/route';
import { csvWriter, xlsxWriter } from '../../gateway/exports/writers';
import { changesText } from '../../gateway/exports/lists/audit';

/** The pure parts of exports: cells, CSV, the sheet's first rows, columns, variables, paging. */

const list = (name: string) => EXPORT_LISTS.get(name)!;

function refusalOf(fn: () => unknown): ExportRefusal {
  try {
    fn();
  } catch (e) {
    if (e instanceof ExportRefusal) return e;
    throw e;
  }
  throw new Error('nothing was refused');
}

describe('cells', () => {
  test('text that a spreadsheet would run as a formula gets an apostrophe; numbers and other text stay', () => {
    for (const t of ['=1+1', '+86 139', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutralise(t)).toBe(`'${t}`);
    for (const t of ['张三', '1+1', 'a=b', '', '—']) expect(neutralise(t)).toBe(t);
    expect(neutralise(-3)).toBe(-3);
    expect(neutralise(null)).toBeNull();
  });

  test('CSV fields are quoted when they hold a comma, quote, line break or edge space; quotes doubled', () => {
    expect(csvField('河口镇')).toBe('河口镇');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('两行\n文字')).toBe('"两行\n文字"');
    expect(csvField(' 前空格')).toBe('" 前空格"');
    expect(csvField(12)).toBe('12');
    expect(csvField(null)).toBe('');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvLine(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"\r\n');
  });

  test('CSV starts with the UTF-8 byte order mark and ends its records with CRLF', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const w = csvWriter(out);
    await w.begin(['县级办件', '导出时间：2026-09-30 10:00:00'], ['办件编号', '申请人'], []);
    await w.rows([['SCJG-1', '张*']]);
    await w.end();
    const bytes = Buffer.concat(chunks);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(`${CSV_BOM}县级办件\r\n导出时间：2026-09-30 10:00:00\r\n办件编号,申请人\r\nSCJG-1,张*\r\n`);
  });

  test('the xlsx writer streams a workbook exceljs reads back, text neutralised, counts as numbers', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((r) => out.on('end', r));
    const w = xlsxWriter(out);
    await w.begin(['各单位办件统计', '统计期间：2026-09-01 至 2026-09-30'], ['单位', '受理'], [14, 8]);
    await w.rows([['=cmd', 3], ['河口镇', null]]);
    await w.end();
    await done;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(chunks) as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('各单位办件统计');
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['各单位办件统计']);
    expect(values(3)).toEqual(['单位', '受理']);
    expect(values(4)).toEqual(["'=cmd", 3]);
    expect(values(5)).toEqual(['河口镇']);
  });
});

describe('the sheet', () => {
  const at = new Date('2026-09-30T02:05:09Z');

  test('times read in Beijing', () => {
    expect(beijingMinute('2026-09-30T17:05:09Z')).toBe('2026-10-01 01:05');
    expect(beijingMinute(null)).toBeNull();
    expect(beijingSecond(at)).toBe('2026-09-30 10:05:09');
  });

  test('first rows: the title, the period when the list has one, the time of export', () => {
    expect(preamble(list('unit-statistics'), { from: '2026-09-01', to: '2026-09-30' }, at)).toEqual(['各单位办件统计', '统计期间：2026-09-01 至 2026-09-30', '导出时间：2026-09-30 10:05:09']);
    expect(preamble(list('county-cases'), {}, at)).toEqual(['县级办件', '导出时间：2026-09-30 10:05:09']);
    expect(preamble(list('county-cases'), { filter: { acceptedFrom: '2026-09-01' } }, at)[1]).toBe('统计期间：2026-09-01 至 不限');
  });

  test('the file is named by the list in Chinese and the day', () => {
    expect(contentDisposition(list('county-cases'), 'xlsx', at)).toBe(
      `attachment; filename="county-cases-2026-09-30.xlsx"; filename*=UTF-8''${encodeURIComponent('县级办件-2026-09-30.xlsx')}`,
    );
  });

  test('columns read a case as the clerk does: Beijing times, labels in Chinese, masked data as given', () => {
    const row = {
      number: 'SCJG-20260930-0001',
      channel: 'ONLINE',
      statusLabel: '已受理',
      expedited: true,
      receivedAt: '2026-09-30T01:30:00Z',
      item: { name: '食品经营许可' },
      applicant: { name: '张*', idNumber: '110105********002X', phone: null },
      deadline: { acceptedAt: '2026-09-30T02:00:00Z', dueDate: '2026-10-12', workingDaysLeft: 3, workingDaysOverdue: null, warningLevel: 'YELLOW' },
      department: { name: '临江县市场监督管理局' },
      originTownship: null,
    };
    const l = list('county-cases');
    expect(Object.fromEntries(l.columns.map((c, i) => [c.header, cells(l, row, { role: 'COUNTY_CLERK' })[i]]))).toEqual({
      办件编号: 'SCJG-20260930-0001',
      事项: '食品经营许可',
      部门: '临江县市场监督管理局',
      申请人: '张*',
      证件号码: '110105********002X',
      联系电话: null,
      状态: '已受理',
      收件时间: '2026-09-30 09:30',
      受理时间: '2026-09-30 10:00',
      承诺期限: '2026-10-12',
      剩余工作日: 3,
      超期工作日: null,
      预警: '黄灯',
      特事特办: '是',
      来源: '网上申报',
      代收乡镇: null,
    });
    const township = list('township-cases');
    const at = township.columns.findIndex((c) => c.header === '来源');
    expect(cells(township, { ...row, channel: 'WINDOW', township: { name: '青石镇' } }, { role: 'SUPERVISOR' })[at]).toBe('窗口收件');
  });

  test('a complaint reads its source channel as the graph labels it, after its number', () => {
    const l = list('complaints');
    expect(l.columns.slice(0, 2).map((c) => c.header)).toEqual(['投诉编号', '来源渠道']);
    const row = {
      number: 'TS-20261101-0001',
      channelLabel: '12345 热线',
      unitType: 'DEPARTMENT',
      unitName: '临江县市场监督管理局',
      caseNumber: null,
      complainant: { name: '王*', phone: null },
      text: '窗口推诿',
      statusLabel: '已登记',
      filedAt: '2026-11-01T02:00:00Z',
      dueDate: '2026-11-08',
      overdue: false,
      extended: false,
      unitFeedback: null,
      resultNote: null,
      closedAt: null,
    };
    expect(cells(l, row, { role: 'SUPERVISOR' }).slice(0, 3)).toEqual(['TS-20261101-0001', '12345 热线', '县级部门']);
  });

  test('a viewer’s warning list leaves supervision empty rather than saying 未督办', () => {
    const l = list('warnings');
    const row = { tier: 'COUNTY', number: 'N', statusLabel: '办理中', deadline: { warningLevel: 'RED', dueDate: null, workingDaysLeft: 0 }, supervision: null, item: { name: 'i' }, unitName: 'u' };
    const col = l.columns.findIndex((c) => c.header === '督办');
    expect(cells(l, row, { role: 'SUPERVISOR' })[col]).toBe('未督办');
    expect(cells(l, row, { role: 'VIEWER' })[col]).toBeNull();
  });

  test('an audit entry’s changes read field by field', () => {
    expect(changesText([{ field: 'promisedDays', before: '5', after: '3' }, { field: 'name', before: null, after: '"新"' }])).toBe('promisedDays: 5 → 3；name: （无） → "新"');
    // Record kinds and actions read as the 操作日志 page names them.
    const l = list('county-audit-log');
    const row = { at: '2026-11-02T01:00:00Z', actorName: '县中心管理员', actorRole: 'COUNTY_ADMIN', actorUnitId: null, entityType: 'COUNTY_SETTINGS', entityId: 'county', action: 'UPDATE', changes: [] };
    expect(cells(l, row, { role: 'COUNTY_ADMIN' }).slice(0, 6)).toEqual(['2026-11-02 09:00', '县中心管理员', '县中心管理员', '系统设置', 'county', '修改']);
  });

  test('the per-unit table has the dashboard’s columns, in its order', () => {
    expect(list('unit-statistics').columns.map((c) => c.header)).toEqual(['单位', '受理', '即办件', '即办件占比', '承诺件', '承诺件占比', '网上申报', '网上申报占比', '办结', '办结率', '承诺件办结率', '按时办结率', '提前办结率', '待办', '待办占比', '超期', '特事特办', '满意率']);
  });
});

describe('requests', () => {
  test('the path names a known list and xlsx or csv', () => {
    expect(parseTarget('/export/county-cases.xlsx').format).toBe('xlsx');
    expect(parseTarget('/export/warnings.csv').list.title).toBe('预警办件');
    expect(refusalOf(() => parseTarget('/export/secrets.xlsx')).code).toBe('EXPORT_UNKNOWN_LIST');
    expect(refusalOf(() => parseTarget('/export/county-cases.pdf')).code).toBe('EXPORT_BAD_FORMAT');
    expect(refusalOf(() => parseTarget('/export/county-cases')).code).toBe('EXPORT_BAD_FORMAT');
  });

  test('variables must be the list’s: unknown fields, wrong types and bad dates are refused, saying where', () => {
    expect(parseVariables(list('county-cases'), '')).toEqual({});
    expect(parseVariables(list('county-cases'), JSON.stringify({ variables: { filter: { status: ['ACCEPTED'], warning: ['RED'] } } }))).toEqual({ filter: { status: ['ACCEPTED'], warning: ['RED'] } });
    const bad = [
      '{"variables": {"filter": {"nickname": "x"}}}',
      '{"variables": {"filter": {"status": ["NAPPING"]}}}',
      '{"variables": {"filter": {"overdue": "yes"}}}',
      '{"variables": {"limit": 100000}}',
      '{"variables": [1]}',
      '{"query": "{ countyCases { total } }"}',
      '[]',
    ];
    for (const body of bad) expect([body, refusalOf(() => parseVariables(list('county-cases'), body)).code]).toEqual([body, 'BAD_USER_INPUT']);
    // The filters the pages send: the queues' and warnings' 来源, the complaints' 来源渠道.
    for (const name of ['county-cases', 'township-cases']) {
      expect(parseVariables(list(name), '{"variables": {"filter": {"channel": ["ONLINE"], "warning": ["YELLOW", "RED"], "itemId": "i1"}}}')).toEqual({ filter: { channel: ['ONLINE'], warning: ['YELLOW', 'RED'], itemId: 'i1' } });
      expect(refusalOf(() => parseVariables(list(name), '{"variables": {"filter": {"channel": ["POST"]}}}')).code).toBe('BAD_USER_INPUT');
    }
    const complaintFilter = { status: ['RECEIVED'], channel: ['HOTLINE_12345', 'PUBLIC_FORM'], unitType: 'DEPARTMENT', overdue: true, filedFrom: '2026-11-01', filedTo: '2026-11-20' };
    expect(parseVariables(list('complaints'), JSON.stringify({ variables: { filter: complaintFilter } }))).toEqual({ filter: complaintFilter });
    expect(refusalOf(() => parseVariables(list('complaints'), '{"variables": {"filter": {"channel": ["PHONE"]}}}')).code).toBe('BAD_USER_INPUT');
    const e = refusalOf(() => parseVariables(list('unit-statistics'), '{"variables": {"from": "2026-9-1", "to": "2026-09-30"}}'));
    expect(e.message).toContain('from');
    expect(refusalOf(() => parseVariables(list('unit-statistics'), '{"variables": {"from": "2026-09-01"}}')).code).toBe('BAD_USER_INPUT');
    expect(refusalOf(() => parseVariables(list('unit-statistics'), '{"variables": {"from": "2026-02-30", "to": "2026-09-30"}}')).message).toContain('日期不存在');
    expect(refusalOf(() => parseVariables(list('county-cases'), '{"variables":')).code).toBe('BAD_REQUEST');
    const long = JSON.stringify({ variables: { filter: { applicantName: 'x'.repeat(MAX_BODY_BYTES) } } });
    expect(refusalOf(() => parseVariables(list('county-cases'), long)).code).toBe('EXPORT_VARIABLES_TOO_LARGE');
  });

  test('every list’s documents validate against the graph and declare limit and offset when paged', () => {
    const schema = apiSchema();
    expect(EXPORT_LISTS.size).toBe(12);
    for (const l of EXPORT_LISTS.values()) {
      for (const s of l.sources) {
        const doc = parse(s.document);
        expect([l.name, validate(schema, doc).map((e) => e.message)]).toEqual([l.name, []]);
        if (s.paged) expect(s.document).toMatch(/\$limit: Int!, \$offset: Int!/);
      }
    }
  });
});

describe('paging', () => {
  test('reads every page of every source in turn, PAGE_SIZE at a time, until the total', async () => {
    const calls: Record<string, unknown>[] = [];
    const execute: Execute = async (doc, v) => {
      calls.push(v);
      const field = doc.includes('countyCases') ? 'countyCases' : 'townshipCases';
      const total = field === 'countyCases' ? PAGE_SIZE + 3 : 2;
      const offset = v.offset as number;
      const n = Math.max(0, Math.min(PAGE_SIZE, total - offset));
      return { data: { [field]: { total, nodes: Array.from({ length: n }, (_, i) => ({ number: `${field}-${offset + i}`, department: { shortName: 'd' }, township: { name: 't' } })) } } };
    };
    const sizes: number[] = [];
    for await (const rows of pagesOf(list('warnings'), {}, execute)) sizes.push(rows.length);
    expect(sizes).toEqual([PAGE_SIZE, 3, 2]);
    expect(calls.map((c) => c.offset)).toEqual([0, PAGE_SIZE, 0]);
    expect(calls[0]).toEqual({ filter: { warning: ['YELLOW', 'RED'] }, limit: PAGE_SIZE, offset: 0 });
  });

  test('the 预警 page’s tier reads that tier only, with its unit and item', async () => {
    const calls: [string, Record<string, unknown>][] = [];
    const execute: Execute = async (doc, v) => {
      const field = doc.includes('countyCases') ? 'countyCases' : 'townshipCases';
      calls.push([field, v]);
      return { data: { [field]: { total: 1, nodes: [{ number: 'n', department: { shortName: 'd' }, township: { name: 't' } }] } } };
    };
    const l = list('warnings');
    const township = parseVariables(l, JSON.stringify({ variables: { tier: 'TOWNSHIP', unitId: 'tw1', itemId: 'it1', levels: ['RED'] } }));
    for await (const rows of pagesOf(l, township, execute)) expect(rows).toHaveLength(1);
    expect(calls).toEqual([['townshipCases', { filter: { warning: ['RED'], itemId: 'it1', townshipId: 'tw1' }, limit: PAGE_SIZE, offset: 0 }]]);
    calls.length = 0;
    for await (const rows of pagesOf(l, parseVariables(l, '{"variables": {"tier": "COUNTY", "unitId": "d1"}}'), execute)) expect(rows).toHaveLength(1);
    expect(calls).toEqual([['countyCases', { filter: { warning: ['YELLOW', 'RED'], departmentId: 'd1' }, limit: PAGE_SIZE, offset: 0 }]]);
    // A unit or item without its tier would be a county id asked of the townships: refused.
    expect(refusalOf(() => parseVariables(l, '{"variables": {"unitId": "d1"}}')).message).toContain('tier');
    expect(refusalOf(() => parseVariables(l, '{"variables": {"tier": "CITY"}}')).code).toBe('BAD_USER_INPUT');
  });

  test('an error of the graph on any page ends the export with the graph’s code', async () => {
    const execute: Execute = async () => ({ data: { countyCases: null }, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] });
    await expect(pagesOf(list('county-cases'), {}, execute).next()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
