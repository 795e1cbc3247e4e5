import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { Forwarder, type BatchOutcome } from '../shared/outbox/forwarder';
import { callService, refusalOf, ServiceCallError, type ServiceTarget } from '../shared/outbox/service-call';
import { TownshipOutbox } from './entities';
import type { ForwardAck, IntakeService } from './intake-service';
import { RED_CASE_MESSAGE } from './red-case-reporter';

const FORWARD = `mutation($i: ForwardedIntakeInput!) { receiveForwardedIntake(input: $i) { countyCaseId countyCaseNumber status dueDate duplicate
  acceptance { previousVersion version step fromStatus toStatus unitName at note dueDate dueAt pausedAt pausedWorkingDays uncertainYears expedited } } }`;
/** The same, to a county that does not send the acceptance with its acknowledgement yet (it sends it as an update). */
const FORWARD_WITHOUT_ACCEPTANCE = `mutation($i: ForwardedIntakeInput!) { receiveForwardedIntake(input: $i) { countyCaseId countyCaseNumber status dueDate duplicate } }`;
const FORWARD_MANY = `mutation($i: [ForwardedIntakeInput!]!) { receiveForwardedIntakes(inputs: $i) { errorCode errorMessage ack { countyCaseId countyCaseNumber status dueDate duplicate
  acceptance { previousVersion version step fromStatus toStatus unitName at note dueDate dueAt pausedAt pausedWorkingDays uncertainYears expedited } } } }`;
const ACTION = `mutation($i: TownshipActionInput!) { applyTownshipAction(input: $i) { id status } }`;
const RED_CASE = `mutation($i: RedCaseReportInput!) { reportRedTownshipCase(input: $i) { id } }`;

/** The county mutation that receives each kind of message (intakes: `forwardOne`). */
const MUTATION_OF: Record<string, string> = { [RED_CASE_MESSAGE]: RED_CASE };

const unknownToReceiver = (e: unknown) => e instanceof ServiceCallError && e.code === 'GRAPHQL_VALIDATION_FAILED';

interface ForwardAnswer {
  receiveForwardedIntake: ForwardAck & { duplicate: boolean };
}

/**
 * Delivers intakes, clerks' actions and RED cases to the county until it acknowledges them,
 * starting as soon as an intake or action is committed.
 */
export function intakeForwarder(ds: DataSource, county: ServiceTarget, intakes: IntakeService, log: Logger, clock?: () => Date) {
  // What the county takes, learnt from its refusals while both tiers are upgraded one after the other.
  let batches = true;
  let acceptanceInAck = true;
  const forwardOne = async (payload: Record<string, unknown>) => {
    if (acceptanceInAck) {
      try {
        return await callService(county, FORWARD, { i: payload });
      } catch (e) {
        if (!unknownToReceiver(e)) throw e;
        acceptanceInAck = false;
        log.warn({ err: (e as Error).message }, 'the county sends no acceptance with its acknowledgement; forwarding without it');
      }
    }
    return callService(county, FORWARD_WITHOUT_ACCEPTANCE, { i: payload });
  };
  const forwarder = new Forwarder<TownshipOutbox>({
    dataSource: ds,
    entity: TownshipOutbox,
    log,
    clock,
    // SQLite has one connection: lanes would only queue behind each other on it.
    concurrency: ds.options.type === 'better-sqlite3' ? 1 : 8,
    send: (row) => (row.kind === 'FORWARD_INTAKE' ? forwardOne(row.payload) : callService(county, MUTATION_OF[row.kind] ?? ACTION, { i: row.payload })),
    // Intakes waiting together go to the county together, each with its own outcome.
    batchable: (row) => row.kind === 'FORWARD_INTAKE' && batches,
    sendBatch: async (rows): Promise<BatchOutcome[]> => {
      try {
        const data = await callService<{ receiveForwardedIntakes: { ack: ForwardAnswer['receiveForwardedIntake'] | null; errorCode: string | null; errorMessage: string | null }[] }>(county, FORWARD_MANY, {
          i: rows.map((r) => r.payload),
        });
        return data.receiveForwardedIntakes.map((o) => (o.ack ? { ack: { receiveForwardedIntake: o.ack } } : { error: refusalOf(o.errorCode ?? 'INTERNAL_SERVER_ERROR', o.errorMessage ?? 'refused') }));
      } catch (e) {
        // A county that does not know the batched call yet: one call per intake from now on.
        if (unknownToReceiver(e)) {
          batches = false;
          log.warn({ err: (e as Error).message }, 'the county takes no batched forwarding; forwarding one intake per call');
          const outcomes: BatchOutcome[] = [];
          for (const r of rows) outcomes.push(await forwardOne(r.payload).then((ack) => ({ ack }), (error: unknown) => ({ error })));
          return outcomes;
        }
        throw e;
      }
    },
    onDelivered: async (m, row, ack, now) => {
      if (row.kind === 'FORWARD_INTAKE') await intakes.recordForwarded(m, row.subjectId, (ack as ForwardAnswer).receiveForwardedIntake, now);
    },
    onDeliveredMany: (m, delivered, now) =>
      intakes.recordForwardedMany(
        m,
        delivered.filter((d) => d.row.kind === 'FORWARD_INTAKE').map((d) => ({ intakeId: d.row.subjectId, ack: (d.ack as ForwardAnswer).receiveForwardedIntake })),
        now,
      ),
  });
  intakes.onQueued = () => forwarder.nudge();
  return forwarder;
}
