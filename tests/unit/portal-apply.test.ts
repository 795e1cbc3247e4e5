import { applicationInput, applicationProblems, applicationWindow, applicationWindows, delegatedApplicationInput, missingMandatory, mobileProblem, newApplicationForm } from '../../gateway/web/src/portal/rules/apply';
import type { GuideItem } from '../../gateway/web/src/portal/rules/guide';
import { residentIdCheckChar } from '../../subgraphs/shared/domain/identity';

const ID17 = '51102219900307123';
const ID = ID17 + residentIdCheckChar(ID17);
const materials = [
  { name: '申请书', originals: 1, copies: 0, mandatory: true },
  { name: '身份证', originals: 1, copies: 1, mandatory: true },
  { name: '证明', originals: 0, copies: 1, mandatory: false },
];
const item: Pick<GuideItem, 'id' | 'materials' | 'places'> = {
  id: 'item-1',
  materials,
  places: [
    { kind: 'department', id: 'd', name: '县民政局', delegated: false },
    { kind: 'township', id: 't', name: '东兴镇便民服务中心', delegated: true },
  ],
};
const filled = () => {
  const f = newApplicationForm(item);
  Object.assign(f.applicant, { name: ' 张三 ', idNumber: ID.toLowerCase(), phone: '13812345678 ' });
  f.agreed = true;
  return f;
};

test('a new form ticks every material and agrees to nothing', () => {
  const f = newApplicationForm(item);
  expect(f.materials).toEqual(['申请书', '身份证', '证明']);
  expect(f.agreed).toBe(false);
});

test('a complete form has no problem; each missing or wrong field has its own', () => {
  expect(applicationProblems(filled())).toEqual({});
  const f = filled();
  Object.assign(f.applicant, { name: '', idNumber: ID17 + (ID[17] === '0' ? '1' : '0'), phone: '' });
  f.agreed = false;
  f.note = '字'.repeat(501);
  expect(Object.keys(applicationProblems(f)).sort()).toEqual(['agreed', 'idNumber', 'name', 'note', 'phone']);
  expect(applicationProblems(f).idNumber).toBe('身份证号码校验不通过，请逐位核对');
});

test('the mobile number is required online and must be a mainland mobile', () => {
  expect(mobileProblem('')).toBe('请填写手机号码，窗口将电话联系您');
  expect(mobileProblem('0813123456')).toBe('请填写 11 位手机号码');
  expect(mobileProblem('13812345678')).toBeNull();
});

test('unticked mandatory materials are named', () => {
  expect(missingMandatory(materials, ['申请书', '证明'])).toEqual(['身份证']);
  expect(missingMandatory(materials, ['申请书', '身份证'])).toEqual([]);
});

test('the input is trimmed, the ID upper-cased, materials in catalog order and only the item’s', () => {
  const f = filled();
  f.materials = ['证明', '伪造的材料', '申请书'];
  f.note = '  ';
  expect(applicationInput(f, item, 'rid-0123456789abcdef')).toEqual({
    requestId: 'rid-0123456789abcdef',
    itemId: 'item-1',
    applicant: { name: '张三', idType: 'RESIDENT_ID', idNumber: ID.toUpperCase(), phone: '13812345678' },
    plannedMaterials: ['申请书', '证明'],
    note: null,
  });
});

test('an item is applied for at its own window, not a township that takes it in on the county’s behalf', () => {
  expect(applicationWindow(item)?.name).toBe('县民政局');
});

test('a delegable county item may also go to each township that takes it in, the own window first', () => {
  expect(applicationWindows(item).map((p) => p.name)).toEqual(['县民政局', '东兴镇便民服务中心']);
  expect(applicationWindows({ places: [{ kind: 'township', id: 't', name: '东兴镇', delegated: false }] }).map((p) => p.id)).toEqual(['t']);
  expect(delegatedApplicationInput(filled(), item, 'rid-0123456789abcdef', 't')).toMatchObject({ itemId: 'item-1', townshipId: 't', requestId: 'rid-0123456789abcdef' });
});
