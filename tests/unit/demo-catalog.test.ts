import {
  APPLICANT_GIVEN_NAMES,
  APPLICANT_SURNAMES,
  CLERK_NAMES,
  COMPANY_NAMES,
  COUNTY,
  COUNTY_ITEMS,
  DEPARTMENTS,
  STREET_NAMES,
  TOWNSHIPS,
  TOWNSHIP_ITEM_TEMPLATES,
  type DemoFee,
  type DemoMaterial,
} from '../../subgraphs/shared/demo/catalog';

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

const departmentCodes = new Set(DEPARTMENTS.map((d) => d.code));
const townshipCodes = new Set(TOWNSHIPS.map((t) => t.code));
const allItems = [
  ...COUNTY_ITEMS.map((i) => ({ ...i, ref: i.code })),
  ...TOWNSHIP_ITEM_TEMPLATES.map((i) => ({ ...i, ref: `township template ${i.code}` })),
];

function checkMaterials(ref: string, materials: DemoMaterial[]): void {
  expect({ ref, count: materials.length >= 1 && materials.length <= 6 }).toEqual({ ref, count: true });
  expect({ ref, mandatory: materials.some((m) => m.mandatory) }).toEqual({ ref, mandatory: true });
  for (const m of materials) {
    expect(m.name.trim()).not.toBe('');
    expect(Number.isInteger(m.originals) && m.originals >= 0).toBe(true);
    expect(Number.isInteger(m.copies) && m.copies >= 0).toBe(true);
    expect({ ref, material: m.name, any: m.originals + m.copies > 0 }).toEqual({ ref, material: m.name, any: true });
  }
  expect({ ref, dup: duplicates(materials.map((m) => m.name)) }).toEqual({ ref, dup: [] });
}

function checkFee(ref: string, fee: DemoFee | null): void {
  if (fee === null) return;
  expect({ ref, ok: Number.isInteger(fee.amountFen) && fee.amountFen >= 0 }).toEqual({ ref, ok: true });
  expect(fee.basis.trim()).not.toBe('');
}

describe('demo catalog: county and departments', () => {
  it('describes the county', () => {
    expect(COUNTY.divisionCode).toBe('511099');
    expect(COUNTY.name).toContain('临江县');
    expect(COUNTY.address).not.toBe('');
    expect(COUNTY.phone).toMatch(/^0\d{3}-\d{7}$/);
  });

  it('has at least 12 departments with unique, well-formed codes', () => {
    expect(DEPARTMENTS.length).toBeGreaterThanOrEqual(12);
    expect(duplicates(DEPARTMENTS.map((d) => d.code))).toEqual([]);
    expect(duplicates(DEPARTMENTS.map((d) => d.name))).toEqual([]);
    for (const d of DEPARTMENTS) {
      expect(d.code).toMatch(/^[A-Z]{2,8}$/);
      expect(d.name.startsWith('临江县')).toBe(true);
      expect(d.shortName).not.toBe('');
      expect(d.window).toMatch(/^[A-Z]区\d+号窗口$/);
      expect(d.phone).toMatch(/^0839-\d{7}$/);
    }
    expect(duplicates(DEPARTMENTS.map((d) => d.window))).toEqual([]);
  });

  it('includes the departments a county center is expected to station', () => {
    const names = DEPARTMENTS.map((d) => d.name).join('|');
    for (const required of [
      '市场监督管理局', '公安局', '民政局', '人力资源和社会保障局', '自然资源局', '住房和城乡建设局', '交通运输局',
      '农业农村局', '卫生健康局', '教育局', '文化广播电视和旅游局', '医疗保障局',
    ]) {
      expect(names).toContain(required);
    }
    expect(/残疾人联合会|退役军人事务局/.test(names)).toBe(true);
    expect(/林业局|水利局/.test(names)).toBe(true);
  });
});

describe('demo catalog: townships and village points', () => {
  it('has at least 9 townships whose code is their 9-digit division code under 511099', () => {
    expect(TOWNSHIPS.length).toBeGreaterThanOrEqual(9);
    expect(duplicates(TOWNSHIPS.map((t) => t.code))).toEqual([]);
    expect(duplicates(TOWNSHIPS.map((t) => t.name))).toEqual([]);
    for (const t of TOWNSHIPS) {
      expect(t.divisionCode).toMatch(/^511099\d{3}$/);
      expect(t.code).toBe(t.divisionCode);
      expect(t.name).toMatch(/[镇乡]$/);
      expect(t.address).toContain(t.name);
      expect(t.phone).toMatch(/^0839-\d{7}$/);
    }
  });

  it('gives every township 3–6 village points coded under it, unique county-wide', () => {
    for (const t of TOWNSHIPS) {
      expect({ t: t.name, n: t.villages.length >= 3 && t.villages.length <= 6 }).toEqual({ t: t.name, n: true });
      for (const v of t.villages) {
        expect(v.code).toMatch(/^\d{12}$/);
        expect(v.code.startsWith(t.divisionCode)).toBe(true);
        expect(v.name).toMatch(/便民服务室$/);
      }
    }
    const all = TOWNSHIPS.flatMap((t) => t.villages);
    expect(duplicates(all.map((v) => v.code))).toEqual([]);
    expect(duplicates(all.map((v) => v.name))).toEqual([]);
  });
});

