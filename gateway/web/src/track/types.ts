/** What `trackCase` and `submitReview` answer, as typed by npm run codegen from track/operations.graphql into track/gql/. */

import { SubmitReviewDocument, TrackCaseDocument } from './gql/graphql';
import type { CaseStatus, SubmitReviewMutation, TrackCaseQuery, TrackViewFragment } from './gql/graphql';

export type { CaseStatus };

/** One tier's public view of a case (fragment TrackView, track/operations.graphql). */
export type PublicCaseView = TrackViewFragment;
export type PublicStep = PublicCaseView['steps'][number];
export type TrackedCase = NonNullable<TrackCaseQuery['trackCase']>;
export type ReviewReceipt = SubmitReviewMutation['submitReview'];

/** The part of a GraphQL error the page looks at (same shape as shared/graphql.ts, without its DOM imports). */
export interface ErrorItem {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

/** Everything the page shows: views from both tiers, never applicant data (the type has none). */
export const TRACK_QUERY = TrackCaseDocument;

export const REVIEW_MUTATION = SubmitReviewDocument;
