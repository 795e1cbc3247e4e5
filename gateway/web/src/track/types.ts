/** What `trackCase` and `submitReview` answer (schema/common.graphql, common.reviews.graphql). */

import type { CaseStatus } from '../shared/graph-types';

export type { CaseStatus };

export interface PublicStep {
  label: string;
  status: CaseStatus;
  unitName: string;
  at: string;
}

export interface PublicCaseView {
  number: string;
  itemName: string;
  unitName: string;
  status: CaseStatus;
  statusLabel: string;
  receivedAt: string;
  acceptedAt: string | null;
  dueDate: string | null;
  completedAt: string | null;
  steps: PublicStep[];
}

export interface TrackedCase {
  number: string;
  township: PublicCaseView | null;
  county: PublicCaseView | null;
}

export interface ReviewReceipt {
  level: number;
  levelLabel: string;
  reviewedAt: string;
  rectificationOpened: boolean;
  rectificationDueDate: string | null;
}

/** The part of a GraphQL error the page looks at (same shape as shared/graphql.ts, without its DOM imports). */
export interface ErrorItem {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

const VIEW = `number itemName unitName status statusLabel receivedAt acceptedAt dueDate completedAt steps { label status unitName at }`;

/** Everything the page shows: views from both tiers, never applicant data (the type has none). */
export const TRACK_QUERY = `query Track($number: String!, $queryCode: String!) {
  trackCase(number: $number, queryCode: $queryCode) { number township { ${VIEW} } county { ${VIEW} } }
}`;

export const REVIEW_MUTATION = `mutation Review($input: ReviewInput!) {
  submitReview(input: $input) { level levelLabel reviewedAt rectificationOpened rectificationDueDate }
}`;
