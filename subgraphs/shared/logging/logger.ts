import pino, { type Logger } from 'pino';
import { maskSensitiveText } from '../domain/masking';

/** Masks ID numbers, credit codes and phone numbers wherever they appear in a log record. */
function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskSensitiveText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: maskSensitiveText(value.message) };
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = maskDeep(v, depth + 1);
  return out;
}

export function createLogger(service: string, level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      name: service,
      level,
      base: { service },
      redact: { paths: ['req.headers.authorization', 'headers.authorization', '*.token'], censor: '[hidden]' },
      formatters: { log: (record) => maskDeep(record) as Record<string, unknown> },
      hooks: {
        // The message string itself is masked too, not only the structured fields.
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? maskSensitiveText(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
