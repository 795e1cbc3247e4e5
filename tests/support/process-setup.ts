import { turnGatewayTelemetryOff } from '../../gateway/offline';

/** What gateway/index.ts does where the gateway process starts, done where each test process starts (jest setupFiles). */
turnGatewayTelemetryOff();
