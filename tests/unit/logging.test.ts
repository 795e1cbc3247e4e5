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
