import type { EntityManager, EntityTarget } from 'typeorm';
import { newId } from '../db/ids';
import type { OutboxRecord } from './outbox-record';

/** Writes an outbox row inside the caller's transaction. */
export async function enqueue(
  m: EntityManager,
  entity: EntityTarget<OutboxRecord>,
  msg: { messageKey: string; kind: string; subjectId: string; payload: Record<string, unknown>; now: Date },
): Promise<void> {
  await m.getRepository(entity).insert({
    id: newId(),
    messageKey: msg.messageKey,
    kind: msg.kind,
    subjectId: msg.subjectId,
    payload: msg.payload,
    createdAt: msg.now,
    attempts: 0,
    nextAttemptAt: msg.now,
    claimedBy: null,
    leaseUntil: null,
    deliveredAt: null,
    lastError: null,
  } as never);
}
