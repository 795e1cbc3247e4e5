/**
 * 特事特办 is for work still to do: a finished, withdrawn or refused case cannot be flagged or
 * unflagged on either tier, and a refused attempt changes nothing (no version, history or message
 * to the township).
 */
import { startNetwork, ok, gql, codeOf, type Network } from '../support/network';
import { buildFixture, applicant, ACT_COUNTY, ACT_TOWNSHIP, RECEIVE_COUNTY, RECEIVE_TOWNSHIP, type Fixture } from '../support/fixtures';

let net: Network;
let fx: Fixture;

beforeAll(async () => {
  net = await startNetwork({ now: '2026-11-16T02:00:00.000Z' });
  fx = await buildFixture(net);
}, 60_000);
afterAll(async () => net?.stop());

const MATERIALS = ['申请书', '申请人身份证明'];
const tiers = {
  county: { receive: RECEIVE_COUNTY, act: ACT_COUNTY, expedite: 'setCountyCaseExpedited', item: () => fx.itemA.id, clerk: () => fx.clerkA, table: 'county_case', ds: () => net.county.db.dataSource },
  township: { receive: RECEIVE_TOWNSHIP, act: ACT_TOWNSHIP, expedite: 'setTownshipCaseExpedited', item: () => fx.tItemX.id, clerk: () => fx.clerkX, table: 'township_case', ds: () => net.township.db.dataSource },
};

let serial = 0;

/** A case of the tier driven through `actions` (each with its extra input). */
async function caseAfter(tier: keyof typeof tiers, actions: [string, Record<string, unknown>][]) {
  const t = tiers[tier];
  serial += 1;
  let c = (await ok(net.gatewayUrl, t.receive, { i: { requestId: `exp-${tier}-${String(serial).padStart(4, '0')}`, itemId: t.item(), applicant: applicant(), submittedMaterials: MATERIALS } }, t.clerk()))[
    tier === 'county' ? 'receiveCountyCase' : 'receiveTownshipCase'
  ];
  for (const [action, extra] of actions) {
    c = (await ok(net.gatewayUrl, t.act, { i: { id: c.id, version: c.version, action, ...extra } }, t.clerk()))[tier === 'county' ? 'actOnCountyCase' : 'actOnTownshipCase'];
  }
  return c as { id: string; version: number; status: string };
}

async function historyLength(tier: keyof typeof tiers, id: string): Promise<number> {
  const rows: { n: unknown }[] = await tiers[tier].ds().query(`SELECT COUNT(*) AS n FROM ${tiers[tier].table}_history WHERE case_id = ?`, [id]);
  return Number(rows[0].n);
}

const ENDINGS: [string, [string, Record<string, unknown>][]][] = [
  ['NOT_ACCEPTED', [['NOT_ACCEPT', { reason: '不属于本机关职权范围' }]]],
  ['WITHDRAWN', [['ACCEPT', {}], ['WITHDRAW', { reason: '申请人申请撤回' }]]],
  ['APPROVED', [['ACCEPT', {}], ['START', {}], ['APPROVE', { resultDocumentNumber: '临市监许〔2026〕1号' }]]],
  ['REJECTED', [['ACCEPT', {}], ['START', {}], ['REJECT', { reason: '不符合法定条件' }]]],
  ['DELIVERED', [['ACCEPT', {}], ['START', {}], ['APPROVE', { resultDocumentNumber: '临市监许〔2026〕2号' }], ['DELIVER', { deliveryMethod: 'IN_PERSON' }]]],
];

describe.each(Object.keys(tiers) as (keyof typeof tiers)[])('%s tier', (tier) => {
  test.each(ENDINGS)('a %s case cannot be flagged 特事特办, and nothing changes', async (status, actions) => {
    const c = await caseAfter(tier, actions);
    expect(c.status).toBe(status);
    const before = await historyLength(tier, c.id);
    for (const expedited of [true, false]) {
      const r = await gql(net.gatewayUrl, `mutation($id: ID!, $v: Int!, $e: Boolean!) { ${tiers[tier].expedite}(id: $id, version: $v, expedited: $e) { id version } }`, { id: c.id, v: c.version, e: expedited }, tiers[tier].clerk());
      expect(codeOf(r)).toBe('ILLEGAL_TRANSITION');
      expect(r.errors?.[0]?.message).toContain('特事特办');
    }
    const rows: { version: number; expedited: unknown }[] = await tiers[tier].ds().query(`SELECT version, expedited FROM ${tiers[tier].table} WHERE id = ?`, [c.id]);
    expect({ version: rows[0].version, expedited: !!Number(rows[0].expedited) }).toEqual({ version: c.version, expedited: false });
    expect(await historyLength(tier, c.id)).toBe(before);
  });

  test('a received or open case can be flagged', async () => {
    const received = await caseAfter(tier, []);
    const open = await caseAfter(tier, [['ACCEPT', {}], ['START', {}]]);
    for (const c of [received, open]) {
      const r = await ok(net.gatewayUrl, `mutation($id: ID!, $v: Int!) { ${tiers[tier].expedite}(id: $id, version: $v, expedited: true) { version expedited } }`, { id: c.id, v: c.version }, tiers[tier].clerk());
      expect(r[tiers[tier].expedite]).toEqual({ version: c.version + 1, expedited: true });
    }
  });
});
