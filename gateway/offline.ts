/**
 * The gateway library (@apollo/gateway) exports usage metrics to its vendor, and first probes the
 * cloud metadata addresses of AWS, GCP, Azure and Alibaba, unless the process variable
 * APOLLO_TELEMETRY_DISABLED is 'true' or '1'. It has no option for this: the ApolloGateway
 * constructor reads the variable. So the process that hosts the gateway turns it off once, where
 * the process starts (gateway/index.ts; the tests' setup), and buildGateway refuses to build in a
 * process where it is still on: an intranet service must not call out.
 */
export const TELEMETRY_VARIABLE = 'APOLLO_TELEMETRY_DISABLED';

/** Whether the gateway library will leave its telemetry off in a process with this environment. */
export function gatewayTelemetryOff(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env[TELEMETRY_VARIABLE];
  return v === 'true' || v === '1';
}

/** For a process's entry point, before any gateway is built. */
export function turnGatewayTelemetryOff(env: NodeJS.ProcessEnv = process.env): void {
  env[TELEMETRY_VARIABLE] = 'true';
}

export class GatewayTelemetryOnError extends Error {
  constructor() {
    super(`${TELEMETRY_VARIABLE} is not 'true' in this process: the gateway library would probe cloud metadata addresses and report to its vendor. Set it where the process starts (turnGatewayTelemetryOff).`);
  }
}
