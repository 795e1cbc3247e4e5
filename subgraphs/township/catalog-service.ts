import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { newId } from '../shared/db/ids';
import { checkId } from '../shared/cases/case-query';
import { checkItemDeadlines } from '../shared/domain/item-rules';
import { badInput, notFound, appError } from '../shared/graphql/errors';
import { isUniqueViolation } from '../shared/db/unique-violation';
import { validateItemTerms, type ItemTermsInput } from '../shared/cases/item-input';
import { Township, TownshipItem, VillagePoint } from './entities';
import type { CalendarMirror } from './calendar-mirror';

export interface TownshipInput {
  divisionCode: string;
  name: string;
  address: string;
  phone: string;
}

export interface TownshipItemInput extends ItemTermsInput {
  supervisingDepartmentId: string;
}

const TOWNSHIP_FIELDS_ZH = { name: '乡镇名称', address: '地址', phone: '电话' } as const;

/** Townships, their village points and their own items. */
export class TownshipCatalogService {
  constructor(private readonly ds: DataSource, private readonly county: Pick<CalendarMirror, 'hasDepartment'>) {}

  townships(): Promise<Township[]> {
    return this.ds.getRepository(Township).find({ order: { divisionCode: 'ASC' } });
  }

  townshipsByIds(ids: readonly string[]): Promise<Township[]> {
    return this.ds.getRepository(Township).find({ where: { id: In([...ids]) } });
  }

  async saveTownship(id: string | null, input: TownshipInput, now: Date): Promise<Township> {
    const divisionCode = input.divisionCode?.trim();
    if (!/^\d{9}$/.test(divisionCode)) throw badInput('乡镇区划代码 divisionCode 应为9位数字 (A township division code is 9 digits)', { field: 'divisionCode' });
    for (const [field, max] of [['name', 50], ['address', 200], ['phone', 30]] as const) {
      const v = input[field]?.trim();
      if (!v || v.length > max) throw badInput(`${TOWNSHIP_FIELDS_ZH[field]} ${field} 应为1–${max}字 (${field} must be 1–${max} characters)`, { field });
    }
    const repo = this.ds.getRepository(Township);
    const row = id ? await repo.findOne({ where: { id: checkId(id) } }) : Object.assign(new Township(), { id: newId() });
    if (!row) throw notFound('Township', id!);
    Object.assign(row, { divisionCode, name: input.name.trim(), address: input.address.trim(), phone: input.phone.trim(), updatedAt: now });
    try {
      await repo.save(row);
    } catch (e) {
      if (isUniqueViolation(e)) throw appError('DUPLICATE', `乡镇区划代码 divisionCode ${divisionCode} 已被使用 (Division code ${divisionCode} is already in use)`, { field: 'divisionCode' });
      throw e;
    }
    return row;
  }

  villagesOf(townshipIds: readonly string[]): Promise<VillagePoint[]> {
    return this.ds.getRepository(VillagePoint).find({ where: { townshipId: In([...townshipIds]) }, order: { code: 'ASC' } });
  }

  async createVillage(townshipId: string, input: { code: string; name: string }): Promise<VillagePoint> {
    const t = await this.ds.getRepository(Township).findOne({ where: { id: checkId(townshipId) } });
    if (!t) throw notFound('Township', townshipId);
    const code = input.code?.trim();
    if (!/^\d{12}$/.test(code) || !code.startsWith(t.divisionCode)) {
      throw badInput(`村（社区）代码 code 应为本乡镇区划代码 ${t.divisionCode} 加3位数字 (A village point code is the township's division code followed by 3 digits)`, { field: 'code' });
    }
    const name = input.name?.trim();
    if (!name || name.length > 50) throw badInput('村（社区）名称 name 应为1–50字 (A village point name is 1–50 characters)', { field: 'name' });
    const row = Object.assign(new VillagePoint(), { id: newId(), townshipId: t.id, code, name });
    try {
      await this.ds.getRepository(VillagePoint).insert(row);
    } catch (e) {
      if (isUniqueViolation(e)) throw appError('DUPLICATE', `村（社区）代码 code ${code} 已被使用 (Village point code ${code} is already in use)`, { field: 'code' });
      throw e;
    }
    return row;
  }

  items(townshipId: string | null, limit: number, offset: number): Promise<TownshipItem[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw badInput('每页条数 limit 应为1–500 (limit must be from 1 to 500)', { field: 'limit' });
    if (!Number.isInteger(offset) || offset < 0) throw badInput('偏移量 offset 不能为负数 (offset must be 0 or more)', { field: 'offset' });
    return this.ds.getRepository(TownshipItem).find({
      where: { active: true, ...(townshipId ? { townshipId: checkId(townshipId) } : {}) },
      order: { townshipId: 'ASC', code: 'ASC' },
      take: limit,
      skip: offset,
    });
  }

  itemsOf(townshipIds: readonly string[]): Promise<TownshipItem[]> {
    return this.ds.getRepository(TownshipItem).find({ where: { townshipId: In([...townshipIds]), active: true }, order: { code: 'ASC' } });
  }

  itemsByIds(ids: readonly string[]): Promise<TownshipItem[]> {
    return this.ds.getRepository(TownshipItem).find({ where: { id: In([...ids]) } });
  }

  async saveItem(
    id: string | null,
    townshipId: string | null,
    input: TownshipItemInput,
    maxPromisedShare: number,
    now: Date,
  ): Promise<{ item: TownshipItem; warnings: string[] }> {
    const terms = validateItemTerms(input);
    const { warnings } = checkItemDeadlines({ kind: terms.kind, legalDays: terms.legalDays, promisedDays: terms.promisedDays, maxPromisedShare });
    await this.checkSupervisingDepartment(input.supervisingDepartmentId);
    const repo = this.ds.getRepository(TownshipItem);
    let row: TownshipItem | null;
    if (id) {
      row = await repo.findOne({ where: { id: checkId(id) } });
      if (!row) throw notFound('Township item', id);
    } else {
      const t = await this.ds.getRepository(Township).findOne({ where: { id: checkId(townshipId!) } });
      if (!t) throw notFound('Township', townshipId!);
      row = Object.assign(new TownshipItem(), { id: newId(), townshipId: t.id });
    }
    Object.assign(row, { ...terms, supervisingDepartmentId: input.supervisingDepartmentId, active: input.active ?? true, updatedAt: now });
    try {
      await repo.save(row);
    } catch (e) {
      if (isUniqueViolation(e)) throw appError('DUPLICATE', `事项编码 code ${terms.code} 在本乡镇已被使用 (Item code ${terms.code} is already in use in this township)`, { field: 'code' });
      throw e;
    }
    return { item: row, warnings };
  }

  /** The supervising department must be one of the county's, as the township's copy of the county catalog knows them. */
  private async checkSupervisingDepartment(id: string): Promise<void> {
    checkId(id);
    const known = await this.county.hasDepartment(id);
    if (known === null) {
      throw appError('SERVICE_UNAVAILABLE', '暂时无法核对县级部门（县级服务不可用且本地尚无部门目录），未保存任何内容，请稍后再试 (The county departments cannot be checked now; nothing was stored)');
    }
    if (!known) {
      throw badInput(`监管部门 supervisingDepartmentId 不是县级部门：${id}；只能填写县级部门的编号 (supervisingDepartmentId is not a county department)`, {
        field: 'supervisingDepartmentId',
      });
    }
  }
}

export { checkId };