describe('demo catalog: county items', () => {
  it('has at least 45 items with unique codes of the form <department>-<3 digits>', () => {
    expect(COUNTY_ITEMS.length).toBeGreaterThanOrEqual(45);
    expect(duplicates(COUNTY_ITEMS.map((i) => i.code))).toEqual([]);
    expect(duplicates(COUNTY_ITEMS.map((i) => i.name))).toEqual([]);
    for (const i of COUNTY_ITEMS) {
      expect(i.code).toMatch(/^[A-Z]{2,8}-\d{3}$/);
      expect(i.code.startsWith(`${i.departmentCode}-`)).toBe(true);
    }
  });

  it('references existing departments', () => {
    const unknown = COUNTY_ITEMS.filter((i) => !departmentCodes.has(i.departmentCode)).map((i) => i.code);
    expect(unknown).toEqual([]);
  });

  it('gives every department at least one item', () => {
    const used = new Set(COUNTY_ITEMS.map((i) => i.departmentCode));
    expect(DEPARTMENTS.filter((d) => !used.has(d.code)).map((d) => d.code)).toEqual([]);
  });

  it('has at least 18 delegable items, some delegated to only some townships', () => {
    const delegable = COUNTY_ITEMS.filter((i) => i.delegable);
    expect(delegable.length).toBeGreaterThanOrEqual(18);
    const partial = delegable.filter((i) => i.delegatedTownshipCodes !== null);
    expect(partial.length).toBeGreaterThanOrEqual(3);
    for (const i of partial) {
      const codes = i.delegatedTownshipCodes ?? [];
      expect(codes.length).toBeGreaterThan(0);
      expect(codes.length).toBeLessThan(TOWNSHIPS.length);
      expect(duplicates(codes)).toEqual([]);
      expect(codes.filter((c) => !townshipCodes.has(c))).toEqual([]);
    }
  });

  it('has no township list on items that are not delegable', () => {
    expect(COUNTY_ITEMS.filter((i) => !i.delegable && i.delegatedTownshipCodes !== null).map((i) => i.code)).toEqual([]);
  });

  it('mixes immediate and promised items, with one or two promises above half the legal limit', () => {
    expect(COUNTY_ITEMS.some((i) => i.kind === 'IMMEDIATE')).toBe(true);
    expect(COUNTY_ITEMS.some((i) => i.kind === 'PROMISED')).toBe(true);
    const aboveHalf = COUNTY_ITEMS.filter((i) => i.promisedDays * 2 > i.legalDays);
    expect(aboveHalf.length).toBeGreaterThanOrEqual(1);
    expect(aboveHalf.length).toBeLessThanOrEqual(2);
  });

  it('has a few items that charge a fee', () => {
    expect(COUNTY_ITEMS.filter((i) => i.fee !== null).length).toBeGreaterThanOrEqual(3);
    expect(COUNTY_ITEMS.filter((i) => i.fee === null).length).toBeGreaterThan(COUNTY_ITEMS.length / 2);
  });
});

describe('demo catalog: township item templates', () => {
  it('has at least 12 templates with unique T<2 digits> codes', () => {
    expect(TOWNSHIP_ITEM_TEMPLATES.length).toBeGreaterThanOrEqual(12);
    expect(duplicates(TOWNSHIP_ITEM_TEMPLATES.map((i) => i.code))).toEqual([]);
    expect(duplicates(TOWNSHIP_ITEM_TEMPLATES.map((i) => i.name))).toEqual([]);
    for (const i of TOWNSHIP_ITEM_TEMPLATES) expect(i.code).toMatch(/^T\d{2}$/);
  });

  it('names an existing supervising department', () => {
    const unknown = TOWNSHIP_ITEM_TEMPLATES.filter((i) => !departmentCodes.has(i.supervisingDepartmentCode)).map((i) => i.code);
    expect(unknown).toEqual([]);
  });
});

describe('demo catalog: rules shared by all items', () => {
  it.each(allItems.map((i) => [i.ref, i] as const))('%s keeps the time-limit rules', (_ref, i) => {
    expect(i.name.trim()).not.toBe('');
    expect(i.legalBasis).toMatch(/《.+》/);
    expect(Number.isInteger(i.legalDays) && i.legalDays >= 0).toBe(true);
    expect(Number.isInteger(i.promisedDays) && i.promisedDays >= 0).toBe(true);
    expect(i.promisedDays).toBeLessThanOrEqual(i.legalDays);
    if (i.kind === 'IMMEDIATE') expect(i.promisedDays).toBe(0);
    else expect(i.promisedDays).toBeGreaterThan(0);
  });

  it('lists 1–6 materials per item, at least one mandatory, with sane counts', () => {
    for (const i of allItems) checkMaterials(i.ref, i.materials);
  });

  it('charges only non-negative whole fen, with a basis', () => {
    for (const i of allItems) checkFee(i.ref, i.fee);
  });
});

describe('demo catalog: name pools', () => {
  it('has enough distinct names for generated data', () => {
    expect(APPLICANT_SURNAMES.length).toBeGreaterThanOrEqual(40);
    expect(APPLICANT_SURNAMES.filter((s) => s.length === 2).length).toBeGreaterThanOrEqual(2);
    expect(APPLICANT_GIVEN_NAMES.length).toBeGreaterThanOrEqual(60);
    for (const g of APPLICANT_GIVEN_NAMES) expect(g.length === 1 || g.length === 2).toBe(true);
    expect(COMPANY_NAMES.length).toBeGreaterThanOrEqual(20);
    for (const c of COMPANY_NAMES) expect(c.startsWith('临江县')).toBe(true);
    expect(CLERK_NAMES.length).toBeGreaterThanOrEqual(30);
    expect(STREET_NAMES.length).toBeGreaterThanOrEqual(15);
    for (const list of [APPLICANT_SURNAMES, APPLICANT_GIVEN_NAMES, COMPANY_NAMES, CLERK_NAMES, STREET_NAMES]) {
      expect(duplicates(list)).toEqual([]);
      for (const s of list) expect(s.trim()).toBe(s);
    }
  });
});
