import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { markRedNoticed, unnoticedRedCases } from '../shared/supervision/red-cases';
import { enqueue } from '../shared/outbox/enqueue';
import { retryOnDeadlock } from '../shared/db/retry';
import { Township, TownshipCase, TownshipOutbox } from './entities';

export const RED_CASE_MESSAGE = 'CASE_TURNED_RED';

/**
 * Supervision records live at the county (SPEC §3), but only the township knows when its own
 * cases turn RED. Each such case is marked and announced once through the outbox, in one
 * transaction, so the county hears of it however long it is unreachable — and, thanks to its
 * unique key, opens one record however often the message arrives.
 */
export class RedCaseReporter {
  constructor(private readonly ds: DataSource) {}

  /** Announces every RED case not yet announced; returns how many were. */
  async sweep(now: Date, batch = 200): Promise<number> {
    let announced = 0;
    for (;;) {
      const red = await unnoticedRedCases(this.ds, TownshipCase, now, batch);
      if (red.length === 0) return announced;
      const towns = new Map((await this.ds.getRepository(Township).find({ where: { id: In([...new Set(red.map((c) => c.townshipId))]) } })).map((t) => [t.id, t]));
      for (const c of red) {
        const marked = await retryOnDeadlock(() =>
          this.ds.transaction(async (m) => {
            if (!(await markRedNoticed(m, TownshipCase, c.id, now))) return false; // another reporter took it
            await enqueue(m, TownshipOutbox, {
              messageKey: `red:${c.id}`,
              kind: RED_CASE_MESSAGE,
              subjectId: c.id,
              now,
              payload: {
                caseId: c.id,
                caseNumber: c.number,
                townshipId: c.townshipId,
                townshipName: towns.get(c.townshipId)?.name ?? '',
                dueDate: c.dueDate,
                at: now.toISOString(),
              },
            });
            return true;
          }),
        );
        if (marked) announced += 1;
      }
      if (red.length < batch) return announced;
    }
  }
}
