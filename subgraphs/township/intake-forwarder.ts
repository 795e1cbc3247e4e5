import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { Forwarder } from '../shared/outbox/forwarder';
import { callService, type ServiceTarget } from '../shared/outbox/service-call';
import { TownshipOutbox } from './entities';
import type { IntakeService } from './intake-service';

const FORWARD = `mutation($i: ForwardedIntakeInput!) { receiveForwardedIntake(input: $i) { countyCaseId countyCaseNumber status dueDate duplicate } }`;
const ACTION = `mutation($i: TownshipActionInput!) { applyTownshipAction(input: $i) { id status } }`;

interface ForwardAck {
  receiveForwardedIntake: { countyCaseId: string; countyCaseNumber: string; status: string; dueDate: string | null; duplicate: boolean };
}

/** Delivers intakes and clerks' actions to the county until it acknowledges them. */
export function intakeForwarder(ds: DataSource, county: ServiceTarget, intakes: IntakeService, log: Logger, clock?: () => Date) {
  return new Forwarder<TownshipOutbox>({
    dataSource: ds,
    entity: TownshipOutbox,
    log,
    clock,
    send: (row) => callService(county, row.kind === 'FORWARD_INTAKE' ? FORWARD : ACTION, { i: row.payload }),
    onDelivered: async (m, row, ack, now) => {
      if (row.kind === 'FORWARD_INTAKE') await intakes.recordForwarded(m, row.subjectId, (ack as ForwardAck).receiveForwardedIntake, now);
    },
  });
}
