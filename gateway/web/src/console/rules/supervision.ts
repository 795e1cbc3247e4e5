/** How the e-supervision views (电子监察) label states and what their filters and dialogs send. Pure. */
import type {
  ComplaintAction,
  ComplaintChannel,
  ComplaintStatus,
  RectificationAction,
  RectificationStatus,
  RefusalKind,
  SupervisionOrigin,
  SupervisionStatus,
  UnitType,
} from '../gql/graphql';

export const SUPERVISION_STATUS_LABELS: Record<SupervisionStatus, string> = { OPEN: '督办中', CLOSED: '已反馈' };
export const SUPERVISION_ORIGIN_LABELS: Record<SupervisionOrigin, string> = { AUTO: '自动督办', MANUAL: '人工督办' };
export const UNIT_TYPE_LABELS: Record<UnitType, string> = { DEPARTMENT: '县级部门', TOWNSHIP: '乡镇' };
export const TIER_LABELS = { county: '县级', township: '乡镇' } as const;
export const REFUSAL_KIND_LABELS: Record<RefusalKind, string> = { NOT_ACCEPTED: '不予受理', REJECTED: '不予许可' };

export const COMPLAINT_STATUS_OPTIONS: { value: ComplaintStatus; label: string }[] = [
  { value: 'RECEIVED', label: '已登记' },
  { value: 'HANDLING', label: '办理中' },
  { value: 'CLOSED', label: '已办结' },
  { value: 'DISMISSED', label: '不予受理' },
];

export const COMPLAINT_CHANNEL_OPTIONS: { value: ComplaintChannel; label: string }[] = [
  { value: 'WINDOW', label: '窗口' },
  { value: 'PUBLIC_FORM', label: '网上表单' },
  { value: 'HOTLINE_12345', label: '12345 热线' },
  { value: 'OTHER_HOTLINE', label: '其他热线' },
  { value: 'MAILBOX', label: '县长信箱' },
  { value: 'LETTER', label: '来信' },
];
/** What staff record a complaint they took as: every channel but the public's own web form. */
export const STAFF_CHANNEL_OPTIONS = COMPLAINT_CHANNEL_OPTIONS.filter((o) => o.value !== 'PUBLIC_FORM');

export const RECTIFICATION_STATUS_OPTIONS: { value: RectificationStatus; label: string }[] = [
  { value: 'NONE', label: '无需整改' },
  { value: 'PENDING', label: '待整改' },
  { value: 'RECTIFYING', label: '整改中' },
  { value: 'RECTIFIED', label: '已整改' },
  { value: 'INVALID', label: '无效差评' },
  { value: 'CANNOT_RECTIFY', label: '无法整改' },
];

export const REVIEW_LEVEL_OPTIONS = [
  { value: 1, label: '非常满意' },
  { value: 2, label: '满意' },
  { value: 3, label: '基本满意' },
  { value: 4, label: '不满意' },
  { value: 5, label: '非常不满意' },
];

/** A step a dialog asks a note for: its button, the note's label, whether the note is required. */
export interface NoteStep<A extends string> {
  action: A;
  label: string;
  noteLabel: string;
  required: boolean;
  tone: 'primary' | 'warning' | 'danger' | 'default';
  /** EXTEND also asks for working days. */
  days?: boolean;
}

const COMPLAINT_STEPS: NoteStep<ComplaintAction>[] = [
  { action: 'START', label: '开始办理', noteLabel: '说明', required: false, tone: 'primary' },
  { action: 'REPLY', label: '单位反馈', noteLabel: '反馈意见', required: true, tone: 'primary' },
  { action: 'EXTEND', label: '延期', noteLabel: '延期理由', required: true, tone: 'warning', days: true },
  { action: 'CLOSE', label: '办结', noteLabel: '处理结果', required: true, tone: 'primary' },
  { action: 'DISMISS', label: '不予受理', noteLabel: '不予受理理由', required: true, tone: 'danger' },
];

