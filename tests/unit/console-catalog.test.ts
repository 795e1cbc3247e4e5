import { menuEntryOf, menuSections, mayOpen, viewsFor } from '../../gateway/web/src/console/rules/navigation';
import {
  copyItemForm,
  countyItemInput,
  daysText,
  emptyItemForm,
  feeText,
  fenToYuan,
  formFromItem,
  itemFieldProblems,
  itemProblem,
  moveMaterial,
  promisedShareHint,
  removeMaterial,
  townshipItemInput,
  yuanToFen,
  type ItemForm,
} from '../../gateway/web/src/console/rules/catalog';
import { chinesePart, departmentProblems, townshipProblems, unitInput, villageProblems } from '../../gateway/web/src/console/rules/units';

const ROLES = ['COUNTY_CLERK', 'TOWNSHIP_CLERK', 'SUPERVISOR', 'VIEWER', 'COUNTY_ADMIN'] as const;
const ADMIN_PATHS = ['/admin/departments', '/admin/items', '/admin/items/new', '/admin/items/abc', '/admin/townships', '/admin/townships/abc'];

describe('中心管理 in the menu', () => {
  test('county administrators get 部门, 事项目录 and 乡镇与村便民服务室 first in one group after their other views', () => {
    const sections = menuSections(viewsFor('COUNTY_ADMIN'));
    expect(sections[0].group).toBeNull();
    const centre = sections.find((s) => s.group === '中心管理');
    // The calendar, settings and audit log follow in the same group (tests/unit/console-admin.test.ts).
    expect(centre?.views.slice(0, 3).map((v) => [v.path, v.label])).toEqual([
      ['/admin/departments', '部门'],
      ['/admin/items', '事项目录'],
      ['/admin/townships', '乡镇与村便民服务室'],
    ]);
  });
  test('only county administrators open the catalog pages, by menu or by a typed address', () => {
    for (const path of ADMIN_PATHS) {
      expect(mayOpen('COUNTY_ADMIN', path)).toBe(true);
      for (const role of ROLES.filter((r) => r !== 'COUNTY_ADMIN')) expect(mayOpen(role, path)).toBe(false);
    }
    expect(mayOpen('COUNTY_ADMIN', '/admin/itemsx')).toBe(false);
    expect(mayOpen('COUNTY_ADMIN', '/admin/nothing')).toBe(false);
    const catalogViews = ['/admin/departments', '/admin/items', '/admin/townships'];
    for (const role of ROLES.filter((r) => r !== 'COUNTY_ADMIN')) expect(viewsFor(role).some((v) => catalogViews.includes(v.path))).toBe(false);
  });
  test('an item or a township page lights its list in the menu', () => {
    expect(menuEntryOf('COUNTY_ADMIN', '/admin/items/abc')).toBe('/admin/items');
    expect(menuEntryOf('COUNTY_ADMIN', '/admin/townships/abc')).toBe('/admin/townships');
    expect(menuEntryOf('COUNTY_ADMIN', '/overview')).toBe('/overview');
    expect(menuEntryOf('COUNTY_CLERK', '/admin/items')).toBeNull();
  });
  test('views without a group come first, groups in the order they appear', () => {
    const s = menuSections([{ path: '/a', label: 'A', group: 'G' }, { path: '/b', label: 'B' }, { path: '/c', label: 'C', group: 'G' }]);
    expect(s.map((x) => [x.group, x.views.map((v) => v.path)])).toEqual([['G', ['/a', '/c']], [null, ['/b']]]);
  });
});

describe('materials list', () => {
  const list = ['申请书', '身份证明', '营业执照'];
  test('moves one up or down, and leaves the list alone at either end', () => {
    expect(moveMaterial(list, 1, -1)).toEqual(['身份证明', '申请书', '营业执照']);
    expect(moveMaterial(list, 1, 1)).toEqual(['申请书', '营业执照', '身份证明']);
    expect(moveMaterial(list, 0, -1)).toEqual(list);
    expect(moveMaterial(list, 2, 1)).toEqual(list);
    expect(moveMaterial(list, 7, 1)).toEqual(list);
    expect(list).toEqual(['申请书', '身份证明', '营业执照']);
  });
  test('removes one', () => {
    expect(removeMaterial(list, 1)).toEqual(['申请书', '营业执照']);
  });
});

