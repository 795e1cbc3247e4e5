import type { EntityManager, EntityTarget } from 'typeorm';
import { newId } from '../db/ids';
import type { OutboxRecord } from './outbox-record';

/**
 * Writes an outbox row inside the caller's transaction, after every earlier message of its
 * subject. Callers change the subject's own row in the same transaction first, which serialises
 * writers of one subject, so the next place is read safely.
 */
export async function enqueue(
  m: EntityManager,
  entity: EntityTarget<OutboxRecord>,
  msg: { messageKey: string; kind: string; subjectId: string; payload: Record<string, unknown>; now: Date; /** The subject was created in this transaction: nothing can be before it. */ newSubject?: boolean },
): Promise<void> {
  const repo = m.getRepository(entity);
  const last = msg.newSubject
    ? null
    : await repo
        .createQueryBuilder('o')
        .select('MAX(o.subject_seq)', 'seq')
        .where('o.subject_id = :subject', { subject: msg.subjectId })
        .getRawOne<{ seq: unknown }>();
  await repo.insert({
    id: newId(),
    messageKey: msg.messageKey,
    kind: msg.kind,
    subjectId: msg.subjectId,
    subjectSeq: Number(last?.seq ?? 0) + 1,
    payload: msg.payload,
    createdAt: msg.now,
    attempts: 0,
    nextAttemptAt: msg.now,
    claimedBy: null,
    leaseUntil: null,
    deliveredAt: null,
    lastError: null,
    parkedAt: null,
  } as never);
}
