import type { Connection } from 'mysql2/promise';

/**
 * Turns every `every`-th accepted county case of the synthetic history into a delegated intake:
 * the county case names its township and intake, and the township database gets the intake as
 * the forwarder would have left it (forwarded, with the county's number and status).
 * Both databases live on the same server, so one INSERT … SELECT crosses them.
 */
export async function insertSyntheticIntakes(db: Connection, o: { countyDb: string; townshipDb: string; every: number }): Promise<number> {
  const c = `\`${o.countyDb}\``;
  const t = `\`${o.townshipDb}\``;
  await db.query(`DROP TABLE IF EXISTS ${c}.bench_town`);
  await db.query(`CREATE TABLE ${c}.bench_town (idx INT PRIMARY KEY, id VARCHAR(36))`);
  await db.query(`INSERT INTO ${c}.bench_town SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM ${t}.township`);
  const [rows] = await db.query(`SELECT COUNT(*) AS k FROM ${c}.bench_town`);
  const towns = Number((rows as { k: number }[])[0].k);
  if (towns === 0) throw new Error('the township database has no townships: seed it first');
  await db.query(`
    UPDATE ${c}.county_case cc JOIN ${c}.bench_town bt ON bt.idx = CRC32(cc.id) MOD ${towns}
    SET cc.origin_intake_id = UUID(), cc.origin_intake_number = CONCAT('BI-', cc.number), cc.origin_query_code = 'BENCH001',
        cc.origin_township_id = bt.id, cc.forwarded_at = cc.accepted_at
    WHERE cc.accepted_at IS NOT NULL AND CRC32(cc.number) MOD ${o.every} = 0`);
  const [res] = await db.query(`
    INSERT INTO ${t}.delegated_intake (
      id, number, query_code, request_id, township_id, county_item_id, item_code, item_name, applicant_name, applicant_id_type,
      applicant_id_number, applicant_phone, submitted_materials, expedited, note, clerk_id, clerk_name, accepted_at, accepted_on,
      due_date, due_at, forwarded_at, county_case_id, county_case_number, county_status, county_version, missing_materials,
      supplement_requested_at, supplement_resubmitted_at, result_document_number, refusal_reason, handed_over_at, delivery_method,
      tracking_number, version, updated_at, paused_working_days)
    SELECT cc.origin_intake_id, cc.origin_intake_number, cc.origin_query_code, CONCAT('bench-intake-', cc.number), cc.origin_township_id,
      cc.item_id, i.code, i.name, cc.applicant_name, cc.applicant_id_type, cc.applicant_id_number, cc.applicant_phone, '[]', cc.expedited,
      NULL, 'bench', '基准', cc.accepted_at, cc.accepted_on, cc.due_date, cc.due_at, cc.accepted_at, cc.id, cc.number, cc.status,
      cc.version, '[]', cc.paused_at, NULL, NULL, cc.refusal_reason, cc.delivered_at, cc.delivery_method, NULL, 2, cc.updated_at, 0
    FROM ${c}.county_case cc JOIN ${c}.county_item i ON i.id = cc.item_id
    WHERE cc.origin_intake_id IS NOT NULL`);
  await db.query(`DROP TABLE ${c}.bench_town`);
  return (res as { affectedRows: number }).affectedRows;
}
