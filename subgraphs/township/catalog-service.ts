import type { DataSource, EntityManager } from 'typeorm';
import { In, IsNull, Not } from 'typeorm';
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
import { DelegatedIntakeRow, Township, TownshipCase, TownshipItem, VillagePoint } from './entities';
import type { CalendarMirror } from './calendar-mirror';

export interface TownshipInput {
  divisionCode: string;
  name: string;
  address: string;
  phone: string;
  /** Optional idempotency key of a creation (8–80 characters); ignored on updates. */
  requestId?: string | null;
}

export interface VillagePointInput {
  code: string;
  name: string;
  /** Optional idempotency key of a creation (8–80 characters); ignored on updates. */
  requestId?: string | null;
}

export interface TownshipItemInput extends ItemTermsInput {
  /** Optional idempotency key of a creation (8–80 characters); ignored on updates. */
  requestId?: string | null;
  supervisingDepartmentId: string;
}

/** Cases not yet decided: received, or accepted and still running or paused. */
const UNFINISHED = ['RECEIVED', ...OPEN_STATUSES];
/** A delegated intake is finished once handed over, or once the county refused or closed it for good. */
const INTAKE_DONE = ['NOT_ACCEPTED', 'WITHDRAWN', 'DELIVERED'];

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

  async saveTownship(who: Principal, id: string | null, input: TownshipInput, now: Date): Promise<Township> {
    const divisionCode = input.divisionCode?.trim();
    if (!/^\d{9}$/.test(divisionCode)) throw badInput('乡镇区划代码 divisionCode 应为9位数字 (A township division code is 9 digits)', { field: 'divisionCode' });
    for (const [field, max] of [['name', 50], ['address', 200], ['phone', 30]] as const) {
      const v = input[field]?.trim();
      if (!v || v.length > max) throw badInput(`${TOWNSHIP_FIELDS_ZH[field]} ${field} 应为1–${max}字 (${field} must be 1–${max} characters)`, { field });
    }
    const fields = { divisionCode, name: input.name.trim(), address: input.address.trim(), phone: input.phone.trim() };
    const save = (key: RequestKey | null) =>
      this.ds.transaction(async (m) => {
        const repo = m.getRepository(Township);
        const found = id ? await repo.findOne({ where: { id: checkId(id) } }) : null;
        if (id && !found) throw notFound('Township', id);
        const before = found ? { ...found } : null;
        const row = found ?? Object.assign(new Township(), { id: newId(), active: true, ...key });
        Object.assign(row, { ...fields, updatedAt: now });
        try {
          await repo.save(row);
        } catch (e) {
          if (isUniqueViolation(e)) throw appError('DUPLICATE', `乡镇区划代码 divisionCode ${divisionCode} 已被使用 (Division code ${divisionCode} is already in use)`, { field: 'divisionCode' });
          throw e;
        }
        await recordAudit(m, who, { entityType: 'TOWNSHIP', entityId: row.id, action: before ? 'UPDATE' : 'CREATE', before, after: row }, now);
        return row;
      });
    if (id) return save(null);
    return createOnce({ requestId: input.requestId, payload: fields, find: (requestId) => this.ds.getRepository(Township).findOne({ where: { requestId } }), create: save });
  }

  /**
   * Deactivates (停用) or reactivates a township. One with unfinished cases or delegated intakes
   * not yet handed over cannot be deactivated: UNIT_HAS_OPEN_WORK, and nothing changes.
   */
  async setTownshipActive(who: Principal, id: string, active: boolean, now: Date): Promise<Township> {
    return this.ds.transaction(async (m) => {
      const row = await m.getRepository(Township).findOne({ where: { id: checkId(id) } });
      if (!row) throw notFound('Township', id);
      if (row.active === active) return row;
      if (!active) {
        const cases = await m.getRepository(TownshipCase).count({ where: { townshipId: row.id, status: In(UNFINISHED) } });
        const intakes = await openIntakes(m, row.id);
        if (cases + intakes > 0) {
          throw appError(
            'UNIT_HAS_OPEN_WORK',
            `乡镇尚有${cases}件未办结的办件、${intakes}件未送达的委托受理件，不能停用 (The township has ${cases} unfinished cases and ${intakes} open intakes and cannot be deactivated)`,
            { openCases: cases, openIntakes: intakes },
          );
        }
      }
      const before = { ...row };
      Object.assign(row, { active, updatedAt: now });
      await m.getRepository(Township).save(row);
      await recordAudit(m, who, { entityType: 'TOWNSHIP', entityId: row.id, action: active ? 'REACTIVATE' : 'DEACTIVATE', before, after: row }, now);
      return row;
    });
  }

  villagesOf(townshipIds: readonly string[]): Promise<VillagePoint[]> {
    return this.ds.getRepository(VillagePoint).find({ where: { townshipId: In([...townshipIds]) }, order: { code: 'ASC' } });
  }

  /** Creates a village point (`townshipId` given) or updates one (`id` given: its code stays under its township). */
  async saveVillage(who: Principal, id: string | null, townshipId: string | null, input: VillagePointInput, now: Date): Promise<VillagePoint> {
    const existing = id ? await this.ds.getRepository(VillagePoint).findOne({ where: { id: checkId(id) } }) : null;
    if (id && !existing) throw notFound('Village point', id);
    const t = await this.ds.getRepository(Township).findOne({ where: { id: existing ? existing.townshipId : checkId(townshipId!) } });
    if (!t) throw notFound('Township', townshipId!);
    const code = input.code?.trim();
    if (!/^\d{12}$/.test(code) || !code.startsWith(t.divisionCode)) {
      throw badInput(`村（社区）代码 code 应为本乡镇区划代码 ${t.divisionCode} 加3位数字 (A village point code is the township's division code followed by 3 digits)`, { field: 'code' });
    }
    const name = input.name?.trim();
    if (!name || name.length > 50) throw badInput('村（社区）名称 name 应为1–50字 (A village point name is 1–50 characters)', { field: 'name' });
    const fields = { townshipId: t.id, code, name };
    const save = (key: RequestKey | null) =>
      this.ds.transaction(async (m) => {
        const repo = m.getRepository(VillagePoint);
        const found = id ? await repo.findOne({ where: { id: checkId(id) } }) : null;
        if (id && !found) throw notFound('Village point', id);
        const before = found ? { ...found } : null;
        const row = found ?? Object.assign(new VillagePoint(), { id: newId(), active: true, ...key });
        Object.assign(row, fields);
        try {
          await repo.save(row);
        } catch (e) {
          if (isUniqueViolation(e)) throw appError('DUPLICATE', `村（社区）代码 code ${code} 已被使用 (Village point code ${code} is already in use)`, { field: 'code' });
          throw e;
        }
        await recordAudit(m, who, { entityType: 'VILLAGE_POINT', entityId: row.id, action: before ? 'UPDATE' : 'CREATE', before, after: row }, now);
        return row;
      });
    if (id) return save(null);
    return createOnce({ requestId: input.requestId, payload: fields, find: (requestId) => this.ds.getRepository(VillagePoint).findOne({ where: { requestId } }), create: save });
  }

  /** Deactivates (停用) or reactivates a village point; it keeps its code, so a reactivation restores it. */
  async setVillageActive(who: Principal, id: string, active: boolean, now: Date): Promise<VillagePoint> {
    return this.ds.transaction(async (m) => {
      const row = await m.getRepository(VillagePoint).findOne({ where: { id: checkId(id) } });
      if (!row) throw notFound('Village point', id);
      if (row.active === active) return row;
      const before = { ...row };
      row.active = active;
      await m.getRepository(VillagePoint).save(row);
      await recordAudit(m, who, { entityType: 'VILLAGE_POINT', entityId: row.id, action: active ? 'REACTIVATE' : 'DEACTIVATE', before, after: row }, now);
      return row;
    });
  }

  items(townshipId: string | null, limit: number, offset: number, includeInactive = false): Promise<TownshipItem[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw badInput('每页条数 limit 应为1–500 (limit must be from 1 to 500)', { field: 'limit' });
    if (!Number.isInteger(offset) || offset < 0) throw badInput('偏移量 offset 不能为负数 (offset must be 0 or more)', { field: 'offset' });
    return this.ds.getRepository(TownshipItem).find({
      where: { ...(includeInactive ? {} : { active: true }), ...(townshipId ? { townshipId: checkId(townshipId) } : {}) },
      order: { townshipId: 'ASC', code: 'ASC' },
      take: limit,
      skip: offset,
    });
  }

  /** The items of many townships in one statement; stopped items only when asked for. */
  itemsOf(townshipIds: readonly string[], includeInactive = false): Promise<TownshipItem[]> {
    return this.ds.getRepository(TownshipItem).find({ where: { townshipId: In([...townshipIds]), ...(includeInactive ? {} : { active: true }) }, order: { code: 'ASC' } });
  }

  itemsByIds(ids: readonly string[]): Promise<TownshipItem[]> {
    return this.ds.getRepository(TownshipItem).find({ where: { id: In([...ids]) } });
  }

  async saveItem(
    who: Principal,
    id: string | null,
    townshipId: string | null,
    input: TownshipItemInput,
    maxPromisedShare: number,
    now: Date,
  ): Promise<{ item: TownshipItem; warnings: string[] }> {
    const terms = validateItemTerms(input);
    const { warnings } = checkItemDeadlines({ kind: terms.kind, legalDays: terms.legalDays, promisedDays: terms.promisedDays, maxPromisedShare });
    await this.checkSupervisingDepartment(input.supervisingDepartmentId);
    let owner: string | null = null;
    if (!id) {
      const t = await this.ds.getRepository(Township).findOne({ where: { id: checkId(townshipId!) } });
      if (!t) throw notFound('Township', townshipId!);
      if (!t.active) throw appError('UNIT_INACTIVE', `${t.name}已停用，不能新增事项 (${t.name} is deactivated: no new items)`, { townshipId: t.id });
      owner = t.id;
    }
    const fields = { ...terms, supervisingDepartmentId: input.supervisingDepartmentId, active: input.active ?? true };
    const save = (key: RequestKey | null) =>
      this.ds.transaction(async (m) => {
        const repo = m.getRepository(TownshipItem);
        const found = id ? await repo.findOne({ where: { id: checkId(id) } }) : null;
        if (id && !found) throw notFound('Township item', id);
        const before = found ? { ...found } : null;
        const row = found ?? Object.assign(new TownshipItem(), { id: newId(), townshipId: owner, guideText: null, ...key });
        Object.assign(row, { ...fields, updatedAt: now });
        try {
          await repo.save(row);
        } catch (e) {
          if (isUniqueViolation(e)) throw appError('DUPLICATE', `事项编码 code ${terms.code} 在本乡镇已被使用 (Item code ${terms.code} is already in use in this township)`, { field: 'code' });
          throw e;
        }
        await recordAudit(m, who, { entityType: 'TOWNSHIP_ITEM', entityId: row.id, action: before ? 'UPDATE' : 'CREATE', before, after: row }, now);
        return row;
      });
    const item = id
      ? await save(null)
      : await createOnce({
          requestId: input.requestId,
          payload: { ...fields, townshipId: owner },
          find: (requestId) => this.ds.getRepository(TownshipItem).findOne({ where: { requestId } }),
          create: save,
        });
    return { item, warnings };
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

/** Delegated intakes of a township not yet handed over and not closed for good at the county. */
function openIntakes(m: EntityManager, townshipId: string): Promise<number> {
  return m.getRepository(DelegatedIntakeRow).count({
    where: [
      { townshipId, handedOverAt: IsNull(), countyStatus: IsNull() },
      { townshipId, handedOverAt: IsNull(), countyStatus: Not(In(INTAKE_DONE)) },
    ],
  });
}

export { checkId };
