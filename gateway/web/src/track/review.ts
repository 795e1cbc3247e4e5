/** The review form's rules (好差评, GB/T 39046 A.8); pure, unit-tested against the server's. */
import type { CaseStatus } from './types';

/** Same as subgraphs/shared/domain/rectification.ts (the unit test compares them). */
export const REVIEW_LEVELS: readonly { level: number; label: string }[] = [
  { level: 1, label: '非常满意' },
  { level: 2, label: '满意' },
  { level: 3, label: '基本满意' },
  { level: 4, label: '不满意' },
  { level: 5, label: '非常不满意' },
];
export const MAX_REVIEW_COMMENT = 500;
const REVIEWABLE: ReadonlySet<CaseStatus> = new Set(['DELIVERED', 'APPROVED', 'REJECTED', 'NOT_ACCEPTED']);

/** The server takes a review once the case is finished for the applicant (review-engine's isReviewOpen). */
export const isReviewOpen = (status: CaseStatus): boolean => REVIEWABLE.has(status);

/** Levels 4 and 5 open a rectification, which needs to know what went wrong. */
export const needsReason = (level: number): boolean => level >= 4;

export const REVIEW_MESSAGES = {
  levelMissing: '请选择一项评价',
  reasonMissing: '选择“不满意”或“非常不满意”时，请简要写明原因，以便我们改进',
  tooLong: `评价内容最多${MAX_REVIEW_COMMENT}字`,
  alreadyReviewed: '该办件已评价，感谢您的反馈',
  notFound: '未查询到办件，请核对办件编号和查询码',
} as const;

export type ReviewChecked = { ok: true; level: number; comment: string | null } | { ok: false; message: string };

/** Checks the form as the server will (validateReview), so the applicant hears of it at once. */
export function checkReview(level: number | null, rawComment: string): ReviewChecked {
  if (level === null || !REVIEW_LEVELS.some((l) => l.level === level)) return { ok: false, message: REVIEW_MESSAGES.levelMissing };
  const comment = rawComment.trim();
  if (comment.length > MAX_REVIEW_COMMENT) return { ok: false, message: REVIEW_MESSAGES.tooLong };
  if (needsReason(level) && !comment) return { ok: false, message: REVIEW_MESSAGES.reasonMissing };
  return { ok: true, level, comment: comment || null };
}

/** `12/500`: characters as the server counts them (UTF-16 units, like String.length). */
export const commentCounter = (comment: string): string => `${comment.length}/${MAX_REVIEW_COMMENT}`;

/** What to say about a refused review; `fallback` gives the shared messages (graphql.ts messageFor). */
export function reviewFailureMessage(code: string, fallback: (code: string) => string): string {
  switch (code) {
    case 'ALREADY_REVIEWED':
      return REVIEW_MESSAGES.alreadyReviewed;
    case 'NOT_FOUND':
      return REVIEW_MESSAGES.notFound;
    case 'REASON_REQUIRED':
      return REVIEW_MESSAGES.reasonMissing;
    case 'TEXT_TOO_LONG':
      return REVIEW_MESSAGES.tooLong;
    default:
      return fallback(code);
  }
}

/** Refusals after which the form stays useful (fix it or try again); the others end the form. */
export const isFinalReviewAnswer = (code: string): boolean => code === 'ALREADY_REVIEWED' || code === 'REVIEW_NOT_OPEN' || code === 'NOT_FOUND';

/**
 * One review submission's idempotency key. The key stays the same for every retry of the form
 * (a double click, a retry after a lost answer), so the server records the review at most once
 * and answers a repeat with the first receipt; `busy` refuses a second send while one is on its way.
 */
export class ReviewSubmission {
  private key: string | null = null;
  private sending = false;

  constructor(private readonly newKey: () => string) {}

  /** The key for this send, or null when a send is already under way. */
  begin(): string | null {
    if (this.sending) return null;
    this.key ??= this.newKey();
    this.sending = true;
    return this.key;
  }

  /** The send is over (answered or failed); a retry reuses the key. */
  end(): void {
    this.sending = false;
  }

  get busy(): boolean {
    return this.sending;
  }
}

/** What the receipt says about a bad review's follow-up. */
export function followUpText(r: { rectificationOpened: boolean; rectificationDueDate: string | null }): string | null {
  if (!r.rectificationOpened) return null;
  return r.rectificationDueDate
    ? `感谢您指出问题。我们将在${r.rectificationDueDate}前整改并回访。`
    : '感谢您指出问题。我们将尽快整改并回访。';
}
