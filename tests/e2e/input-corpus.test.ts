import { startNetwork, gql, codeOf, type Network } from '../support/network';
import { buildFixture, applicant, VALID_ID, RECEIVE_COUNTY, RECEIVE_TOWNSHIP, type Fixture } from '../support/fixtures';
import { rowCounts } from '../support/row-counts';

/**
 * A corpus of bad input per creating mutation — empty, whitespace, oversize, wrong-type ids,
 * check digits, dates, numbers: each is refused with a stable code and a Chinese message, and
 * stores nothing on either database.
 */

let net: Network;
let fx: Fixture;
let seq = 0;
const rid = () => `corpus-${String(++seq).padStart(4, '0')}-req`;
const UNKNOWN_UUID = '0b6a2c1e-5f3d-4e8a-9c7b-1d2e3f4a5b6c';
const MATERIALS = ['申请书', '申请人身份证明'];
const wrongCheckDigit = VALID_ID.slice(0, 17) + (VALID_ID[17] === '1' ? '2' : '1');

beforeAll(async () => {
  net = await startNetwork({ now: '2026-11-16T02:00:00.000Z', env: { PUBLIC_RATE_LIMIT_PER_MINUTE: '10000' } });
  fx = await buildFixture(net);
  await net.township.services.calendar.sync(net.clock.now());
});
afterAll(async () => net?.stop());

type Case = [string, () => Record<string, unknown>, string];

interface Mutation {
  name: string;
  query: string;
  token: () => string | undefined;
  valid: () => Record<string, unknown>;
  /** Extra variables besides `i`. */
  vars?: () => Record<string, unknown>;
  bad: Case[];
}

const applicantCases = (): Case[] => [
  ['an empty applicant name', () => ({ applicant: { ...applicant(), name: '' } }), 'BAD_USER_INPUT'],
  ['a whitespace applicant name', () => ({ applicant: { ...applicant(), name: ' \t ' } }), 'BAD_USER_INPUT'],
  ['an oversize applicant name', () => ({ applicant: { ...applicant(), name: '张'.repeat(101) } }), 'BAD_USER_INPUT'],
  ['an ID number with a wrong check digit', () => ({ applicant: { ...applicant(), idNumber: wrongCheckDigit } }), 'INVALID_ID_NUMBER'],
  ['an empty requestId', () => ({ requestId: '' }), 'BAD_USER_INPUT'],
  ['an oversize requestId', () => ({ requestId: 'r'.repeat(81) }), 'BAD_USER_INPUT'],
  ['an oversize note', () => ({ note: '注'.repeat(501) }), 'TEXT_TOO_LONG'],
];

