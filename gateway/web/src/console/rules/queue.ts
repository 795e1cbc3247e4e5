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

export type CaseChannel = 'WINDOW' | 'ONLINE';

/** The channel filter's choices: 窗口收件 or 网上申报. */
export const CHANNEL_OPTIONS: { value: CaseChannel; label: string }[] = [
  { value: 'WINDOW', label: '窗口收件' },
  { value: 'ONLINE', label: '网上申报' },
];

export interface QueueFilters {
  status: CaseStatus[];
  warning: WarningLevel[];
  /** One item, or null for all. */
  itemId?: string | null;
  /** Only window or only online applications (网上申报), or null for both. */
  channel?: CaseChannel | null;
  /** The search the clerk ran (the box's text once sent), or none. */
  search?: QueueSearch | null;
}

/** What the search box looks a case up by; each is an exact match in the graph. */
export type SearchKind = 'number' | 'applicantName' | 'applicantIdNumber';

export interface QueueSearch {
  kind: SearchKind;
  text: string;
}

export const SEARCH_KINDS: { value: SearchKind; label: string; max: number }[] = [
  { value: 'number', label: '办件编号', max: 40 },
  { value: 'applicantName', label: '申请人', max: 100 },
  { value: 'applicantIdNumber', label: '证件号码', max: 18 },
];

/** Why a search cannot be sent, in the clerk's words, or null (an empty box means no search). */
export function searchProblem(s: QueueSearch): string | null {
  const kind = SEARCH_KINDS.find((k) => k.value === s.kind);
  if (!kind) return '请选择查询方式';
  if (s.text.trim().length > kind.max) return `${kind.label}不能超过 ${kind.max} 个字符`;
  return null;
}

/** The list filter of a search: the trimmed text (an ID number in capitals), nothing for an empty box. */
export function searchFilter(s: QueueSearch | null | undefined): Partial<Record<SearchKind, string>> {
  const text = s?.text.trim() ?? '';
  if (!s || !text) return {};
  return { [s.kind]: s.kind === 'applicantIdNumber' ? text.toUpperCase() : text };
}

/** The list filter of the chosen filters: an empty choice filters nothing. */
export function queueFilter(
  f: QueueFilters,
): { status?: CaseStatus[]; warning?: WarningLevel[]; itemId?: string; channel?: CaseChannel[] } & Partial<Record<SearchKind, string>> {
  return {
    ...(f.status.length ? { status: [...f.status] } : {}),
    ...(f.warning.length ? { warning: [...f.warning] } : {}),
    ...(f.itemId ? { itemId: f.itemId } : {}),
    ...(f.channel ? { channel: [f.channel] } : {}),
    ...searchFilter(f.search),
  };
}

/** The offset of a 1-based page. */
export function pageOffset(page: number, size = PAGE_SIZE): number {
  return Math.max(0, Math.floor(page) - 1) * size;
}

/** The clock cell: days left, the working days overdue when red, a dash when the case is not open. */
export function daysLeftText(d: { workingDaysLeft?: number | null; workingDaysOverdue?: number | null; overdue: boolean }): string {
  if (d.overdue) return d.workingDaysOverdue ? `超期 ${d.workingDaysOverdue} 个工作日` : '已超期';
  if (d.workingDaysLeft === null || d.workingDaysLeft === undefined) return '—';
  return `${d.workingDaysLeft} 个工作日`;
}

/** The warning light of an open case; null (no light) before acceptance or once finished. */
export function warningText(level: WarningLevel | null | undefined): string {
  return level ? WARNING_LABELS[level] : '—';
}
