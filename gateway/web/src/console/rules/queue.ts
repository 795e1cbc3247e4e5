/** How the county queue shows a case's clock and what its filters send. Pure. */
import type { CaseStatus, WarningLevel } from '../gql/graphql';

export const PAGE_SIZE = 20;

export const STATUS_OPTIONS: { value: CaseStatus; label: string }[] = [
  { value: 'RECEIVED', label: '已接收' },
  { value: 'ACCEPTED', label: '已受理' },
  { value: 'IN_PROGRESS', label: '办理中' },
  { value: 'SUPPLEMENT_REQUESTED', label: '待补正' },
  { value: 'SPECIAL_PROCEDURE', label: '特别程序' },
  { value: 'APPROVED', label: '准予许可（待送达）' },
  { value: 'REJECTED', label: '不予许可（待送达）' },
];

export const WARNING_LABELS: Record<WarningLevel, string> = { GREEN: '正常', YELLOW: '预警', RED: '超期' };

export interface QueueFilters {
  status: CaseStatus[];
  warning: WarningLevel[];
}

/** The countyCases filter of the chosen filters: an empty choice filters nothing. */
export function queueFilter(f: QueueFilters): { status?: CaseStatus[]; warning?: WarningLevel[] } {
  return { ...(f.status.length ? { status: [...f.status] } : {}), ...(f.warning.length ? { warning: [...f.warning] } : {}) };
}

/** The offset of a 1-based page. */
export function pageOffset(page: number, size = PAGE_SIZE): number {
  return Math.max(0, Math.floor(page) - 1) * size;
}

/** The clock cell: days left, 已超期 when red, a dash when the case is not open. */
export function daysLeftText(d: { workingDaysLeft?: number | null; overdue: boolean }): string {
  if (d.overdue) return '已超期';
  if (d.workingDaysLeft === null || d.workingDaysLeft === undefined) return '—';
  return `${d.workingDaysLeft} 个工作日`;
}

/** The warning light of an open case; null (no light) before acceptance or once finished. */
export function warningText(level: WarningLevel | null | undefined): string {
  return level ? WARNING_LABELS[level] : '—';
}
