/** A refused back-office change: the clerk's words for the code, then the graph's own message. */
import type { CombinedError } from '@urql/vue';
import { errorCode, errorMessage } from './errors';

/** Codes whose graph message names the field and the bound, worth showing as it is. */
const DETAILED = new Set(['BAD_USER_INPUT', 'TEXT_TOO_LONG']);

export function graphError(e: CombinedError | undefined | null): string {
  const code = errorCode(e);
  if (!code) return '';
  const detail = e?.graphQLErrors[0]?.message;
  return DETAILED.has(code) && detail ? `${errorMessage(e)}（${detail}）` : errorMessage(e);
}