describe('fee in yuan and fen', () => {
  test('yuan as typed becomes whole fen; anything else is refused', () => {
    expect(yuanToFen('12')).toBe(1200);
    expect(yuanToFen('12.5')).toBe(1250);
    expect(yuanToFen(' 0.05 ')).toBe(5);
    expect(yuanToFen('1234567.89')).toBe(123456789);
    for (const bad of ['', '12.345', '-1', '1e3', '十元', '12.', '.5']) expect(yuanToFen(bad)).toBeNull();
  });
  test('fen is shown in yuan with two decimals, with its basis, or 不收费', () => {
    expect(fenToYuan(1250)).toBe('12.50');
    expect(fenToYuan(5)).toBe('0.05');
    expect(fenToYuan(0)).toBe('0.00');
    expect(feeText({ amountFen: 1000, basis: '川发改价格〔2020〕1号' })).toBe('10.00 元（收费依据：川发改价格〔2020〕1号）');
    expect(feeText(null)).toBe('不收费');
    for (const fen of [1, 99, 100, 12345]) expect(yuanToFen(fenToYuan(fen))).toBe(fen);
  });
});

describe('item form', () => {
  const good = (over: Partial<ItemForm> = {}): ItemForm => ({
    ...emptyItemForm(),
    code: 'SCJG-001',
    name: '食品经营许可',
    departmentId: 'd1',
    supervisingDepartmentId: 'd1',
    legalBasis: '《食品安全法》',
    materials: [{ name: '申请书', originals: 1, copies: 0, mandatory: true }],
    ...over,
  });
  test('a complete form has no problem in either tier', () => {
    expect(itemProblem(good(), 'county')).toBeNull();
    expect(itemProblem(good({ departmentId: '' }), 'township')).toBeNull();
  });
  test('each broken rule names its field in Chinese', () => {
    const p = (over: Partial<ItemForm>, tier: 'county' | 'township' = 'county') => itemFieldProblems(good(over), tier);
    expect(p({ code: ' ' }).code).toBe('请填写事项编码');
    expect(p({ departmentId: '' }).departmentId).toBe('请选择所属部门');
    expect(p({ supervisingDepartmentId: '' }, 'township').supervisingDepartmentId).toBe('请选择业务指导部门');
    expect(p({ legalDays: 10, promisedDays: 11 }).promisedDays).toBe('承诺时限不能超过法定时限');
    expect(p({ kind: 'IMMEDIATE', promisedDays: 2 }).promisedDays).toBe('即办件的承诺时限应为0');
    expect(p({ kind: 'PROMISED', legalDays: 0, promisedDays: 0 }).legalDays).toBe('承诺件的法定时限不能为0');
    expect(p({ materials: [] }).materials).toBe('至少需要一项材料');
    expect(p({ materials: [{ name: '', originals: 1, copies: 0, mandatory: true }] }).materials).toBe('每项材料都要填写名称');
    expect(p({ materials: [{ name: 'A', originals: 1, copies: 0, mandatory: true }, { name: 'A ', originals: 0, copies: 1, mandatory: false }] }).materials).toBe('材料名称不能重复');
    expect(p({ charged: true, feeYuan: '1.234', feeBasis: 'x' }).feeYuan).toMatch(/两位小数/);
    expect(p({ charged: true, feeYuan: '5', feeBasis: ' ' }).feeBasis).toBe('收费须写明收费依据');
    expect(p({ legalBasis: '' }).legalBasis).toBe('请填写设定依据');
    expect(p({ guideText: '办'.repeat(5001) }).guideText).toBe('办事指南不超过5000字');
    expect(p({ guideText: '办'.repeat(5000) }).guideText).toBeNull();
  });
  test('promised days above half the legal days are flagged before saving', () => {
    expect(promisedShareHint({ kind: 'PROMISED', legalDays: 20, promisedDays: 10 })).toBeNull();
    expect(promisedShareHint({ kind: 'PROMISED', legalDays: 20, promisedDays: 11 })).toMatch(/50%/);
    expect(promisedShareHint({ kind: 'IMMEDIATE', legalDays: 5, promisedDays: 0 })).toBeNull();
  });
  test('the county input carries the department, delegation and fee in fen; the township input its supervising department', () => {
    const f = good({ charged: true, feeYuan: '12.5', feeBasis: ' 物价文件 ', delegable: true, delegatedTownshipIds: ['t1'] });
    expect(countyItemInput(f, 'req-12345678')).toEqual({
      code: 'SCJG-001', name: '食品经营许可', kind: 'PROMISED', legalDays: 20, promisedDays: 10,
      materials: [{ name: '申请书', originals: 1, copies: 0, mandatory: true }],
      fee: { amountFen: 1250, basis: '物价文件' }, legalBasis: '《食品安全法》', guideText: '', active: true,
      departmentId: 'd1', delegable: true, delegatedTownshipIds: ['t1'], requestId: 'req-12345678',
    });
    expect(countyItemInput(good({ delegable: false, delegatedTownshipIds: ['t1'] })).delegatedTownshipIds).toBeNull();
    expect(countyItemInput(good({ delegable: true })).delegatedTownshipIds).toBeNull();
    const t = townshipItemInput(good());
    expect(t).toMatchObject({ supervisingDepartmentId: 'd1', fee: null });
    expect(t).not.toHaveProperty('departmentId');
    expect(t).not.toHaveProperty('requestId');
  });
  test('an item read from the graph fills the form, and a copy shares no list with it', () => {
    const f = formFromItem({
      code: 'X', name: 'Y', kind: 'PROMISED', legalDays: 20, promisedDays: 8, legalBasis: 'B', active: true,
      materials: [{ name: 'M', originals: 1, copies: 2, mandatory: false }], fee: { amountFen: 500, basis: 'F' }, guideText: null,
      department: { id: 'd2' }, delegable: true, delegatedTownships: [{ id: 't1' }, null],
    });
    expect(f).toMatchObject({ charged: true, feeYuan: '5.00', feeBasis: 'F', guideText: '', departmentId: 'd2', delegatedTownshipIds: ['t1'] });
    const c = copyItemForm(f);
    c.materials[0].name = 'changed';
    expect(f.materials[0].name).toBe('M');
    expect(daysText(f)).toBe('法定 20 个工作日 · 承诺 8 个工作日');
    expect(daysText({ kind: 'IMMEDIATE', legalDays: 5, promisedDays: 0 })).toBe('即办（法定 5 个工作日）');
  });
});

