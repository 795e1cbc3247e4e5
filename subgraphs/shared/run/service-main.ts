import 'reflect-metadata';
import type { Logger } from 'pino';
import { ConfigError, loadConfig, type Config } from '../config/env';
import { createLogger } from '../logging/logger';

/**
 * Runs a service process: validated config (a clear message per bad variable, exit 2),
 * structured logs, and a clean stop on Ctrl-C or SIGTERM.
 */
export async function runService(name: string, start: (config: Config, log: Logger) => Promise<() => Promise<void>>): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`${name}: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
  const log = createLogger(name, config.LOG_LEVEL);
  let stop: () => Promise<void>;
  try {
    stop = await start(config, log);
  } catch (err) {
    log.fatal({ err }, `${name} could not start`);
    process.exit(1);
  }
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, `${name} stopping`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await stop().catch((err) => log.error({ err }, 'error while stopping'));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
