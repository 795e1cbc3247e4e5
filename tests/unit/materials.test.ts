import { materialsAfterSupplement, missingMandatoryMaterials, requireMandatoryMaterials } from '../../subgraphs/shared/domain/materials';
import { DomainError } from '../../subgraphs/shared/domain/errors';

const ITEM = [
  { name: '申请书', mandatory: true },
  { name: '身份证明', mandatory: true },
  { name: '场所证明', mandatory: false },
];

test('lists the mandatory materials not submitted, in the item order', () => {
  expect(missingMandatoryMaterials(ITEM, [])).toEqual(['申请书', '身份证明']);
  expect(missingMandatoryMaterials(ITEM, ['身份证明', '场所证明'])).toEqual(['申请书']);
  expect(missingMandatoryMaterials(ITEM, ['申请书', '身份证明'])).toEqual([]);
});

test('acceptance is refused with MATERIALS_REQUIRED naming each missing one', () => {
  expect(() => requireMandatoryMaterials(ITEM, ['申请书', '身份证明'])).not.toThrow();
  try {
    requireMandatoryMaterials(ITEM, ['场所证明']);
    throw new Error('not refused');
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('MATERIALS_REQUIRED');
    expect((e as DomainError).message).toContain('申请书、身份证明');
    expect((e as DomainError).details).toEqual({ field: 'submittedMaterials', missing: ['申请书', '身份证明'] });
  }
});

test('a supplement adds what the notice listed and the item knows', () => {
  expect(materialsAfterSupplement(ITEM, ['申请书'], ['身份证明', '别的东西'])).toEqual(['申请书', '身份证明']);
});
