import { guideItems, type CatalogInput, type CountyItemRow } from '../../gateway/web/src/portal/rules/catalog';
import { feeText, filterGuides, materialCopiesText, orderedMaterials, timeLimitText, yuan } from '../../gateway/web/src/portal/rules/guide';

const terms = { legalBasis: '《行政许可法》', materials: [], fee: null };
const countyItem = (o: Partial<CountyItemRow> & Pick<CountyItemRow, 'id' | 'code' | 'name'>): CountyItemRow => ({
  kind: 'PROMISED',
  legalDays: 20,
  promisedDays: 5,
  delegable: false,
  department: { id: 'd-civil' },
  delegatedTownships: null,
  ...terms,
  ...o,
});

const catalog: CatalogInput = {
  departments: [
    { id: 'd-civil', name: '县民政局', window: '3号窗口', phone: '0813-1', active: true },
    { id: 'd-closed', name: '已撤并部门', window: '9号窗口', phone: '0813-9', active: false },
  ],
  townships: [
    { id: 't-a', name: '东兴镇', address: '东兴街1号', phone: '0813-2', active: true },
    { id: 't-b', name: '西林乡', address: '西林街2号', phone: '0813-3', active: true },
    { id: 't-x', name: '已撤乡', address: '—', phone: '—', active: false },
  ],
  countyItems: [
    countyItem({ id: 'c1', code: 'C002', name: '最低生活保障审批', delegable: true }),
    countyItem({ id: 'c2', code: 'C001', name: '婚姻登记', kind: 'IMMEDIATE', delegable: true, delegatedTownships: [{ id: 't-b' }, { id: 't-x' }] }),
    countyItem({ id: 'c3', code: 'C003', name: '社会团体登记', delegable: true, delegatedTownships: [] }),
    countyItem({ id: 'c4', code: 'C004', name: '旧事项', department: { id: 'd-closed' } }),
  ],
  townshipItems: [
    { id: 'w1', code: 'T001', name: '农村建房审批', kind: 'PROMISED', legalDays: 20, promisedDays: 10, township: { id: 't-a' }, ...terms },
    { id: 'w2', code: 'T002', name: '撤并乡事项', kind: 'IMMEDIATE', legalDays: 1, promisedDays: 1, township: { id: 't-x' }, ...terms },
  ],
};

describe('where an item can be handed in', () => {
  const items = guideItems(catalog);
  const places = (id: string) => items.find((i) => i.id === id)!.places.map((p) => `${p.name}${p.delegated ? '(委托)' : ''}`);

  test('a delegable county item without a list: its department and every active township', () => {
    expect(places('c1')).toEqual(['县民政局', '东兴镇便民服务中心(委托)', '西林乡便民服务中心(委托)']);
  });
  test('a delegated list names only its active townships; an empty list none', () => {
    expect(places('c2')).toEqual(['县民政局', '西林乡便民服务中心(委托)']);
    expect(places('c3')).toEqual(['县民政局']);
  });
  test('the guide text is kept trimmed; blank is none', () => {
    const withText = guideItems({ ...catalog, countyItems: [countyItem({ id: 'g1', code: 'G1', name: '有指引', guideText: '  先预约，再到窗口。\n ' }), countyItem({ id: 'g2', code: 'G2', name: '无指引', guideText: '   ' })] });
    expect(withText.filter((i) => i.tier === 'county').map((i) => i.guideText)).toEqual(['先预约，再到窗口。', null]);
  });
  test('items of a closed department or township are not shown', () => {
    expect(items.map((i) => i.id).sort()).toEqual(['c1', 'c2', 'c3', 'w1']);
  });
  test('a township item is handled at its township, owned by it', () => {
    const w1 = items.find((i) => i.id === 'w1')!;
    expect(w1.owner).toEqual({ id: 't-a', name: '东兴镇' });
    expect(w1.places).toEqual([{ kind: 'township', id: 't-a', name: '东兴镇便民服务中心', address: '东兴街1号', phone: '0813-2', delegated: false }]);
  });
});

describe('searching the guides', () => {
  const items = guideItems(catalog);
  const ids = (f: Parameters<typeof filterGuides>[1]) => filterGuides(items, f).map((i) => i.id);

  test('county items first, each tier by code', () => expect(ids({})).toEqual(['c2', 'c1', 'c3', 'w1']));
  test('by words of the name, the code or the unit, all of them', () => {
    expect(ids({ text: '登记' })).toEqual(['c2', 'c3']);
    expect(ids({ text: ' c00 婚姻 ' })).toEqual(['c2']);
    expect(ids({ text: '民政局' })).toEqual(['c2', 'c1', 'c3']);
    expect(ids({ text: '不存在' })).toEqual([]);
  });
  test('by tier and kind', () => {
    expect(ids({ tier: 'township' })).toEqual(['w1']);
    expect(ids({ kind: 'IMMEDIATE' })).toEqual(['c2']);
    expect(ids({ tier: '', kind: '' })).toEqual(['c2', 'c1', 'c3', 'w1']);
  });
  test('a township shows its own items and the county items it takes in', () => {
    expect(ids({ ownerId: 't-a' })).toEqual(['c1', 'w1']);
    expect(ids({ ownerId: 't-b' })).toEqual(['c2', 'c1']);
  });
});

describe('terms in the public words', () => {
  test('fees in yuan with their basis; none or zero is 不收费', () => {
    expect(feeText(null)).toBe('不收费');
    expect(feeText({ amountFen: 0, basis: 'x' })).toBe('不收费');
    expect(feeText({ amountFen: 1050, basis: '川发改价格〔2020〕1号' })).toBe('10.50 元（依据：川发改价格〔2020〕1号）');
    expect([yuan(5), yuan(100), yuan(12345)]).toEqual(['0.05', '1', '123.45']);
  });
  test('time limits', () => {
    expect(timeLimitText({ kind: 'IMMEDIATE', legalDays: 5, promisedDays: 1 })).toBe('即来即办（当场办结）');
    expect(timeLimitText({ kind: 'PROMISED', legalDays: 20, promisedDays: 5 })).toBe('承诺 5 个工作日办结（法定 20 个工作日）');
  });
  test('materials: copies in words, mandatory ones first in catalog order', () => {
    expect(materialCopiesText({ name: 'a', originals: 1, copies: 2, mandatory: true })).toBe('原件 1 份、复印件 2 份');
    expect(materialCopiesText({ name: 'a', originals: 0, copies: 1, mandatory: true })).toBe('复印件 1 份');
    expect(materialCopiesText({ name: 'a', originals: 0, copies: 0, mandatory: false })).toBe('无需纸质材料');
    const m = (name: string, mandatory: boolean) => ({ name, originals: 1, copies: 0, mandatory });
    expect(orderedMaterials([m('甲', false), m('乙', true), m('丙', false), m('丁', true)]).map((x) => x.name)).toEqual(['乙', '丁', '甲', '丙']);
  });
});
