import { Writable } from 'node:stream';
import { createLogger } from '../../subgraphs/shared/logging/logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(chunk.toString());
      cb();
    },
  });
  return { lines, log: createLogger('test', 'info', stream) };
}

test('ID numbers, credit codes and phones are masked in messages and in structured fields', () => {
  const { lines, log } = capture();
  log.info({ applicant: { idNumber: '11010519491231002X', phone: '13812345678' }, code: '91350100M000100Y43' }, 'received from 11010519491231002X tel 13812345678');
  const out = lines.join('');
  expect(out).not.toContain('11010519491231002X');
  expect(out).not.toContain('13812345678');
  expect(out).not.toContain('91350100M000100Y43');
  expect(out).toContain('received from');
});

test('bearer tokens are never logged', () => {
  const { lines, log } = capture();
  log.info({ headers: { authorization: 'Bearer abc.def.ghi' } }, 'request');
  expect(lines.join('')).not.toContain('abc.def.ghi');
});

test('free text in a log record (a clerk\'s note, a delivery note) is masked like the fields', () => {
  const { lines, log } = capture();
  log.info({ note: '申请人电话17712345678，身份证511002199001011234', delivery: 'EXPRESS SF5175123456789', input: { note: '运单号 75312345678901 固话0839-5123401' } }, 'note EXPRESS SF5175123456789');
  const out = lines.join('');
  for (const raw of ['17712345678', '511002199001011234', 'SF5175123456789', '75312345678901', '0839-5123401']) expect(out).not.toContain(raw);
  expect(out).toContain('SF*********6789');
});
