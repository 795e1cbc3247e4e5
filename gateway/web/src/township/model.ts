/**
 * The township work board's data: the shapes it gets back (its operations are typed in
 * console/operations/township.ts) and the rules for showing them. Pure (no DOM), so the unit tests
 * check it without a browser.
 */
import { beijingDateTime, duration } from '../shared/format';
import { INTAKE_STAGE_LABELS_ZH } from '../../../../subgraphs/township/intake-stage-labels';
import type { CaseStatus, TownshipWorkListQuery } from '../console/gql/graphql';

export type { CaseStatus };
/** A township's live status, as the board's work-list query answers it (console/operations/township.ts). */
export type TownshipStatus = NonNullable<NonNullable<TownshipWorkListQuery['townshipWorkList']>['township']['status']>;

export type IntakeStage = keyof typeof INTAKE_STAGE_LABELS_ZH;

export interface IntakeRow {
  id: string;
  number: string;
  version: number;
  itemName: string;
  /** As the graph returns it: masked for roles that do not handle the intake, and shown as is. */
  applicant: { name: string };
  acceptedAt: string;
  dueDate: string | null;
  clerkName: string;
  stage: IntakeStage;
  forwardAttempts: number;
  forwardingError: string | null;
  forwardingWarning: boolean;
  waitingSeconds: number | null;
  missingMaterials: string[];
  resultDocumentNumber: string | null;
  refusalReason: string | null;
  countyStatus: CaseStatus | null;
  /** The county's wording of that status (from the graph). */
  countyStatusLabel: string | null;
  countyCaseNumber: string | null;
}

export interface WorkList {
  township: { id: string; name: string; status: TownshipStatus | null };
  waitingForward: IntakeRow[];
  supplementsToCollect: IntakeRow[];
  readyForHandover: IntakeRow[];
  overdue: IntakeRow[];
}

export type ListKey = 'waitingForward' | 'supplementsToCollect' | 'readyForHandover' | 'overdue';

export interface ListInfo {
  key: ListKey;
  label: string;
  /** What an empty list says: a clerk should read "nothing to do", not "something broke". */
  empty: string;
  /** One line under the tab telling the clerk what the list is for. */
  hint: string;
}

/** Tabs in the order a window works through them. */
export const LISTS: readonly ListInfo[] = [
  { key: 'waitingForward', label: '待转报', empty: '暂无待转报的办件：本乡镇受理的委托办件均已送达县级部门。', hint: '已在本窗口受理、尚未被县级部门确认接收的办件；系统会自动重试转报，超过转报时限的标红。' },
  { key: 'supplementsToCollect', label: '待收补正材料', empty: '暂无待收补正材料的办件。', hint: '县级部门一次性告知需补正的材料；申请人补齐后在此登记，系统转报县级部门并恢复计时。' },
  { key: 'readyForHandover', label: '待送达', empty: '暂无待送达的办理结果。', hint: '县级部门已办结（准予或不予许可）的办件，结果送达申请人后在此登记。' },
  { key: 'overdue', label: '已超期', empty: '暂无超期办件。', hint: '已过办结期限仍未办结的办件，请及时与县级部门联系督办。' },
];

/** The same words as the graph's messages. */
export const STAGE_LABELS: Record<IntakeStage, string> = INTAKE_STAGE_LABELS_ZH;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byAccepted = (a: IntakeRow, b: IntakeRow) => byText(a.acceptedAt, b.acceptedAt) || byText(a.number, b.number);
/** Rows without a due date go last: nothing to chase yet. */
const byDue = (a: IntakeRow, b: IntakeRow) => byText(a.dueDate ?? '9999', b.dueDate ?? '9999') || byAccepted(a, b);

/**
 * The order a clerk should work a list in: waiting intakes past the forwarding limit first, then
 * the longest waiting; everything else by the nearest due date, so the most urgent row is on top.
 */
