import type { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { appError, type ErrorCode } from '../shared/graphql/errors';
import { callService, type ServiceTarget } from '../shared/outbox/service-call';
import { reviewCaseNotFound, type ReviewInputArgs } from '../shared/reviews/review-engine';
import type { ReviewReceiptView } from '../shared/reviews/review-view';

const RECEIVE_REVIEW = `mutation($i: ReviewInput!) { receiveReview(input: $i) { level levelLabel reviewedAt rectificationOpened rectificationDueDate } }`;

/** The township's answers the applicant should see as they are; anything else means the service failed. */
const PASSED_ON: ReadonlySet<string> = new Set<ErrorCode>([
  'NOT_FOUND',
  'ALREADY_REVIEWED',
  'REVIEW_NOT_OPEN',
  'DUPLICATE',
  'BAD_USER_INPUT',
  'TEXT_TOO_LONG',
  'REASON_REQUIRED',
]);

/**
 * Passes a public review of a case the county does not hold to the township service, which
 * looks among its own cases. Nothing is stored at the county either way.
 */
export class TownshipReviewClient {
  constructor(private readonly township: ServiceTarget, private readonly log: Logger) {}

  async submit(input: ReviewInputArgs): Promise<ReviewReceiptView> {
    try {
      return (await callService<{ receiveReview: ReviewReceiptView }>(this.township, RECEIVE_REVIEW, { i: input })).receiveReview;
    } catch (e) {
      throw this.asApplicantError(e);
    }
  }

  private asApplicantError(e: unknown): GraphQLError {
    const message = String((e as Error)?.message ?? e);
    // callService reports a GraphQL error as "<code>: <message>".
    const m = /^([A-Z_]+): ([\s\S]*)$/.exec(message);
    if (m && PASSED_ON.has(m[1])) return m[1] === 'NOT_FOUND' ? reviewCaseNotFound() : appError(m[1] as ErrorCode, m[2]);
    this.log.warn({ err: message }, 'could not pass a review on to the township service');
    return appError('SERVICE_UNAVAILABLE', 'The township service cannot be reached just now; nothing was recorded, please try again later (乡镇服务暂不可用，请稍后再试)');
  }
}
