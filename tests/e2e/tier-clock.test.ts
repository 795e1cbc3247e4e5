/**
 * One clock on both tiers (SPEC §4.3, §4.4): a delegated intake's deadline at the township follows
 * its county case exactly — due date, due instant, pause — so the township's overdue lists and
 * counts equal the county's on every day, through a supplement pause of 3 working days and
 * through a pause that is never lifted. 2026-11-16 is a Monday.
 */
import { startNetwork, ok, type Network } from '../support/network';
import { buildFixture, applicant, ACT_COUNTY, type Fixture } from '../support/fixtures';

let net: Network;
let fx: Fixture;

beforeAll(async () => {
  net = await startNetwork({ now: '2026-11-16T02:00:00.000Z' });
  fx = await buildFixture(net);
  await net.township.services.calendar.sync(net.clock.now());
}, 60_000);
afterAll(async () => net?.stop());

const ACCEPT = `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id } }`;
const DEADLINE = 'dueDate dueAt paused pausedWorkingDays warningLevel workingDaysLeft overdue calendarUncertain';
const INTAKE = `query($id: ID!) { delegatedIntake(id: $id) { id version deadline { ${DEADLINE} } countyCase { id version deadline { ${DEADLINE} } } } }`;
const TOWNSHIP_VIEW = `query($t: ID!) { townshipWorkList(townshipId: $t) { overdue { id } } townships { id status { overdue } } }`;
const COUNTY_VIEW = `{ countyCases(filter: { delegated: true, overdue: true }) { total nodes { origin { id } } } }`;

async function drain() {
  for (let i = 0; i < 3; i++) {
    await net.township.forwarder.drain();
    await net.county.forwarder.drain();
  }
}

async function accept(requestId: string): Promise<string> {
  const i = { requestId, countyItemId: fx.delegable.id, applicant: applicant(), submittedMaterials: ['申请书', '申请人身份证明'] };
  return (await ok(net.gatewayUrl, ACCEPT, { i }, fx.clerkX)).acceptDelegatedIntake.id;
}

const intake = async (id: string) => (await ok(net.gatewayUrl, INTAKE, { id }, fx.adminToken)).delegatedIntake;

/** What each tier says is overdue today, and the two deadlines of every intake. */
async function compareTiers(ids: string[], day: string) {
  const t = (await ok(net.gatewayUrl, TOWNSHIP_VIEW, { t: fx.townshipX.id }, fx.adminToken)) as {
    townshipWorkList: { overdue: { id: string }[] };
    townships: { id: string; status: { overdue: number } }[];
  };
  const c = (await ok(net.gatewayUrl, COUNTY_VIEW, {}, fx.supervisor)).countyCases as { total: number; nodes: { origin: { id: string } }[] };
  const townshipOverdue = t.townshipWorkList.overdue.map((i) => i.id).sort();
  const countyOverdue = c.nodes.map((n) => n.origin.id).sort();
  expect({ day, overdue: townshipOverdue }).toEqual({ day, overdue: countyOverdue });
  expect({ day, count: t.townships.find((x) => x.id === fx.townshipX.id)!.status.overdue }).toEqual({ day, count: c.total });
  for (const id of ids) {
    const i = await intake(id);
    expect({ day, id, deadline: i.deadline }).toEqual({ day, id, deadline: i.countyCase.deadline });
  }
  return countyOverdue;
}

test('through a 3-working-day supplement pause and a pause never lifted, both tiers agree every day on what is overdue', async () => {
  const resumed = await accept('clock-0001'); // supplement asked Tue, brought Fri: due Mon 23rd → Thu 26th
  const stillPaused = await accept('clock-0002'); // supplement asked Tue, never brought: not overdue
  const plain = await accept('clock-0003'); // no pause: overdue from Tue 24th
  await drain();
  const ids = [resumed, stillPaused, plain];
  const seenOverdue: Record<string, string[]> = {};
  for (let d = 16; d <= 30; d++) {
    const day = `2026-11-${d}`;
    net.clock.set(`${day}T02:00:00.000Z`); // 10:00 Beijing
    if (d === 17) {
      for (const id of [resumed, stillPaused]) {
        const c = (await intake(id)).countyCase;
        await ok(net.gatewayUrl, ACT_COUNTY, { i: { id: c.id, version: c.version, action: 'REQUEST_SUPPLEMENT', missingMaterials: ['场所使用证明'] } }, fx.clerkA);
      }
    }
    if (d === 20) {
      const i = await intake(resumed);
      await ok(net.gatewayUrl, `mutation($id: ID!, $v: Int!) { resubmitIntakeSupplement(id: $id, version: $v, submittedMaterials: ["场所使用证明"]) { id } }`, { id: resumed, v: i.version }, fx.clerkX);
    }
    await drain();
    seenOverdue[day] = await compareTiers(ids, day);
  }
  // The story the figures must tell, so the comparison above compared something.
  expect(seenOverdue['2026-11-23']).toEqual([]);
  expect(seenOverdue['2026-11-24']).toEqual([plain]);
  expect(seenOverdue['2026-11-27']).toEqual([resumed, plain].sort());
  expect(seenOverdue['2026-11-30']).not.toContain(stillPaused);
  expect((await intake(resumed)).deadline).toMatchObject({ dueDate: '2026-11-26', pausedWorkingDays: 3, paused: false });
  expect((await intake(stillPaused)).deadline).toMatchObject({ dueDate: '2026-11-23', paused: true, overdue: false });
}, 120_000);
