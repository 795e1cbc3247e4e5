import { recordAudit } from '../audit/audit-log';
import type { DataSource, EntityTarget } from 'typeorm';
import { newId } from '../db/ids';
import { isUniqueViolation } from '../db/unique-violation';
import { retryOnDeadlock } from '../db/retry';
import { requestFingerprint, sameRequestOrRefuse } from '../db/request-fingerprint';
import type { Principal } from '../auth/principal';
import type { WorkCalendar } from '../domain/calendar';
import { shanghaiDate } from '../domain/time';
import {
  applyRectificationAction,
  isReviewOpen,
  needsRectification,
  rectificationDue,
  RECTIFICATION_ACTORS,
  validateReview,
  type RectificationAction,
  type RectificationActor,
  type RectificationStatus,
} from '../domain/rectification';
import { validateRequestId } from '../cases/case-engine';
import { appError, notFound } from '../graphql/errors';
import type { RectificationEventRecord, ReviewRecord } from './review-record';
import { toRectificationState } from './review-state';
import { recordReviewFigures } from '../statistics/day-figures-table';

/** What one tier tells the review engine about its tables, calendar and settings. */
export interface ReviewTier<R extends ReviewRecord> {
  dataSource: DataSource;
  reviewEntity: EntityTarget<R>;
  eventEntity: EntityTarget<RectificationEventRecord>;
  calendar: () => Promise<WorkCalendar>;
  rectificationDays: () => Promise<number>;
}

/** Who took a step, as the event table records it. */
interface StepActor {
  id: string;
  name: string;
  role: string;
}

/** The applicant opens a rectification by reviewing; the public has no account. */
const APPLICANT: StepActor = { id: 'public', name: '申请人', role: 'APPLICANT' };

/** Same words whether the number or the code was wrong, so a guess learns nothing. */
export const reviewCaseNotFound = () =>
  appError('NOT_FOUND', 'No case matches this number and query code; check the acceptance slip (未找到该办件，请核对办件编号和查询码)');

const reviewVersionConflict = (id: string) =>
  appError('VERSION_CONFLICT', 'Someone else changed this rectification first; reload it and try again (整改记录已被他人更新)', { id });

export interface ReviewInputArgs {
  requestId: string;
  number: string;
  queryCode: string;
  level: number;
  comment?: string | null;
}

/** Checks the parts of a review that do not depend on the case, before anything is looked up. */
export function checkReviewInput(input: ReviewInputArgs): { level: number; comment: string | null; number: string; queryCode: string } {
  validateRequestId(input.requestId);
  const { level, comment } = validateReview(input);
  return { level, comment, number: String(input.number ?? '').trim(), queryCode: String(input.queryCode ?? '').trim().toUpperCase() };
}

/** The case a review is about, as the engine needs it. */
export interface ReviewedCase {
  id: string;
  number: string;
  itemId: string;
  acceptedOn: string | null;
  status: string;
}

/**
 * Records one review of a case (一事一评). Idempotent on `requestId`: repeating the request returns
 * the first review, even when the repeat races the original; a second review of the case is refused.
 */
export async function recordReview<R extends ReviewRecord>(
  tier: ReviewTier<R>,
  a: { input: ReviewInputArgs; case: ReviewedCase; now: Date; place: (r: R) => void },
): Promise<R> {
  const { level, comment } = checkReviewInput(a.input);
  const repo = tier.dataSource.getRepository(tier.reviewEntity);
  const requestHash = requestFingerprint({ caseId: a.case.id, level, comment });
  const repeat = await sameRequest(tier, a.input.requestId, a.case.id, requestHash);
  if (repeat) return repeat;
  if (!isReviewOpen(a.case.status)) {
    throw appError('REVIEW_NOT_OPEN', 'The case can be reviewed once it is finished (办结或送达后方可评价)');
  }
  if (await repo.findOne({ where: { caseId: a.case.id } as never })) throw alreadyReviewed();

  const bad = needsRectification(level);
  const due = bad ? rectificationDue({ reviewedAt: a.now, days: await tier.rectificationDays(), calendar: await tier.calendar() }) : null;
  const row = repo.create() as R;
  Object.assign(row, {
    id: newId(),
    caseId: a.case.id,
    caseNumber: a.case.number,
    itemId: a.case.itemId,
    acceptedOn: a.case.acceptedOn,
    level,
    comment,
    requestId: a.input.requestId,
    requestHash,
    reviewedAt: a.now,
    reviewedOn: shanghaiDate(a.now),
    rectificationStatus: (bad ? 'PENDING' : 'NONE') satisfies RectificationStatus,
    rectificationDueDate: due?.dueDate ?? null,
    rectificationDueAt: due?.dueAt ?? null,
    version: 1,
    updatedAt: a.now,
  });
  a.place(row);
  try {
    await retryOnDeadlock(() =>
      tier.dataSource.transaction(async (m) => {
        await m.getRepository(tier.reviewEntity).insert(row as never);
        await recordReviewFigures(m, tier.reviewEntity, row);
        if (bad) await appendEvent(m.getRepository(tier.eventEntity), row, 1, APPLICANT, a.now, { action: 'OPEN', fromStatus: null, toStatus: 'PENDING', note: comment });
      }),
    );
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const raced = await sameRequest(tier, a.input.requestId, a.case.id, requestHash);
    if (raced) return raced;
    throw alreadyReviewed();
  }
  return row;
}