export function sortRows(key: ListKey, rows: readonly IntakeRow[]): IntakeRow[] {
  const copy = [...rows];
  if (key === 'waitingForward') return copy.sort((a, b) => Number(b.forwardingWarning) - Number(a.forwardingWarning) || byAccepted(a, b));
  return copy.sort(byDue);
}

export function listCounts(w: WorkList): Record<ListKey, number> {
  return { waitingForward: w.waitingForward.length, supplementsToCollect: w.supplementsToCollect.length, readyForHandover: w.readyForHandover.length, overdue: w.overdue.length };
}

/** The tab to open first: the first list with work in it, else the first tab. */
export function firstTabWithWork(w: WorkList): ListKey {
  return LISTS.find((l) => w[l.key].length > 0)?.key ?? LISTS[0]!.key;
}

export type Tone = 'plain' | 'good' | 'warn' | 'bad';

export interface StatusFact {
  key: string;
  label: string;
  value: string;
  /** A second, smaller line (e.g. the oldest waiting age). */
  detail?: string;
  tone: Tone;
}

/** The status strip: the same figures the county center sees for this township (SPEC §4.4). */
export function statusFacts(s: TownshipStatus): StatusFact[] {
  return [
    { key: 'open', label: '服务状态', value: s.open ? '开放' : '休息', detail: '工作日 08:30–17:30', tone: s.open ? 'good' : 'plain' },
    // These three count the township's own cases as well as delegated intakes, unlike the lists.
    { key: 'todayIntake', label: '今日受理', value: String(s.todayIntake), detail: '自办件与委托受理', tone: 'plain' },
    { key: 'backlog', label: '积压', value: String(s.backlog), detail: '未办结，含自办件', tone: 'plain' },
    { key: 'overdue', label: '超期', value: String(s.overdue), detail: s.overdue > 0 ? '含自办件，请及时督办' : '无超期办件', tone: s.overdue > 0 ? 'bad' : 'good' },
    {
      key: 'waitingForward',
      label: '待转报',
      value: String(s.waitingForward),
      detail: s.waitingForward > 0 ? `最久已等待 ${duration(s.oldestWaitingSeconds)}` : '无积压',
      tone: s.waitingForward > 0 ? 'warn' : 'good',
    },
    {
      key: 'lastCountyContactAt',
      label: '最近与县中心联系',
      value: s.lastCountyContactAt ? beijingDateTime(s.lastCountyContactAt) : '尚无记录',
      tone: s.lastCountyContactAt ? 'plain' : 'warn',
    },
  ];
}

/** What the county decided, for the 待送达 list. */
export function resultOf(row: Pick<IntakeRow, 'countyStatus' | 'countyStatusLabel' | 'resultDocumentNumber' | 'refusalReason'>): { label: string; text: string; approved: boolean } {
  if (row.countyStatus === 'REJECTED') return { label: '不予许可', text: row.refusalReason ?? '—', approved: false };
  if (row.countyStatus === 'APPROVED') return { label: '准予许可', text: row.resultDocumentNumber ?? '—', approved: true };
  return { label: row.countyStatusLabel ?? '—', text: row.resultDocumentNumber ?? row.refusalReason ?? '—', approved: false };
}

/** `?township=<id>` of the page address, when it names one. */
export function townshipFromSearch(search: string): string | null {
  const id = new URLSearchParams(search).get('township')?.trim();
  return id ? id : null;
}

/** The page address's query string with the chosen township, other parameters kept. */
export function searchWithTownship(search: string, townshipId: string): string {
  const q = new URLSearchParams(search);
  q.set('township', townshipId);
  return `?${q.toString()}`;
}

/**
 * Which township a county-level user looks at: the one in the address when it exists, else the
 * first in the list (a bookmark to a township that was removed should not show an error).
 */
export function pickTownship(townships: readonly { id: string }[], wanted: string | null): string | null {
  if (wanted && townships.some((t) => t.id === wanted)) return wanted;
  return townships[0]?.id ?? null;
}
