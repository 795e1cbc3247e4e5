import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { Principal } from '../shared/auth/principal';
import { recordAudit } from '../shared/audit/audit-log';
import { createOnce, type RequestKey } from '../shared/db/create-once';
import { OPEN_STATUSES } from '../shared/domain/lifecycle';
import { newId } from '../shared/db/ids';
import { checkId } from '../shared/cases/case-query';
import { checkItemDeadlines } from '../shared/domain/item-rules';
import { badInput, notFound, appError } from '../shared/graphql/errors';
import { isUniqueViolation } from '../shared/db/unique-violation';
import { validateItemTerms, type ItemTermsInput } from '../shared/cases/item-input';
import { CountyCase, CountyItem, Department } from './entities';
import type { TownshipDirectory } from './township-directory';

export interface DepartmentInput {
  code: string;
  name: string;
  shortName: string;
  window: string;
  phone: string;
  /** Optional idempotency key of a creation (8–80 characters); ignored on updates. */
  requestId?: string | null;
}

export interface CountyItemInput extends ItemTermsInput {
  /** Optional idempotency key of a creation (8–80 characters); ignored on updates. */
  requestId?: string | null;
  departmentId: string;
  delegable: boolean;
  delegatedTownshipIds?: string[] | null;
}

/** Cases not yet decided: received, or accepted and still running or paused. */
const UNFINISHED = ['RECEIVED', ...OPEN_STATUSES];

const DEPARTMENT_FIELDS_ZH = { name: '部门名称', shortName: '部门简称', window: '窗口', phone: '电话' } as const;

/** The county catalog: departments and items, with SPEC §4.1's rules. */
export class CatalogService {
  constructor(private readonly ds: DataSource, private readonly townships: TownshipDirectory) {}

  departments(): Promise<Department[]> {
    return this.ds.getRepository(Department).find({ order: { code: 'ASC' } });
  }

  async saveDepartment(who: Principal, id: string | null, input: DepartmentInput, now: Date): Promise<Department> {
    const code = input.code?.trim().toUpperCase();
    if (!/^[A-Z]{2,8}$/.test(code)) throw badInput('部门代码 code 应为2–8位大写字母，例如 SCJG (A department code is 2–8 capital letters)', { field: 'code' });
    for (const [field, max] of [['name', 100], ['shortName', 40], ['window', 100], ['phone', 30]] as const) {
      const v = input[field]?.trim();
      if (!v || v.length > max) throw badInput(`${DEPARTMENT_FIELDS_ZH[field]} ${field} 应为1–${max}字 (${field} must be 1–${max} characters)`, { field });
    }
    const fields = { code, name: input.name.trim(), shortName: input.shortName.trim(), window: input.window.trim(), phone: input.phone.trim() };
    const save = (key: RequestKey | null) =>
      this.ds.transaction(async (m) => {
        const repo = m.getRepository(Department);
        const found = id ? await repo.findOne({ where: { id: this.checkId(id) } }) : null;
        if (id && !found) throw notFound('Department', id);
        const before = found ? { ...found } : null;
        const row = found ?? Object.assign(new Department(), { id: newId(), active: true, ...key });
        Object.assign(row, { ...fields, updatedAt: now });
        try {
          await repo.save(row);
        } catch (e) {
          if (isUniqueViolation(e)) throw appError('DUPLICATE', `部门代码 code ${code} 已被使用 (Department code ${code} is already in use)`, { field: 'code' });
          throw e;
        }
        await recordAudit(m, who, { entityType: 'DEPARTMENT', entityId: row.id, action: before ? 'UPDATE' : 'CREATE', before, after: row }, now);
        return row;
      });
    if (id) return save(null);
    return createOnce({
      requestId: input.requestId,
      payload: fields,
      find: (requestId) => this.ds.getRepository(Department).findOne({ where: { requestId } }),
      create: save,
    });
  }

  /**
   * Deactivates (停用) or reactivates a department. A department with unfinished cases (received
   * and not yet decided) cannot be deactivated: UNIT_HAS_OPEN_WORK, and nothing changes.
   */
  async setDepartmentActive(who: Principal, id: string, active: boolean, now: Date): Promise<Department> {
    return this.ds.transaction(async (m) => {
      const row = await m.getRepository(Department).findOne({ where: { id: this.checkId(id) } });
      if (!row) throw notFound('Department', id);
      if (row.active === active) return row;
      if (!active) {
        const open = await m.getRepository(CountyCase).count({ where: { departmentId: row.id, status: In(UNFINISHED) } });
        if (open > 0) {
          throw appError('UNIT_HAS_OPEN_WORK', `部门尚有${open}件未办结的办件，不能停用；请先办结或移交 (The department has ${open} unfinished cases and cannot be deactivated)`, { openCases: open });
        }
      }
      const before = { ...row };
      Object.assign(row, { active, updatedAt: now });
      await m.getRepository(Department).save(row);
      await recordAudit(m, who, { entityType: 'DEPARTMENT', entityId: row.id, action: active ? 'REACTIVATE' : 'DEACTIVATE', before, after: row }, now);
      return row;
    });
  }

