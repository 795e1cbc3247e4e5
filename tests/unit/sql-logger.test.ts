import { CountingSqlLogger } from '../../subgraphs/shared/db/query-counter';
import { captureLog } from '../support/log-capture';

test("MariaDB's Duplicate entry and a deadlock victim are debug lines with their outcome; any other failed statement is an error", () => {
  const { lines, log } = captureLog();
  const sql = new CountingSqlLogger(log);
  const duplicate = Object.assign(new Error("Duplicate entry 'req-1' for key 'UQ_county_case_request'"), { code: 'ER_DUP_ENTRY', errno: 1062 });
  sql.logQueryError(duplicate, 'INSERT INTO county_case …');
  sql.logQueryError(Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), { code: 'ER_LOCK_DEADLOCK', errno: 1213 }), 'INSERT …');
  sql.logQueryError(Object.assign(new Error("Table 'county_case' doesn't exist"), { code: 'ER_NO_SUCH_TABLE', errno: 1146 }), 'SELECT …');
  expect(lines.map((l) => [l.level, l.msg])).toEqual([
    [20, 'SQL statement refused by a unique key'],
    [20, 'SQL statement lost a lock conflict'],
    [50, 'SQL statement failed'],
  ]);
  expect(lines[0]!.outcome).toMatch(/repeat or DUPLICATE/);
});
