import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { createLogger } from '../../subgraphs/shared/logging/logger';

export interface LogLine {
  level: number;
  msg: string;
  [k: string]: unknown;
}

/** A service logger (masking included) whose JSON lines the test reads back. */
export function captureLog(service = 'test', level = 'debug'): { lines: LogLine[]; log: Logger } {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      for (const l of chunk.toString().split('\n')) if (l.trim()) lines.push(JSON.parse(l) as LogLine);
      cb();
    },
  });
  return { lines, log: createLogger(service, level, stream) };
}