const MUTATIONS: () => Mutation[] = () => [
  {
    name: 'receiveCountyCase',
    query: RECEIVE_COUNTY,
    token: () => fx.clerkA,
    valid: () => ({ requestId: rid(), itemId: fx.itemA.id, applicant: applicant(), submittedMaterials: MATERIALS }),
    bad: [
      ...applicantCases(),
      ['a township item id as item', () => ({ itemId: fx.tItemX.id }), 'NOT_FOUND'],
      ['a material name in whitespace', () => ({ submittedMaterials: ['  '] }), 'BAD_USER_INPUT'],
    ],
  },
  {
    name: 'receiveTownshipCase',
    query: RECEIVE_TOWNSHIP,
    token: () => fx.clerkX,
    valid: () => ({ requestId: rid(), itemId: fx.tItemX.id, applicant: applicant(), submittedMaterials: MATERIALS }),
    bad: [...applicantCases(), ['a county item id as item', () => ({ itemId: fx.itemA.id }), 'NOT_FOUND']],
  },
  {
    name: 'acceptDelegatedIntake',
    query: `mutation($i: AcceptIntakeInput!) { acceptDelegatedIntake(input: $i) { id } }`,
    token: () => fx.clerkX,
    valid: () => ({ requestId: rid(), countyItemId: fx.delegable.id, applicant: applicant(), submittedMaterials: MATERIALS }),
    bad: [
      ...applicantCases(),
      ['a county item that is not delegable', () => ({ countyItemId: fx.itemA.id }), 'NOT_DELEGABLE'],
      ['no mandatory materials', () => ({ submittedMaterials: [] }), 'MATERIALS_REQUIRED'],
    ],
  },
  {
    name: 'createCountyItem',
    query: `mutation($i: CountyItemInput!) { createCountyItem(input: $i) { item { id } } }`,
    token: () => fx.adminToken,
    valid: () => ({
      code: `CORPUS-${++seq}`, name: '语料事项', departmentId: fx.deptA.id, kind: 'PROMISED', legalDays: 20, promisedDays: 5,
      materials: [{ name: '申请书', originals: 1, copies: 0, mandatory: true }], legalBasis: '依据', delegable: false,
    }),
    bad: [
      ['an empty code', () => ({ code: '' }), 'BAD_USER_INPUT'],
      ['a whitespace name', () => ({ name: '   ' }), 'BAD_USER_INPUT'],
      ['an oversize name', () => ({ name: '名'.repeat(201) }), 'BAD_USER_INPUT'],
      ['a township id as department', () => ({ departmentId: fx.townshipX.id }), 'NOT_FOUND'],
      ['negative promised days', () => ({ promisedDays: -1 }), 'BAD_USER_INPUT'],
      ['legal days of 100 years', () => ({ legalDays: 36500 }), 'BAD_USER_INPUT'],
      ['a material with 21 originals', () => ({ materials: [{ name: '申请书', originals: 21, copies: 0, mandatory: true }] }), 'BAD_USER_INPUT'],
      ['a whitespace legal basis', () => ({ legalBasis: ' ' }), 'BAD_USER_INPUT'],
    ],
  },
  {
    name: 'createTownshipItem',
    query: `mutation($t: ID!, $i: TownshipItemInput!) { createTownshipItem(townshipId: $t, input: $i) { item { id } } }`,
    token: () => fx.adminToken,
    vars: () => ({ t: fx.townshipX.id }),
    valid: () => ({
      code: `TC-${++seq}`, name: '乡镇语料事项', kind: 'PROMISED', legalDays: 10, promisedDays: 5,
      materials: [{ name: '申请书', originals: 1, copies: 0, mandatory: true }], legalBasis: '依据', supervisingDepartmentId: fx.deptA.id,
    }),
    bad: [
      ['an empty code', () => ({ code: '' }), 'BAD_USER_INPUT'],
      ['a material listed twice', () => ({ materials: [{ name: '申请书', originals: 1, copies: 0, mandatory: true }, { name: '申请书', originals: 1, copies: 0, mandatory: false }] }), 'BAD_USER_INPUT'],
      ['a county item id as supervising department', () => ({ supervisingDepartmentId: fx.itemA.id }), 'BAD_USER_INPUT'],
      ['a malformed supervising department', () => ({ supervisingDepartmentId: 'x' }), 'BAD_USER_INPUT'],
    ],
  },
  {
    name: 'fileComplaint',
    query: `mutation($i: ComplaintInput!) { fileComplaint(input: $i) { id } }`,
    token: () => undefined,
    valid: () => ({ requestId: rid(), unitType: 'DEPARTMENT', unitId: fx.deptA.id, complainantName: '刘女士', text: '窗口无人' }),
    bad: [
      ['an empty text', () => ({ text: '' }), 'BAD_USER_INPUT'],
      ['a whitespace name', () => ({ complainantName: '  ' }), 'BAD_USER_INPUT'],
      ['a landline as phone', () => ({ complainantPhone: '0839-5123401' }), 'BAD_USER_INPUT'],
      ['a malformed case number', () => ({ caseNumber: 'SCJG-2026-1' }), 'BAD_USER_INPUT'],
      ['an impossible date in the case number', () => ({ caseNumber: 'SCJG-20261332-0001' }), 'BAD_USER_INPUT'],
      ['a township id as department', () => ({ unitId: fx.townshipX.id }), 'NOT_FOUND'],
      ['an unknown township', () => ({ unitType: 'TOWNSHIP', unitId: UNKNOWN_UUID }), 'NOT_FOUND'],
    ],
  },
  {
    name: 'openSupervisionRecord',
    query: `mutation($i: OpenSupervisionInput!) { openSupervisionRecord(input: $i) { id } }`,
    token: () => fx.supervisor,
    valid: () => ({ requestId: rid(), unitType: 'DEPARTMENT', unitId: fx.deptA.id, reason: '群众反映办理缓慢' }),
    bad: [
      ['a whitespace reason', () => ({ reason: '   ' }), 'REASON_REQUIRED'],
      ['a township id as department', () => ({ unitId: fx.townshipX.id }), 'NOT_FOUND'],
      ['a case id without its tier', () => ({ caseId: UNKNOWN_UUID }), 'BAD_USER_INPUT'],
    ],
  },
  {
    name: 'submitReview',
    query: `mutation($i: ReviewInput!) { submitReview(input: $i) { level } }`,
    token: () => undefined,
    valid: () => ({ requestId: rid(), number: 'SCJG-20261116-0001', queryCode: 'ABCDEF', level: 1 }),
    bad: [
      ['level 0', () => ({ level: 0 }), 'BAD_USER_INPUT'],
      ['level 6', () => ({ level: 6 }), 'BAD_USER_INPUT'],
      ['level 4 without a comment', () => ({ level: 4, comment: '  ' }), 'REASON_REQUIRED'],
      ['an oversize comment', () => ({ comment: '评'.repeat(501) }), 'TEXT_TOO_LONG'],
    ],
  },
];

const CHINESE = /[\u4e00-\u9fff]/;

describe.each(MUTATIONS().map((m) => [m.name, m] as const))('%s', (name) => {
  const m = () => MUTATIONS().find((x) => x.name === name)!;
  test.each(MUTATIONS().find((x) => x.name === name)!.bad.map(([what, , code]) => [what, code]))('%s → %s, nothing stored', async (what) => {
    const mutation = m();
    const [, change, code] = mutation.bad.find(([w]) => w === what)!;
    const before = await rowCounts(net);
    const r = await gql(net.gatewayUrl, mutation.query, { ...(mutation.vars?.() ?? {}), i: { ...mutation.valid(), ...change() } }, mutation.token());
    expect({ code: codeOf(r), data: r.data?.[name] ?? null }).toEqual({ code, data: null });
    expect(r.errors![0].message).toMatch(CHINESE);
    expect(await rowCounts(net)).toEqual(before);
  });
});