const alreadyReviewed = () => appError('ALREADY_REVIEWED', 'This case has already been reviewed; each case is reviewed once (一事一评)');

/** The case identifies the reviewer: a key used for another case is someone else's (DUPLICATE). */
async function sameRequest<R extends ReviewRecord>(tier: ReviewTier<R>, requestId: string, caseId: string, requestHash: string): Promise<R | null> {
  const r = (await tier.dataSource.getRepository(tier.reviewEntity).findOne({ where: { requestId } as never })) as R | null;
  if (!r) return null;
  if (r.caseId !== caseId) throw appError('DUPLICATE', '请求编号（requestId）已用于另一办件的评价，请换用新的请求编号 (This requestId was already used for another review; choose a new one)');
  return sameRequestOrRefuse(r, requestHash);
}

export interface RectificationArgs<R> {
  id: string;
  version: number;
  action: RectificationAction;
  note?: string | null;
  who: Principal;
  now: Date;
  /** Throws unless the caller may take a step of this actor kind on this review. */
  authorize: (r: R, actor: RectificationActor) => void;
}

/** Takes one step on a rectification under optimistic locking; the event row is written in the same transaction. */
export async function actOnRectification<R extends ReviewRecord>(tier: ReviewTier<R>, a: RectificationArgs<R>): Promise<R> {
  const r = await loadReview(tier, a.id);
  const actor = RECTIFICATION_ACTORS[a.action];
  if (!actor) throw appError('BAD_USER_INPUT', `Unknown rectification action ${String(a.action)}`);
  a.authorize(r, actor);
  if (r.version !== a.version) throw reviewVersionConflict(r.id);
  const step = applyRectificationAction(toRectificationState(r), a.action, { note: a.note, now: a.now });
  await retryOnDeadlock(() =>
    tier.dataSource.transaction(async (m) => {
      const res = await m
        .createQueryBuilder()
        .update(tier.reviewEntity)
        .set({ ...step.patch, rectificationStatus: step.status, version: r.version + 1, updatedAt: a.now } as never)
        .where('id = :id AND version = :version', { id: r.id, version: r.version })
        .execute();
      if (res.affected !== 1) throw reviewVersionConflict(r.id);
      // Version n of a rectification is its n-th event (the opening is version 1).
      await appendEvent(m.getRepository(tier.eventEntity), r, r.version + 1, { id: a.who.userId, name: a.who.name, role: a.who.role }, a.now, step.event);
      // The efficiency office's decisions (invalid, cannot rectify, the follow-up call) are administrative changes.
      if (actor === 'SUPERVISOR') {
        const after = { ...step.patch, rectificationStatus: step.status } as Record<string, unknown>;
        const before = Object.fromEntries(Object.keys(after).map((k) => [k, (r as unknown as Record<string, unknown>)[k]]));
        await recordAudit(m, a.who, { entityType: 'RECTIFICATION', entityId: r.id, action: String(a.action), before, after }, a.now);
      }
    }),
  );
  return loadReview(tier, r.id);
}

async function loadReview<R extends ReviewRecord>(tier: ReviewTier<R>, id: string): Promise<R> {
  const r = (await tier.dataSource.getRepository(tier.reviewEntity).findOne({ where: { id } as never })) as R | null;
  if (!r) throw notFound('Review', id);
  return r;
}

async function appendEvent(
  repo: { insert(row: never): Promise<unknown> },
  r: ReviewRecord,
  seq: number,
  who: StepActor,
  at: Date,
  e: { action: string; fromStatus: string | null; toStatus: string; note: string | null },
): Promise<void> {
  await repo.insert({
    id: newId(),
    reviewId: r.id,
    seq,
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    actorId: who.id.slice(0, 64),
    actorName: who.name.slice(0, 50),
    actorRole: who.role.slice(0, 20),
    at,
    note: e.note,
  } as never);
}
