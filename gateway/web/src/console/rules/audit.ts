/** 操作日志: the labels of entries, how a changed value reads, and what the filters send. Pure. */
import type { AuditEntityType, AuditLogFilter } from '../gql/graphql';
import { ROLE_LABELS, type Role } from '../../shared/roles';

export const AUDIT_PAGE_SIZE = 20;

export type AuditTier = 'county' | 'township';

export const ENTITY_LABELS: Record<AuditEntityType, string> = {
  DEPARTMENT: '部门',
  COUNTY_ITEM: '县级事项',
  TOWNSHIP: '乡镇',
  VILLAGE_POINT: '村（社区）代办点',
  TOWNSHIP_ITEM: '乡镇事项',
  CALENDAR_OVERRIDE: '工作日历调整',
  CALENDAR_YEAR: '日历年份确认',
  COUNTY_SETTINGS: '系统设置',
  SUPERVISION_RECORD: '督办',
  COMPLAINT: '效能投诉',
  RECTIFICATION: '差评整改',
  ONLINE_APPLICATION: '网上申报',
};

/** Which kinds of record each tier's log holds (the filter offers only those). */
export const TIER_ENTITIES: Record<AuditTier, AuditEntityType[]> = {
  county: ['DEPARTMENT', 'COUNTY_ITEM', 'CALENDAR_OVERRIDE', 'CALENDAR_YEAR', 'COUNTY_SETTINGS', 'SUPERVISION_RECORD', 'COMPLAINT', 'RECTIFICATION'],
  township: ['TOWNSHIP', 'VILLAGE_POINT', 'TOWNSHIP_ITEM', 'ONLINE_APPLICATION', 'RECTIFICATION'],
};

const ACTION_LABELS: Record<string, string> = {
  CREATE: '新增',
  UPDATE: '修改',
  DEACTIVATE: '停用',
  REACTIVATE: '启用',
  SET: '设置',
  REMOVE: '删除',
  CONFIRM: '确认',
  WITHDRAW: '撤销确认',
  // E-supervision decisions: 督办, 效能投诉 and 差评整改.
  OPEN: '发起督办',
  START: '开始办理',
  EXTEND: '延期',
  CLOSE: '办结',
  DISMISS: '不予受理',
  COMPLETE: '整改完成',
  INVALIDATE: '认定无效差评',
  CANNOT_RECTIFY: '认定无法整改',
  FOLLOW_UP: '回访',
  // A township clerk's 不予受理 of an online application.
  DECLINE: '不予受理',
};

/** An action in words; an action without a label keeps its own name. */
export function actionLabel(action: string, entityType?: string): string {
  if (action === 'START' && entityType === 'RECTIFICATION') return '开始整改';
  return ACTION_LABELS[action] ?? action;
}

/** An actor's unit: the department's or township's name, or 县级 for county roles without one. */
export function unitLabel(id: string | null | undefined, names: ReadonlyMap<string, string>): string {
  return id ? (names.get(id) ?? id) : '县级';
}

export function roleLabel(role: string): string {
  return ROLE_LABELS[role as Role] ?? role;
}

/** Field names of the graph's inputs in words, where the log's readers meet them most. */
const FIELD_LABELS: Record<string, string> = {
  workday: '是否工作日',
  note: '原因',
  confirmed: '已确认',
  yellowDaysLeft: '黄灯剩余工作日',
  yellowUsedFraction: '黄灯已用占比',
  maxPromisedShare: '承诺时限上限',
  forwardingLimitMinutes: '转报时限（分钟）',
  complaintHandlingDays: '投诉办理时限',
  rectificationDays: '整改时限',
  name: '名称',
  code: '编码',
  active: '启用',
  refusalReason: '不予受理理由',
};

/** A field's name in words alone (the table's summary column), else the graph's name. */
export function fieldShortLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

export function fieldLabel(field: string): string {
  const label = FIELD_LABELS[field];
  return label ? `${label}（${field}）` : field;
}

/** A changed value (JSON text, or null when absent) as the reader sees it. */
export function valueText(json: string | null | undefined): string {
  if (json === null || json === undefined) return '—';
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return json;
  }
  if (v === null) return '（空）';
  if (v === true) return '是';
  if (v === false) return '否';
  if (typeof v === 'string') return v === '' ? '（空）' : v;
  if (typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

export interface AuditFilters {
  actorId: string;
  actorRole: string | null;
  entityType: AuditEntityType | null;
  entityId: string;
  /** [from, to] Beijing dates, or null for all time. */
  period: [string, string] | null;
}

export const emptyAuditFilters = (): AuditFilters => ({ actorId: '', actorRole: null, entityType: null, entityId: '', period: null });

/** The graph's filter: only the conditions given, text trimmed. */
export function auditFilter(f: AuditFilters): AuditLogFilter {
  const out: AuditLogFilter = {};
  if (f.actorId.trim()) out.actorId = f.actorId.trim();
  if (f.actorRole) out.actorRole = f.actorRole;
  if (f.entityType) out.entityType = f.entityType;
  if (f.entityId.trim()) out.entityId = f.entityId.trim();
  if (f.period) [out.from, out.to] = f.period;
  return out;
}

export const auditOffset = (page: number): number => (Math.max(1, page) - 1) * AUDIT_PAGE_SIZE;