const RECTIFICATION_STEPS: NoteStep<RectificationAction>[] = [
  { action: 'START', label: '开始整改', noteLabel: '整改措施', required: false, tone: 'primary' },
  { action: 'COMPLETE', label: '整改完成', noteLabel: '整改情况', required: true, tone: 'primary' },
  { action: 'INVALIDATE', label: '认定无效差评', noteLabel: '认定理由', required: true, tone: 'warning' },
  { action: 'CANNOT_RECTIFY', label: '认定无法整改', noteLabel: '认定理由', required: true, tone: 'danger' },
  { action: 'FOLLOW_UP', label: '回访', noteLabel: '回访情况', required: true, tone: 'default' },
];

/** The complaint steps the graph allows the caller now, in a fixed order. */
export function complaintSteps(allowed: readonly ComplaintAction[]): NoteStep<ComplaintAction>[] {
  return COMPLAINT_STEPS.filter((s) => allowed.includes(s.action));
}

export function rectificationSteps(allowed: readonly RectificationAction[]): NoteStep<RectificationAction>[] {
  return RECTIFICATION_STEPS.filter((s) => allowed.includes(s.action));
}

export const MAX_NOTE = 1000;

/** Why a step's note (and days) cannot be sent, or null. */
export function noteProblem(step: NoteStep<string>, note: string, days?: number | null): string | null {
  const text = note.trim();
  if (step.required && !text) return `请填写${step.noteLabel}`;
  if (Array.from(text).length > MAX_NOTE) return `${step.noteLabel}不能超过 ${MAX_NOTE} 个字`;
  if (step.days && (!days || !Number.isInteger(days) || days < 1)) return '请填写延期的工作日数';
  return null;
}

/** A page's list filter: empty choices filter nothing. */
export function compact<T extends Record<string, unknown>>(f: T): Partial<T> {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))) as Partial<T>;
}

/** The overdue cell of a warning or a rectification: the working days past due when red. */
export function overdueText(d: { overdue: boolean; workingDaysOverdue?: number | null }): string {
  if (!d.overdue) return '—';
  return d.workingDaysOverdue ? `超期 ${d.workingDaysOverdue} 个工作日` : '已超期';
}

/** A complaint's lateness: working days past due, open or closed. */
export function complaintOverdueText(c: { overdue: boolean; daysOverdue: number }): string {
  if (c.daysOverdue > 0) return `超期 ${c.daysOverdue} 个工作日`;
  return c.overdue ? '已超期' : '—';
}

/** Why a hand-opened record cannot be sent, or null. */
export function openRecordProblem(f: { target: 'county' | 'township' | 'unit'; caseNumber: string; unitId: string | null; reason: string }): string | null {
  if (f.target === 'unit' ? !f.unitId : !f.caseNumber.trim()) return f.target === 'unit' ? '请选择被督办单位' : '请填写办件编号';
  if (!f.reason.trim()) return '请填写督办事由';
  if (Array.from(f.reason.trim()).length > MAX_NOTE) return `督办事由不能超过 ${MAX_NOTE} 个字`;
  return null;
}

const MOBILE = /^1[3-9]\d{9}$/;

/** Why a complaint taken by staff cannot be filed yet, or null. */
export function fileComplaintProblem(f: { unitId: string | null; name: string; phone: string; text: string }): string | null {
  if (!f.unitId) return '请选择被投诉单位';
  const name = f.name.trim();
  if (!name) return '请填写投诉人姓名';
  if (Array.from(name).length > 50) return '投诉人姓名不能超过 50 个字';
  if (f.phone.trim() && !MOBILE.test(f.phone.trim())) return '手机号码应为 11 位';
  if (!f.text.trim()) return '请填写投诉内容';
  if (Array.from(f.text.trim()).length > 2000) return '投诉内容不能超过 2000 个字';
  return null;
}

/** The default period of the e-supervision views: the last 30 days up to `today` (a Beijing date). */
export function recentPeriod(today: string): { from: string; to: string } {
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - 29 * 86400_000).toISOString().slice(0, 10);
  return { from, to: today };
}
