import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { Forwarder } from '../shared/outbox/forwarder';
import { callService, type ServiceTarget } from '../shared/outbox/service-call';
import { TownshipOutbox } from './entities';
import type { ForwardAck, IntakeService } from './intake-service';
import { RED_CASE_MESSAGE } from './red-case-reporter';

const FORWARD = `mutation($i: ForwardedIntakeInput!) { receiveForwardedIntake(input: $i) { countyCaseId countyCaseNumber status dueDate duplicate
  acceptance { previousVersion version step fromStatus toStatus unitName at note dueDate dueAt pausedAt pausedWorkingDays uncertainYears expedited } } }`;
const ACTION = `mutation($i: TownshipActionInput!) { applyTownshipAction(input: $i) { id status } }`;
const RED_CASE = `mutation($i: RedCaseReportInput!) { reportRedTownshipCase(input: $i) { id } }`;

/** The county mutation that receives each kind of message. */
const MUTATION_OF: Record<string, string> = { FORWARD_INTAKE: FORWARD, [RED_CASE_MESSAGE]: RED_CASE };

interface ForwardAnswer {
  receiveForwardedIntake: ForwardAck & { duplicate: boolean };
}

/**
 * Delivers intakes, clerks' actions and RED cases to the county until it acknowledges them,
 * starting as soon as an intake or action is committed.
 */
export function intakeForwarder(ds: DataSource, county: ServiceTarget, intakes: IntakeService, log: Logger, clock?: () => Date) {
  const forwarder = new Forwarder<TownshipOutbox>({
    dataSource: ds,
    entity: TownshipOutbox,
    log,
    clock,
    // SQLite has one connection: lanes would only queue behind each other on it.
    concurrency: ds.options.type === 'better-sqlite3' ? 1 : 8,
    send: (row) => callService(county, MUTATION_OF[row.kind] ?? ACTION, { i: row.payload }),
    onDelivered: async (m, row, ack, now) => {
      if (row.kind === 'FORWARD_INTAKE') await intakes.recordForwarded(m, row.subjectId, (ack as ForwardAnswer).receiveForwardedIntake, now);
    },
  });
  intakes.onQueued = () => forwarder.nudge();
  return forwarder;
}
