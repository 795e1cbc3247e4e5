import autocannon from 'autocannon';
import { summarize } from './measure';

export interface LoadPlan {
  title: string;
  url: string;
  headers: Record<string, string>;
  /** The request body, or a function giving each request's body and extra headers (e.g. a fresh requestId, the connection's own clerk). */
  body: string | ((connection: number) => { body: string; headers?: Record<string, string> });
  connections: number;
  seconds: number;
  /** Requests per second across all connections; unset = as fast as answers come. */
  overallRate?: number;
}

export interface LoadResult {
  title: string;
  connections: number;
  seconds: number;
  /** Answers that were HTTP 200 with data and no GraphQL errors. */
  ok: number;
  failed: number;
  /** First failure seen, to say why. */
  firstFailure: string | null;
  perSecond: number;
  median: number;
  p95: number;
}

/**
 * Sends GraphQL requests with autocannon for a fixed time and times every answer. A 200 that
 * carries GraphQL errors counts as a failure, not as a fast answer.
 */
export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  let firstFailure: string | null = null;
  let nextConnection = 0;
  const bodyOf = plan.body;
  let settle: (e: Error | null, r?: autocannon.Result) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    settle = (e, r) => (e ? reject(e) : resolve(r!));
  });
  const instance = autocannon({
    url: plan.url,
    method: 'POST',
    connections: plan.connections,
    duration: plan.seconds,
    ...(plan.overallRate ? { overallRate: plan.overallRate } : {}),
    headers: { 'content-type': 'application/json', ...plan.headers },
    requests: [
      {
        setupRequest: (req, context: { connection?: number }) => {
          context.connection ??= nextConnection++;
          if (typeof bodyOf === 'string') return { ...req, body: bodyOf };
          const r = bodyOf(context.connection);
          return { ...req, body: r.body, headers: { ...req.headers, ...r.headers } };
        },
        onResponse: (status, body) => {
          const good = status === 200 && body.startsWith('{"data"') && !body.includes('"errors"');
          if (good) ok += 1;
          else {
            failed += 1;
            firstFailure ??= `HTTP ${status}: ${body.slice(0, 300)}`;
          }
        },
      },
    ],
  }, (err, r) => settle(err ?? null, r));
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await done;
  failed += result.errors + result.timeouts;
  if (latencies.length === 0) throw new Error(`${plan.title}: no answers (${firstFailure ?? `${result.errors} errors`})`);
  const s = summarize(latencies);
  return {
    title: plan.title,
    connections: plan.connections,
    seconds: plan.seconds,
    ok,
    failed,
    firstFailure,
    perSecond: ok / plan.seconds,
    median: s.median,
    p95: s.p95,
  };
}
