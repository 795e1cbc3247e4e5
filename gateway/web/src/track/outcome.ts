/** How a `trackCase` answer turns into what the page says (pure, unit-tested). */
import { summarize, type CaseSummary } from './summary';
import type { ErrorItem, TrackedCase } from './types';

/** One message whether the number or the code is wrong: the page must not tell which numbers exist. */
export const NOT_FOUND_MESSAGE = '未查询到办件，请核对办件编号和查询码';
export const FORMAT_MESSAGE = '办件编号或查询码格式不正确，请核对受理回执';
export const PARTIAL_MESSAGE = '部分办理信息暂时无法获取，以下为目前可查询到的进度，请稍后刷新查看完整信息。';

export type TrackOutcome =
  | { kind: 'found'; summary: CaseSummary; /** A tier could not answer: what is shown may be incomplete. */ partial: boolean }
  | { kind: 'notFound' }
  | { kind: 'failed'; code: string };

const codeOf = (e: ErrorItem | undefined): string => e?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';

/**
 * A federated answer may be partial: one tier unreachable leaves its view null with an error at
 * its path. Nothing found is "not found" only when no tier failed; otherwise it is a failure.
 */
export function trackOutcome(data: { trackCase: TrackedCase | null } | null, errors: ErrorItem[]): TrackOutcome {
  const tracked = data?.trackCase ?? null;
  if (!tracked) {
    const code = codeOf(errors[0]);
    return code === 'NOT_FOUND' ? { kind: 'notFound' } : { kind: 'failed', code };
  }
  const summary = summarize(tracked);
  if (summary) return { kind: 'found', summary, partial: errors.length > 0 };
  return errors.length ? { kind: 'failed', code: codeOf(errors[0]) } : { kind: 'notFound' };
}

/** The message for a failed search; `fallback` gives the shared messages (graphql.ts messageFor). */
export function trackFailureMessage(code: string, fallback: (code: string) => string): string {
  if (code === 'NOT_FOUND') return NOT_FOUND_MESSAGE;
  // The shape is checked before sending; the server's own check only differs on exotic input.
  if (code === 'BAD_USER_INPUT') return FORMAT_MESSAGE;
  return fallback(code);
}
