/** Instants and dates as the county reads them: Beijing time (Asia/Shanghai, UTC+8, no daylight saving). Pure. */

const BEIJING_OFFSET_MS = 8 * 3600_000;

function beijing(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString();
}

/** `2026-09-30T02:05:09Z` → `2026-09-30 10:05` (empty when there is none). */
export function beijingMinute(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const s = beijing(new Date(t));
  return `${s.slice(0, 10)} ${s.slice(11, 16)}`;
}

/** The moment of an export, to the second: `2026-09-30 10:05:09`. */
export function beijingSecond(at: Date): string {
  const s = beijing(at);
  return `${s.slice(0, 10)} ${s.slice(11, 19)}`;
}

/** The Beijing calendar date of an instant, YYYY-MM-DD (the file name's date). */
export function beijingDay(at: Date): string {
  return beijing(at).slice(0, 10);
}