describe('unit forms', () => {
  test('department: code of 2–8 capitals (typed in any case), every text field required', () => {
    const ok = { code: 'scjg', name: '临江县市场监督管理局', shortName: '市场监管局', window: 'A区1号', phone: '0839-1' };
    expect(Object.values(departmentProblems(ok)).filter(Boolean)).toEqual([]);
    expect(departmentProblems({ ...ok, code: 'S1' }).code).toMatch(/大写字母/);
    expect(departmentProblems({ ...ok, window: ' ' }).window).toBe('请填写窗口');
    expect(unitInput(ok).code).toBe('SCJG');
  });
  test('township: a 9-digit division code; village point: the township code and 3 digits', () => {
    expect(townshipProblems({ divisionCode: '51109910', name: 'a', address: 'b', phone: 'c' }).divisionCode).toMatch(/9位/);
    expect(villageProblems({ code: '511099101001', name: '河口村' }, '511099101')).toEqual({ code: null, name: null });
    expect(villageProblems({ code: '511099102001', name: '河口村' }, '511099101').code).toMatch(/511099101/);
    expect(unitInput({ code: ' 511099101001 ', name: ' 河口村 ' })).toEqual({ code: '511099101001', name: '河口村' });
  });
  test('the graph’s message is shown in its Chinese words', () => {
    expect(chinesePart('部门尚有3件未办结的办件，不能停用；请先办结或移交 (The department has 3 unfinished cases and cannot be deactivated)')).toBe('部门尚有3件未办结的办件，不能停用；请先办结或移交');
    expect(chinesePart('只有中文')).toBe('只有中文');
  });
});