  items(filter: { departmentId?: string | null; delegable?: boolean | null; search?: string | null; includeInactive?: boolean | null }): Promise<CountyItem[]> {
    const qb = this.ds.getRepository(CountyItem).createQueryBuilder('i').orderBy('i.code', 'ASC');
    if (filter.departmentId) qb.andWhere('i.department_id = :d', { d: this.checkId(filter.departmentId) });
    if (filter.delegable != null) qb.andWhere('i.delegable = :g', { g: filter.delegable });
    if (!filter.includeInactive) qb.andWhere('i.active = :a', { a: true });
    if (filter.search?.trim()) {
      const s = `%${filter.search.trim().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      qb.andWhere("(i.name LIKE :s ESCAPE '\\' OR i.code LIKE :s ESCAPE '\\')", { s });
    }
    return qb.getMany();
  }

  async item(id: string): Promise<CountyItem | null> {
    return this.ds.getRepository(CountyItem).findOne({ where: { id: this.checkId(id) } });
  }

  async saveItem(who: Principal, id: string | null, input: CountyItemInput, maxPromisedShare: number, now: Date): Promise<{ item: CountyItem; warnings: string[] }> {
    const terms = validateItemTerms(input);
    const { warnings } = checkItemDeadlines({ kind: terms.kind, legalDays: terms.legalDays, promisedDays: terms.promisedDays, maxPromisedShare });
    const dept = await this.ds.getRepository(Department).findOne({ where: { id: this.checkId(input.departmentId) } });
    if (!dept) throw notFound('Department', input.departmentId);
    if (!dept.active) await this.refuseInactiveDepartment(dept, id);
    const townships = input.delegatedTownshipIds ? [...new Set(input.delegatedTownshipIds)] : null;
    if (townships) {
      if (!input.delegable) throw badInput('只有可委托（delegable）的事项才能指定受委托乡镇 delegatedTownshipIds (Only a delegable item can name the townships it is delegated to)', { field: 'delegatedTownshipIds' });
      await this.checkTownships(townships);
    }
    const fields = { ...terms, departmentId: dept.id, delegable: input.delegable, delegatedTownshipIds: townships, active: input.active ?? true };
    const save = (key: RequestKey | null) =>
      this.ds.transaction(async (m) => {
        const repo = m.getRepository(CountyItem);
        const found = id ? await repo.findOne({ where: { id: this.checkId(id) } }) : null;
        if (id && !found) throw notFound('County item', id);
        const before = found ? { ...found } : null;
        const row = found ?? Object.assign(new CountyItem(), { id: newId(), guideText: null, ...key });
        Object.assign(row, { ...fields, updatedAt: now });
        try {
          await repo.save(row);
        } catch (e) {
          if (isUniqueViolation(e)) throw appError('DUPLICATE', `事项编码 code ${terms.code} 已被使用 (Item code ${terms.code} is already in use)`, { field: 'code' });
          throw e;
        }
        await recordAudit(m, who, { entityType: 'COUNTY_ITEM', entityId: row.id, action: before ? 'UPDATE' : 'CREATE', before, after: row }, now);
        return row;
      });
    const item = id
      ? await save(null)
      : await createOnce({
          requestId: input.requestId,
          payload: fields,
          find: (requestId) => this.ds.getRepository(CountyItem).findOne({ where: { requestId } }),
          create: save,
        });
    return { item, warnings };
  }

  /** No new item under a deactivated department, nor an item moved to one; its own items stay editable. */
  private async refuseInactiveDepartment(dept: Department, itemId: string | null): Promise<void> {
    const current = itemId ? await this.ds.getRepository(CountyItem).findOne({ where: { id: this.checkId(itemId) } }) : null;
    if (current && current.departmentId === dept.id) return;
    throw appError('UNIT_INACTIVE', `部门${dept.name}已停用，不能在其下新增事项 (Department ${dept.code} is deactivated: no new items)`, { field: 'departmentId' });
  }

  departmentsByIds(ids: readonly string[]): Promise<Department[]> {
    return this.ds.getRepository(Department).find({ where: { id: In([...ids]) } });
  }

  itemsByIds(ids: readonly string[]): Promise<CountyItem[]> {
    return this.ds.getRepository(CountyItem).find({ where: { id: In([...ids]) } });
  }

  /** Only townships the township service knows: an unknown id would leave the item pointing at nothing. */
  private async checkTownships(ids: string[]): Promise<void> {
    ids.forEach((t) => this.checkId(t));
    const known = await this.townships.known(ids);
    const unknown = ids.filter((t) => !known.has(t));
    if (unknown.length) {
      throw badInput(`受委托乡镇 delegatedTownshipIds 中有不存在的乡镇：${unknown.join('、')}；只能填写已登记乡镇的编号 (Unknown townships in delegatedTownshipIds)`, {
        field: 'delegatedTownshipIds',
        unknown,
      });
    }
  }

  private checkId(id: string): string {
    return checkId(id);
  }
}
