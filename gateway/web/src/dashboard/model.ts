/**
 * What the county dashboard shows, as pure functions of the graph's answers (no DOM), so the unit
 * tests pin the rules: which figures, how they read, which light a township gets, which case first.
 */
import { duration, percent } from '../shared/format';
import type { DashboardFiguresFragment, DashboardStatusQuery } from '../console/gql/graphql';

/** One scope's figures, as the dashboard asks for them (fragment DashboardFigures, dashboard/queries.ts). */
export type Figures = DashboardFiguresFragment;

/** A township's live status, as the dashboard's status query answers it. */
export type TownshipStatus = NonNullable<NonNullable<DashboardStatusQuery['townships']>[number]['status']>;

export type FigureKey = keyof Figures;

/** Every SPEC §4.6 figure, in the order the county reads them: volumes and their shares (网上申报 among them), completion, what is left. */
export const FIGURE_COLUMNS: readonly { key: FigureKey; label: string; rate: boolean }[] = [
  { key: 'accepted', label: '受理', rate: false },
  { key: 'immediate', label: '即办件', rate: false },
  { key: 'immediateShare', label: '即办件占比', rate: true },
  { key: 'promised', label: '承诺件', rate: false },
  { key: 'promisedShare', label: '承诺件占比', rate: true },
  { key: 'online', label: '网上申报', rate: false },
  { key: 'onlineShare', label: '网上申报占比', rate: true },
  { key: 'completed', label: '办结', rate: false },
  { key: 'completionRate', label: '办结率', rate: true },
  { key: 'promisedCompletionRate', label: '承诺件办结率', rate: true },
  { key: 'onTimeRate', label: '按时办结率', rate: true },
  { key: 'earlyRate', label: '提前办结率', rate: true },
  { key: 'pending', label: '待办', rate: false },
  { key: 'pendingShare', label: '待办占比', rate: true },
  { key: 'overdueNow', label: '超期', rate: false },
  { key: 'expedited', label: '特事特办', rate: false },
  { key: 'satisfactionRate', label: '满意率', rate: true },
];

/** A cell's text: a count, or a rate at one decimal ("—" when nothing to divide by). */
export function figureText(f: Figures, key: FigureKey): string {
  const v = f[key];
  return typeof v === 'number' ? String(v) : percent(v);
}

/** A rate cell's tooltip shows the exact fraction behind the rounded percent. */
export function figureTitle(f: Figures, key: FigureKey): string | null {
  const v = f[key];
  return v && typeof v === 'object' ? `${v.numerator} / ${v.denominator}` : null;
}

export type Light = 'GREEN' | 'YELLOW' | 'RED' | 'GREY';

/**
 * A township syncs with the county every few minutes (CALENDAR_SYNC_SECONDS, default 300): an hour
 * without any contact means the link needs a look, even when nothing waits to be forwarded.
 */
export const CONTACT_STALE_SECONDS = 3600;

/**
 * A township's traffic light on the status board:
 * RED — it has overdue cases, or an intake has waited longer than the forwarding limit;
 * YELLOW — intakes are waiting to be forwarded, or the county has not heard from it for an hour;
 * GREEN — otherwise; GREY — no status (the township service did not answer).
 */
export function townshipLight(s: TownshipStatus | null, forwardingLimitMinutes: number, now: Date): { light: Light; reasons: string[] } {
  if (!s) return { light: 'GREY', reasons: ['状态未知'] };
  const red: string[] = [];
  const yellow: string[] = [];
  if (s.overdue > 0) red.push(`超期${s.overdue}件`);
  if (s.waitingForward > 0 && (s.oldestWaitingSeconds ?? 0) > forwardingLimitMinutes * 60) red.push(`转报滞留${duration(s.oldestWaitingSeconds)}`);
  else if (s.waitingForward > 0) yellow.push(`待转报${s.waitingForward}件`);
  const contactAge = s.lastCountyContactAt ? (now.getTime() - Date.parse(s.lastCountyContactAt)) / 1000 : null;
  if (contactAge === null) yellow.push('未与县中心联系');
  else if (contactAge > CONTACT_STALE_SECONDS) yellow.push(`${duration(contactAge)}未与县中心联系`);
  if (red.length) return { light: 'RED', reasons: [...red, ...yellow] };
  if (yellow.length) return { light: 'YELLOW', reasons: yellow };
  return { light: 'GREEN', reasons: ['运行正常'] };
}

export interface WarningCase {
  number: string;
  tier: 'COUNTY' | 'TOWNSHIP';
  itemName: string;
  unitName: string;
  statusLabel: string;
  level: 'YELLOW' | 'RED';
  dueDate: string | null;
  workingDaysLeft: number | null;
  origin: string | null;
  supervision: { number: string; status: 'OPEN' | 'CLOSED'; origin: 'AUTO' | 'MANUAL' } | null;
  /** Why `supervision` is missing when the county could not answer it (not the same as 未督办). */
  supervisionGap?: string | null;
}

/** RED before YELLOW, then the earliest due date first: what needs chasing comes first. */
export function sortWarnings(cases: WarningCase[]): WarningCase[] {
  const rank = (c: WarningCase) => (c.level === 'RED' ? 0 : 1);
  return [...cases].sort((a, b) => rank(a) - rank(b) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.number.localeCompare(b.number));
}

/** How a case's supervision reads in the list. */
export function supervisionText(s: WarningCase['supervision']): string {
  if (!s) return '未督办';
  return `${s.status === 'OPEN' ? '督办中' : '已反馈'}（${s.origin === 'AUTO' ? '自动' : '人工'}）`;
}
