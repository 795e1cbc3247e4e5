/** A failed operation in the clerk's words, by the graph's stable error code. */
import type { CombinedError } from '@urql/vue';
import { messageFor } from '../shared/graphql';
import { chinesePart } from './rules/units';

const CONSOLE_MESSAGES: Record<string, string> = {
  IDEMPOTENCY_KEY_REUSED: '这份申请已经提交过且内容不同，请刷新页面后重新收件。',
  INVALID_ID_NUMBER: '身份证号码有误，请逐位核对。',
  INVALID_CREDIT_CODE: '统一社会信用代码有误，请逐位核对。',
};

export function errorCode(e: CombinedError | undefined | null): string | null {
  if (!e) return null;
  if (e.networkError) return 'NETWORK';
  const code = e.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

export function errorMessage(e: CombinedError | undefined | null): string {
  const code = errorCode(e);
  if (!code) return '';
  return CONSOLE_MESSAGES[code] ?? messageFor(code);
}

/**
 * Refusals whose own message names the field or the reason (which code is taken, how many cases are
 * still open): the administration pages show the graph's Chinese words for them.
 */
const SPECIFIC = new Set(['UNIT_HAS_OPEN_WORK', 'UNIT_INACTIVE', 'DUPLICATE', 'BAD_USER_INPUT', 'INVALID_DEADLINE', 'TEXT_TOO_LONG', 'NOT_FOUND']);

export function adminErrorMessage(e: CombinedError | undefined | null): string {
  const code = errorCode(e);
  const message = e?.graphQLErrors[0]?.message;
  return code && SPECIFIC.has(code) && message ? chinesePart(message) : errorMessage(e);
}
