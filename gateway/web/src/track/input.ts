/** The search form's rules: what the applicant typed → what is sent, or why nothing is sent. */

/** Same shapes as the server (subgraphs/shared/domain/case-number.ts); a unit test keeps them equal. */
export const CASE_NUMBER_PATTERN = /^[A-Z0-9]{2,20}-\d{8}-\d{4,6}$/;
/** No 0/O, 1/I/L on the slips, so they can be read aloud without mistakes. */
export const QUERY_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const QUERY_CODE_LENGTH = 6;
const QUERY_CODE_PATTERN = new RegExp(`^[${QUERY_CODE_ALPHABET}]{${QUERY_CODE_LENGTH}}$`);

export interface TrackQuery {
  number: string;
  queryCode: string;
}

export type Field = 'number' | 'queryCode';

export type Checked = { ok: true; query: TrackQuery } | { ok: false; problems: Partial<Record<Field, string>> };

export const MESSAGES = {
  numberMissing: '请输入办件编号',
  codeMissing: '请输入查询码',
  numberShape: '办件编号格式不正确，应如 511099101-20260930-0001（见受理回执）',
  codeShape: `查询码为${QUERY_CODE_LENGTH}位字母或数字（见受理回执）`,
} as const;

/** Numbers are printed in capitals; people copy them with spaces or in lower case. */
export function normalizeNumber(raw: string): string {
  return raw.trim().replace(/\s+/g, '').toUpperCase();
}

export function normalizeQueryCode(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/**
 * Checks the two fields before anything is sent. Only the shape is checked here, which reveals
 * nothing: whether a case exists is for the server to say, with one message for every miss.
 */
export function checkTrackInput(raw: { number: string; queryCode: string }): Checked {
  const number = normalizeNumber(raw.number ?? '');
  const queryCode = normalizeQueryCode(raw.queryCode ?? '');
  const problems: Partial<Record<Field, string>> = {};
  if (!number) problems.number = MESSAGES.numberMissing;
  else if (!CASE_NUMBER_PATTERN.test(number)) problems.number = MESSAGES.numberShape;
  if (!queryCode) problems.queryCode = MESSAGES.codeMissing;
  else if (!QUERY_CODE_PATTERN.test(queryCode)) problems.queryCode = MESSAGES.codeShape;
  return Object.keys(problems).length ? { ok: false, problems } : { ok: true, query: { number, queryCode } };
}

/** `?number=…&code=…` as printed on a receipt's link; missing parts come back empty. */
export function readSearch(search: string): { number: string; queryCode: string } {
  const p = new URLSearchParams(search);
  return { number: p.get('number')?.trim() ?? '', queryCode: p.get('code')?.trim() ?? '' };
}

/** The address bar after a successful search, so the page can be reopened or bookmarked as is. */
export function searchFor(q: TrackQuery): string {
  return `?${new URLSearchParams({ number: q.number, code: q.queryCode }).toString()}`;
}
