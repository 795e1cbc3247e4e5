/**
 * Chinese names of the graph's enums the graph does not label itself (statuses of cases, complaints
 * and reviews come labelled: statusLabel, levelLabel). Roles and supervision read as on the pages.
 */
export { ROLE_LABELS } from '../web/src/shared/roles';
export { supervisionText } from '../web/src/dashboard/model';

export const WARNING_LEVEL_LABELS: Record<string, string> = { GREEN: '绿灯', YELLOW: '黄灯', RED: '红灯' };

export const REFUSAL_KIND_LABELS: Record<string, string> = { NOT_ACCEPTED: '不予受理', REJECTED: '不予许可' };

export const SUPERVISION_ORIGIN_LABELS: Record<string, string> = { AUTO: '自动督办', MANUAL: '人工督办' };

export const SUPERVISION_STATUS_LABELS: Record<string, string> = { OPEN: '督办中', CLOSED: '已反馈' };

export const CASE_CHANNEL_LABELS: Record<string, string> = { WINDOW: '窗口收件', ONLINE: '网上申报' };

export const TIER_LABELS: Record<string, string> = { COUNTY: '县级', TOWNSHIP: '乡镇' };

export const UNIT_TYPE_LABELS: Record<string, string> = { DEPARTMENT: '县级部门', TOWNSHIP: '乡镇' };

/** The audit log's records and actions read as the 操作日志 page names them. */
export { ENTITY_LABELS as AUDIT_ENTITY_LABELS, actionLabel as auditActionLabel } from '../web/src/console/rules/audit';

/** An enum value by its label, the value itself when the map has none (a value added later still shows). */
export function label(map: Record<string, string>, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return map[value] ?? value;
}

export const yesNo = (v: boolean | null | undefined): string | null => (v === null || v === undefined ? null : v ? '是' : '否');
