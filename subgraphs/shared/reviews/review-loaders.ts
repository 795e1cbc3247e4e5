import DataLoader from 'dataloader';
import { groupLoader } from '../db/loaders';
import type { RectificationEventRecord, ReviewRecord } from './review-record';

/** Per-request loaders behind `case.review` and `rectification.steps`: one statement per hop. */
export interface ReviewLoaders<R extends ReviewRecord> {
  /** The review of a case, by case id. */
  ofCase: DataLoader<string, R | null>;
  /** A rectification's events, oldest first, by review id. */
  steps: DataLoader<string, RectificationEventRecord[]>;
}

export function reviewLoaders<R extends ReviewRecord>(source: {
  byCaseIds(caseIds: readonly string[]): Promise<R[]>;
  stepsOf(reviewIds: readonly string[]): Promise<RectificationEventRecord[]>;
}): ReviewLoaders<R> {
  return {
    ofCase: new DataLoader<string, R | null>(async (caseIds) => {
      const byCase = new Map((await source.byCaseIds(caseIds)).map((r) => [r.caseId, r]));
      return caseIds.map((id) => byCase.get(id) ?? null);
    }),
    steps: groupLoader((ids) => source.stepsOf(ids), (e) => e.reviewId),
  };
}
