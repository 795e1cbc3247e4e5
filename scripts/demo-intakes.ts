import { randomUUID } from 'node:crypto';
import { CLERK_NAMES } from '../subgraphs/shared/demo/catalog';
import { demoApplicant } from '../subgraphs/shared/demo/applicants';
import { Rng } from '../subgraphs/shared/demo/random';
import { gatewayClient } from './lib/gateway-client';

/**
 * Demo delegated intakes in every stage, played through the gateway exactly as clerks would:
 * township windows accept county items, the forwarders carry them to the county, county clerks
 * ask for supplements, approve or reject, and township windows hand results over.
 * Runs once: it does nothing when any intake exists.
 */
export async function playDemoIntakes(gatewayUrl: string, jwtSecret: string, log: (msg: string) => void): Promise<void> {
  const { token, call } = gatewayClient(gatewayUrl, jwtSecret);
  const admin = await token({ userId: 'demo-admin', name: '县中心管理员', role: 'COUNTY_ADMIN' });

  if ((await call(`{ delegatedIntakes(limit: 1) { total } }`, {}, admin)).delegatedIntakes.total > 0) return;
  const rng = new Rng('demo-intakes');
  const townships: { id: string; name: string }[] = (await call(`{ townships { id name } }`, {}, admin)).townships;
  const accepted: { id: string; townshipId: string; clerk: string; plan: number }[] = [];
  for (const [t, township] of townships.entries()) {
    const clerk = await token({ userId: `demo-clerk-${t}`, name: CLERK_NAMES[t % CLERK_NAMES.length], role: 'TOWNSHIP_CLERK', townshipId: township.id });
    const items: { countyItem: { id: string }; kind: 'IMMEDIATE' | 'PROMISED'; promisedDays: number; materials: { name: string; mandatory: boolean }[] }[] = (
      await call(`query($t: ID!) { delegableCountyItems(townshipId: $t) { countyItem { id } kind promisedDays materials { name mandatory } } }`, { t: township.id }, admin)
    ).delegableCountyItems;
    const promised = items.filter((i) => i.kind === 'PROMISED');
    for (let plan = 0; plan < 6 && promised.length; plan++) {
      const item = rng.pick(promised);
      const applicant = demoApplicant(rng, { id: item.countyItem.id, kind: item.kind, promisedDays: item.promisedDays, materials: item.materials });
      const r = await call(
        `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id } }`,
        { i: { requestId: `demo-intake-${randomUUID()}`, countyItemId: item.countyItem.id, applicant, submittedMaterials: item.materials.filter((m) => m.mandatory).map((m) => m.name) } },
        clerk,
      );
      accepted.push({ id: r.acceptDelegatedIntake.id, townshipId: township.id, clerk, plan });
    }
  }
  // Give the forwarders a moment to carry every intake to the county.
  for (let i = 0; i < 60; i++) {
    const waiting = (await call(`{ delegatedIntakes(filter: { stage: [WAITING_FORWARD] }, limit: 1) { total } }`, {}, admin)).delegatedIntakes.total;
    if (waiting === 0) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const countyCase = async (intakeId: string) =>
    (await call(`query($id: ID!) { delegatedIntake(id: $id) { version countyCase { id version department { id } item { materials { name } } } } }`, { id: intakeId }, admin)).delegatedIntake;
  const act = async (intakeId: string, input: Record<string, unknown>) => {
    const i = await countyCase(intakeId);
    if (!i.countyCase) return;
    const clerk = await token({ userId: `demo-county-${i.countyCase.department.id.slice(0, 8)}`, name: '县窗口人员', role: 'COUNTY_CLERK', departmentId: i.countyCase.department.id });
    await call(`mutation($i: CaseActionInput!) { actOnCountyCase(input: $i) { version } }`, { i: { id: i.countyCase.id, version: i.countyCase.version, ...input } }, clerk);
  };
  const settle = () => new Promise((r) => setTimeout(r, 1500)); // county updates travel back to the township
  for (const a of accepted) {
    const c = await countyCase(a.id);
    if (!c.countyCase) continue;
    if (a.plan === 0) await act(a.id, { action: 'REQUEST_SUPPLEMENT', missingMaterials: [c.countyCase.item.materials.at(-1).name] });
    if (a.plan === 1) await act(a.id, { action: 'START' });
    if (a.plan === 5) await act(a.id, { action: 'WITHDRAW', reason: '申请人主动撤回' });
    if (a.plan >= 2 && a.plan <= 4) await act(a.id, a.plan === 4 ? { action: 'REJECT', reason: '申请材料与现场核查情况不符' } : { action: 'APPROVE', resultDocumentNumber: `临政务〔2026〕${100 + accepted.indexOf(a)}号` });
  }
  await settle();
  for (const a of accepted.filter((x) => x.plan === 3)) {
    const i = await countyCase(a.id);
    await call(`mutation($id: ID!, $v: Int!) { handOverIntake(id: $id, version: $v, method: IN_PERSON) { stage } }`, { id: a.id, v: i.version }, a.clerk).catch((e) =>
      log(`demo handover skipped: ${String(e.message ?? e)}`),
    );
  }
  await settle();
  log(`demo: ${accepted.length} delegated intakes played through every stage`);
}
