import { COUNTY_UNREACHABLE_NOTICE, forwardingNotice, intakeProblem, itemLabel, receiptRoute } from '../../gateway/web/src/console/rules/intake';
import type { ApplicantForm } from '../../gateway/web/src/console/rules/applicant';
import { creditCodeCheckChar, residentIdCheckChar } from '../../subgraphs/shared/domain/identity';

const ID17 = '51102219900307123';
const ID = ID17 + residentIdCheckChar(ID17);
const CODE17 = '91511099MA6ABCDE1';
const CODE = CODE17 + creditCodeCheckChar(CODE17);
const wrongLast = (s: string) => s.slice(0, 17) + (s[17] === '0' ? '1' : '0');

const item = {
  name: '食品经营许可（仅销售预包装食品）',
  kind: 'PROMISED' as const,
  promisedDays: 10,
  materials: [
    { name: '申请书', originals: 1, copies: 0, mandatory: true },
    { name: '营业执照', originals: 0, copies: 1, mandatory: true },
    { name: '其他说明', originals: 0, copies: 0, mandatory: false },
  ],
};
const person: ApplicantForm = { kind: 'PERSON', name: '张三', idNumber: ID, phone: '13800138000' };

describe('委托受理: what keeps the intake from being sent', () => {
  test('an item must be chosen first', () => {
    expect(intakeProblem(null, null, [], person)).toBe('请选择委托受理的县级事项');
    expect(intakeProblem('x', null, [], person)).toBe('请选择委托受理的县级事项');
  });

  test('unlike a county walk-in, every mandatory material must be there, all named at once', () => {
    expect(intakeProblem('x', item, [], person)).toBe('缺少必要材料：申请书、营业执照。委托受理须收齐必要材料。');
    expect(intakeProblem('x', item, ['申请书'], person)).toBe('缺少必要材料：营业执照。委托受理须收齐必要材料。');
    // An optional material may be missing.
    expect(intakeProblem('x', item, ['申请书', '营业执照'], person)).toBeNull();
  });

  test('the applicant is checked with the receiving form’s rules, check digits included', () => {
    const all = ['申请书', '营业执照'];
    expect(intakeProblem('x', item, all, { ...person, idNumber: wrongLast(ID) })).toBe('身份证号码校验不通过，请逐位核对');
    expect(intakeProblem('x', item, all, { ...person, name: '  ' })).toBe('请填写姓名');
    expect(intakeProblem('x', item, all, { ...person, phone: '12345' })).toBe('请填写 11 位手机号码');
    expect(intakeProblem('x', item, all, { kind: 'ORGANISATION', name: '某公司', idNumber: CODE, phone: '' })).toBeNull();
    expect(intakeProblem('x', item, all, { kind: 'ORGANISATION', name: '某公司', idNumber: wrongLast(CODE), phone: '' })).toBe('统一社会信用代码校验不通过，请逐位核对');
  });
});

describe('what the page says', () => {
  test('the item choice names the kind and the promised days', () => {
    expect(itemLabel(item)).toBe('食品经营许可（仅销售预包装食品）（承诺 10 个工作日）');
    expect(itemLabel({ ...item, kind: 'IMMEDIATE' })).toBe('食品经营许可（仅销售预包装食品）（即办件）');
  });

  test('the intake is forwarded automatically, whether or not the county answers now', () => {
    expect(COUNTY_UNREACHABLE_NOTICE).toContain('将自动转报');
    expect(forwardingNotice(false, true)).toContain('将自动转报县级部门');
    expect(forwardingNotice(false, false)).toMatch(/^县级系统暂时无法连接.*将自动转报县级部门/);
    expect(forwardingNotice(true, true)).toBe('已转报县级部门。');
  });

  test('the 受理回执 is a console print route of the intake', () => {
    expect(receiptRoute('8f0c2d4e-1111-4222-8333-944445555666')).toBe('/print/intake-receipt/township/8f0c2d4e-1111-4222-8333-944445555666');
    expect(receiptRoute('a/b')).toBe('/print/intake-receipt/township/a%2Fb');
  });
});
