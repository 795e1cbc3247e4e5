/**
 * 效能投诉 on the portal: the form (unit from the directory, optional case number, the text, the
 * complainant's name and mobile), checked with the same limits the graph applies, turned into its
 * ComplaintInput; and the look-up by complaint number and query code. Pure.
 */
import { CASE_NUMBER_PATTERN, QUERY_CODE_ALPHABET, QUERY_CODE_LENGTH, normalizeNumber, normalizeQueryCode } from '../../track/input';

/** As the graph (subgraphs/shared/domain/complaint.ts); a unit test keeps them equal. */
export const MAX_COMPLAINT_TEXT = 2000;
export const MAX_COMPLAINANT_NAME = 50;
/** TS-<yyyymmdd>-<seq>, as subgraphs/shared/domain/complaint-tracking.ts reads it. */
export const COMPLAINT_NUMBER_PATTERN = /^TS-\d{8}-\d{4,6}$/;
const QUERY_CODE_PATTERN = new RegExp(`^[${QUERY_CODE_ALPHABET}]{${QUERY_CODE_LENGTH}}$`);
const MOBILE = /^1[3-9]\d{9}$/;

export type ComplaintUnitType = 'DEPARTMENT' | 'TOWNSHIP';

export interface ComplaintForm {
  /** `DEPARTMENT:<id>` or `TOWNSHIP:<id>`, as the unit select's value; empty until chosen. */
  unit: string;
  caseNumber: string;
  text: string;
  name: string;
  phone: string;
}

export type ComplaintField = keyof ComplaintForm;

export const newComplaintForm = (): ComplaintForm => ({ unit: '', caseNumber: '', text: '', name: '', phone: '' });

export interface UnitGroup {
  label: string;
  options: { value: string; label: string }[];
}

/** The unit select's groups: the county's departments, then the townships, each in the directory's order. */
export function complaintUnitGroups(dir: { departments: { id: string; name: string }[]; townships: { id: string; name: string }[] }): UnitGroup[] {
  const groups: UnitGroup[] = [
    { label: '县级部门', options: dir.departments.map((d) => ({ value: `DEPARTMENT:${d.id}`, label: d.name })) },
    { label: '乡镇', options: dir.townships.map((t) => ({ value: `TOWNSHIP:${t.id}`, label: t.name })) },
  ];
  return groups.filter((g) => g.options.length > 0);
}

export function parseUnit(value: string): { unitType: ComplaintUnitType; unitId: string } | null {
  const m = /^(DEPARTMENT|TOWNSHIP):(.+)$/.exec(value);
  return m ? { unitType: m[1] as ComplaintUnitType, unitId: m[2] } : null;
}

const length = (s: string) => Array.from(s).length;

/** Every field's problem, or an empty object when the complaint can be sent. */
export function complaintProblems(f: ComplaintForm): Partial<Record<ComplaintField, string>> {
  const problems: Partial<Record<ComplaintField, string>> = {};
  if (!parseUnit(f.unit)) problems.unit = '请选择被投诉单位';
  const caseNumber = normalizeNumber(f.caseNumber);
  if (caseNumber && !CASE_NUMBER_PATTERN.test(caseNumber)) problems.caseNumber = '办件编号格式不正确，应如 SCJG-20260930-0001（见受理回执）';
  const text = f.text.trim();
  if (!text) problems.text = '请填写投诉内容';
  else if (length(text) > MAX_COMPLAINT_TEXT) problems.text = `投诉内容不能超过 ${MAX_COMPLAINT_TEXT} 个字`;
  const name = f.name.trim();
  if (!name) problems.name = '请填写您的姓名';
  else if (length(name) > MAX_COMPLAINANT_NAME) problems.name = `姓名不能超过 ${MAX_COMPLAINANT_NAME} 个字`;
  const phone = f.phone.trim();
  if (phone && !MOBILE.test(phone)) problems.phone = '请填写 11 位手机号码，或留空';
  return problems;
}

/** The graph's ComplaintInput; the channel is left out (a filing without a token is the web form's). */
export function complaintInput(f: ComplaintForm, requestId: string) {
  const unit = parseUnit(f.unit);
  if (!unit) throw new Error('no unit chosen');
  return {
    requestId,
    ...unit,
    caseNumber: normalizeNumber(f.caseNumber) || null,
    complainantName: f.name.trim(),
    complainantPhone: f.phone.trim() || null,
    text: f.text.trim(),
  };
}

export interface ComplaintLookup {
  number: string;
  queryCode: string;
}

export type LookupChecked = { ok: true; query: ComplaintLookup } | { ok: false; problems: Partial<Record<keyof ComplaintLookup, string>> };

export const LOOKUP_MESSAGES = {
  numberMissing: '请输入投诉编号',
  numberShape: '投诉编号格式不正确，应如 TS-20261201-0001（见投诉回执）',
  codeMissing: '请输入查询码',
  codeShape: `查询码为${QUERY_CODE_LENGTH}位字母或数字（见投诉回执）`,
  notFound: '没有找到这件投诉，请核对投诉编号和查询码。',
} as const;

/** Only the shape is checked before sending; whether the pair matches is for the graph to say, one message for every miss. */
export function checkComplaintLookup(raw: { number: string; queryCode: string }): LookupChecked {
  const number = normalizeNumber(raw.number ?? '');
  const queryCode = normalizeQueryCode(raw.queryCode ?? '');
  const problems: Partial<Record<keyof ComplaintLookup, string>> = {};
  if (!number) problems.number = LOOKUP_MESSAGES.numberMissing;
  else if (!COMPLAINT_NUMBER_PATTERN.test(number)) problems.number = LOOKUP_MESSAGES.numberShape;
  if (!queryCode) problems.queryCode = LOOKUP_MESSAGES.codeMissing;
  else if (!QUERY_CODE_PATTERN.test(queryCode)) problems.queryCode = LOOKUP_MESSAGES.codeShape;
  return Object.keys(problems).length ? { ok: false, problems } : { ok: true, query: { number, queryCode } };
}

/** The receipt's link to the look-up, filled in. */
export const lookupHref = (q: ComplaintLookup) => `#/complaint-status?${new URLSearchParams({ number: q.number, code: q.queryCode }).toString()}`;

/** `2026-12-08` → `2026年12月8日`. */
export function chineseDate(d: string | null | undefined): string {
  const m = d ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(d) : null;
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '—';
}

/** One line on where a complaint stands, for the look-up page. */
export function complaintStandingText(v: { status: string; dueDate: string; extended: boolean; closedOn: string | null }): string {
  if (v.status === 'CLOSED') return `已于${chineseDate(v.closedOn)}办结。`;
  if (v.status === 'DISMISSED') return `已于${chineseDate(v.closedOn)}决定不予受理。`;
  return `${v.extended ? '办理期限已延长，' : ''}将于${chineseDate(v.dueDate)}前办结。`;
}
