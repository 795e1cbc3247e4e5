import { randomUUID } from 'node:crypto';
import { CLERK_NAMES } from '../subgraphs/shared/demo/catalog';
import { gatewayClient } from './lib/gateway-client';

/**
 * Demo e-supervision played through the gateway as people would: applicants review finished
 * cases (some badly, with rectifications left in every state), the public and staff file
 * complaints that supervisors handle, and supervision records — opened automatically for RED
 * cases when the services start — are joined by manual ones, some answered by their units.
 * Runs once: it does nothing when any complaint exists.
 */
export async function playDemoSupervision(gatewayUrl: string, jwtSecret: string, log: (msg: string) => void): Promise<void> {
  const { token, call } = gatewayClient(gatewayUrl, jwtSecret);
  const supervisor = await token({ userId: 'demo-supervisor', name: '孙监察', role: 'SUPERVISOR' });
  // Reviews come from the hall's evaluation pads (评价器), signed in as staff devices.
  const pad = await token({ userId: 'demo-pad', name: '评价器', role: 'VIEWER' });
  if ((await call(`{ complaints(limit: 1) { total } }`, {}, supervisor)).complaints.total > 0) return;

  const departments: { id: string; name: string }[] = (await call(`{ departments { id name } }`, {}, supervisor)).departments;
  const townships: { id: string; name: string }[] = (await call(`{ townships { id name } }`, {}, supervisor)).townships;
  const deptClerk = new Map<string, string>();
  for (const [i, d] of departments.entries()) deptClerk.set(d.id, await token({ userId: `demo-dept-${i}`, name: CLERK_NAMES[i % CLERK_NAMES.length], role: 'COUNTY_CLERK', departmentId: d.id }));
  const townClerk = new Map<string, string>();
  for (const [i, t] of townships.entries()) townClerk.set(t.id, await token({ userId: `demo-town-${i}`, name: CLERK_NAMES[(i + 3) % CLERK_NAMES.length], role: 'TOWNSHIP_CLERK', townshipId: t.id }));

  // Reviews (好差评): mostly satisfied, some bad ones that open rectifications.
  const delivered: { number: string; queryCode: string }[] = [];
  for (const d of departments) {
    const page = (await call(`{ countyCases(filter: { status: [DELIVERED] }, limit: 4) { nodes { number queryCode } } }`, {}, deptClerk.get(d.id)!)).countyCases;
    delivered.push(...page.nodes);
  }
  for (const t of townships) {
    const page = (await call(`{ townshipCases(filter: { status: [DELIVERED] }, limit: 3) { nodes { number queryCode } } }`, {}, townClerk.get(t.id)!)).townshipCases;
    delivered.push(...page.nodes);
  }
  const LEVELS = [1, 1, 2, 1, 4, 2, 1, 3, 5, 1, 2, 4, 1, 1, 5, 2, 4, 1, 5, 2];
  const BAD = ['窗口人员态度生硬，多次让我补交材料', '等候时间太长，叫号系统故障无人处理', '一次性告知不清楚，来回跑了三趟', '办结后迟迟不通知领取'];
  let reviews = 0;
  for (const [i, c] of delivered.entries()) {
    const level = LEVELS[i % LEVELS.length];
    await call(
      `mutation($i: ReviewInput!) { submitReview(input: $i) { level } }`,
      { i: { requestId: `demo-review-${randomUUID()}`, number: c.number, queryCode: c.queryCode, level, comment: level >= 4 ? BAD[i % BAD.length] : level <= 2 ? '办事效率高，服务热情' : null } },
      pad,
    );
    reviews += 1;
  }

  // Rectifications walked into every state, on both tiers.
  const pending = async (field: 'countyReviews' | 'townshipReviews') =>
    (
      await call(
        `{ ${field}(filter: { rectificationStatus: [PENDING] }, limit: 50) { nodes { id version ${field === 'countyReviews' ? 'department { id }' : 'township { id }'} } } }`,
        {},
        supervisor,
      )
    )[field].nodes as { id: string; version: number; department?: { id: string }; township?: { id: string } }[];
  const playRectifications = async (field: 'countyReviews' | 'townshipReviews', mutation: string, clerkOf: (r: { department?: { id: string }; township?: { id: string } }) => string) => {
    const act = async (reviewId: string, version: number, action: string, note: string | null, bearer: string) =>
      (await call(`mutation($i: RectificationActionInput!) { ${mutation}(input: $i) { version } }`, { i: { reviewId, version, action, note } }, bearer))[mutation].version as number;
    for (const [i, r] of (await pending(field)).entries()) {
      const clerk = clerkOf(r);
      const plan = i % 5; // 0 stays pending
      if (plan === 1) await act(r.id, r.version, 'START', '已约谈当事窗口人员', clerk);
      if (plan === 2) {
        const v = await act(r.id, r.version, 'START', '已约谈当事窗口人员', clerk);
        const w = await act(r.id, v, 'COMPLETE', '已开展服务规范培训，调整窗口排班', clerk);
        await act(r.id, w, 'FOLLOW_UP', '电话回访，申请人表示认可整改结果', supervisor);
      }
      if (plan === 3) await act(r.id, r.version, 'INVALIDATE', '经核实，评价内容与本件办理无关', supervisor);
      if (plan === 4) await act(r.id, r.version, 'CANNOT_RECTIFY', '诉求超出法定办理范围，已向申请人解释', supervisor);
    }
  };
  await playRectifications('countyReviews', 'actOnCountyRectification', (r) => deptClerk.get(r.department!.id)!);
  await playRectifications('townshipReviews', 'actOnTownshipRectification', (r) => townClerk.get(r.township!.id)!);

  // Complaints (效能投诉) against departments and townships, in every status.
  const COMPLAINTS = [
    '窗口工作人员上班时间玩手机，群众排队无人理会',
    '同一事项不同窗口说法不一，要求提交的材料不一致',
    '承诺时限已过仍未办结，多次电话询问无人答复',
    '便民服务中心中午无人值守，未按公示时间办公',
    '要求提供法律法规未规定的证明材料',
    '工作人员推诿，称该事项不归本单位办理',
  ];
  // Supervisors record complaints that came in by phone, mailbox, letter or at a window.
  const DEMO_CHANNELS = ['HOTLINE_12345', 'WINDOW', 'MAILBOX', 'HOTLINE_12345', 'LETTER', 'OTHER_HOTLINE'];
  const targets = [
    ...departments.slice(0, 4).map((d) => ({ unitType: 'DEPARTMENT', unitId: d.id, clerk: deptClerk.get(d.id)! })),
    ...townships.slice(0, 4).map((t) => ({ unitType: 'TOWNSHIP', unitId: t.id, clerk: townClerk.get(t.id)! })),
  ];
  const actOn = async (id: string, version: number, action: string, bearer: string, extra: Record<string, unknown> = {}) =>
    (await call(`mutation($i: ComplaintActionInput!) { actOnComplaint(input: $i) { version } }`, { i: { id, version, action, ...extra } }, bearer)).actOnComplaint.version as number;
  for (const [i, t] of targets.entries()) {
    const filed = (
      await call(
        `mutation($i: ComplaintInput!) { fileComplaint(input: $i) { id } }`,
        { i: { requestId: `demo-complaint-${randomUUID()}`, unitType: t.unitType, unitId: t.unitId, complainantName: ['刘女士', '陈先生', '杨女士', '黄先生'][i % 4], complainantPhone: `1390839${String(1000 + i).padStart(4, '0')}`, text: COMPLAINTS[i % COMPLAINTS.length], channel: DEMO_CHANNELS[i % DEMO_CHANNELS.length] } },
        supervisor,
      )
    ).fileComplaint;
    const v1 = (await call(`query($id: ID!) { complaint(id: $id) { version } }`, { id: filed.id }, supervisor)).complaint.version as number;
    const plan = i % 5; // 0 stays as received
    if (plan === 1) await actOn(filed.id, v1, 'REPLY', t.clerk, { note: '已核实情况，正在整改' });
    if (plan === 2) {
      const v = await actOn(filed.id, v1, 'START', supervisor, { note: '转责任单位核查' });
      const w = await actOn(filed.id, v, 'REPLY', t.clerk, { note: '已对相关人员批评教育' });
      await actOn(filed.id, w, 'CLOSE', supervisor, { note: '投诉属实，责任单位已整改，已回复投诉人' });
    }
    if (plan === 3) {
      const v = await actOn(filed.id, v1, 'START', supervisor, { note: '需调取窗口监控核实' });
      await actOn(filed.id, v, 'EXTEND', supervisor, { note: '需调取监控并约谈多名当事人', days: 3 });
    }
    if (plan === 4) await actOn(filed.id, v1, 'DISMISS', supervisor, { note: '投诉事项属于司法程序，不属于效能投诉受理范围' });
  }

  // Supervision records: automatic ones exist for RED cases; a supervisor adds manual ones and units answer some.
  await call(
    `mutation($i: OpenSupervisionInput!) { openSupervisionRecord(input: $i) { id } }`,
    { i: { requestId: `demo-sv-${randomUUID()}`, unitType: 'DEPARTMENT', unitId: departments[1].id, reason: '群众反映窗口午间无人值守，请说明情况并整改' } },
    supervisor,
  );
  await call(
    `mutation($i: OpenSupervisionInput!) { openSupervisionRecord(input: $i) { id } }`,
    { i: { requestId: `demo-sv-${randomUUID()}`, unitType: 'TOWNSHIP', unitId: townships[0].id, reason: '委托受理件转报不及时，请核查转报流程' } },
    supervisor,
  );
  const open = (await call(`{ supervisionRecords(filter: { status: OPEN }, limit: 200) { nodes { id version unitType unitId } } }`, {}, supervisor)).supervisionRecords.nodes as {
    id: string;
    version: number;
    unitType: string;
    unitId: string;
  }[];
  let answered = 0;
  for (const [i, r] of open.entries()) {
    if (i % 3 !== 0) continue;
    const clerk = r.unitType === 'DEPARTMENT' ? deptClerk.get(r.unitId) : townClerk.get(r.unitId);
    if (!clerk) continue;
    await call(`mutation($id: ID!, $v: Int!, $f: String!) { closeSupervisionRecord(id: $id, version: $v, feedback: $f) { id } }`, { id: r.id, v: r.version, f: '已加派人手，超期件已于当日办结并向申请人致歉' }, clerk);
    answered += 1;
  }
  log(`demo: ${reviews} reviews, ${targets.length} complaints, ${open.length} open supervision records (${answered} of them answered by their units) played through the gateway`);
}
