/** Display rules shared by the pages; pure, so the unit tests check them without a browser. */

const BEIJING_OFFSET_MS = 8 * 3600_000;

/** A rate as SPEC §4.6 displays it: the server's half-up percent, or a dash when there is no denominator. */
export function percent(rate: { percent: string } | null | undefined): string {
  return rate ? rate.percent : '—';
}

/** `2026-09-30T02:05:00Z` → `2026-09-30 10:05` (Beijing time, whatever the browser's zone). */
export function beijingDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(Date.parse(iso) + BEIJING_OFFSET_MS).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)}`;
}

/** The Beijing calendar date of an instant, as YYYY-MM-DD. */
export function beijingDate(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** A length of time as a clerk says it: 45秒, 12分钟, 2小时5分, 3天4小时. */
export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return `${s}秒`;
  if (s < 3600) return `${Math.floor(s / 60)}分钟`;
  if (s < 86400) {
    const m = Math.floor((s % 3600) / 60);
    return `${Math.floor(s / 3600)}小时${m ? `${m}分` : ''}`;
  }
  const hrs = Math.floor((s % 86400) / 3600);
  return `${Math.floor(s / 86400)}天${hrs ? `${hrs}小时` : ''}`;
}

export interface Period {
  from: string;
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isDate(s: string | null | undefined): s is string {
  return !!s && DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}

function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);
}

/** The period picker's presets for a given Beijing date. */
export function periodPresets(today: string): { label: string; period: Period }[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const monthStart = `${today.slice(0, 7)}-01`;
  const prevMonthEnd = shift(monthStart, -1);
  return [
    { label: '本月', period: { from: monthStart, to: today } },
    { label: '上月', period: { from: `${prevMonthEnd.slice(0, 7)}-01`, to: prevMonthEnd } },
    { label: '近30天', period: { from: shift(today, -29), to: today } },
    { label: '本季度', period: { from: `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`, to: today } },
    { label: '本年', period: { from: `${y}-01-01`, to: today } },
  ];
}

/** Why a period cannot be asked for, or null when it can (the graph allows at most 366 days). */
export function periodProblem(p: Period): string | null {
  if (!isDate(p.from) || !isDate(p.to)) return '请输入有效的起止日期（YYYY-MM-DD）';
  if (p.from > p.to) return '开始日期不能晚于结束日期';
  if ((Date.parse(p.to) - Date.parse(p.from)) / 86400_000 + 1 > 366) return '统计期间最长为366天';
  return null;
}
