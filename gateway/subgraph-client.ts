import http from 'node:http';
import https from 'node:https';

/**
 * The gateway's calls to the subgraphs: plain Node HTTP over kept-alive connections (cheaper per
 * call than fetch), spread round-robin over each subgraph's instances, and identical concurrent
 * queries sent once.
 */

/** What a subgraph answered, read whole. */
export interface SubgraphAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The instance that answered. */
  url: string;
}

export interface SubgraphPost {
  /** The JSON body, exactly as it is sent. */
  body: string;
  /** Every header sent (lower-case names). */
  headers: Record<string, string>;
  /** Only a query may share another caller's answer; a mutation is always sent on its own. */
  query: boolean;
}

// Idle connections are let go after 30 s, before a subgraph's own 65 s keep-alive ends them under a request.
const AGENT = { keepAlive: true, maxSockets: 256, maxFreeSockets: 64, timeout: 30_000, scheduling: 'lifo' } as const;
const httpAgent = new http.Agent(AGENT);
const httpsAgent = new https.Agent(AGENT);

/** A connection that was never accepted: the request did not reach the instance, so another may take it. */
export function isRefused(e: unknown): boolean {
  return (e as { code?: string }).code === 'ECONNREFUSED';
}

/** One POST, its answer read whole. Fails as `request to <url> failed, reason: <code>` when the instance cannot be reached. */
export function postOnce(url: string, body: string, headers: Record<string, string>): Promise<SubgraphAnswer> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const payload = Buffer.from(body, 'utf8');
    const req = (secure ? https : http).request(
      target,
      { method: 'POST', agent: secure ? httpsAgent : httpAgent, headers: { ...headers, 'content-length': String(payload.length) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8'), url }));
        res.on('error', (e) => reject(unreachable(url, e)));
      },
    );
    req.on('error', (e) => reject(Object.assign(unreachable(url, e), { reusedSocket: req.reusedSocket })));
    req.end(payload);
  });
}

function unreachable(url: string, e: unknown): Error {
  const code = (e as { code?: string }).code;
  return Object.assign(new Error(`request to ${url} failed, reason: ${code ?? (e as Error).message ?? String(e)}`), { code, cause: e });
}

/**
 * The instances of one subgraph, taken in turn. An instance that refused a connection is passed
 * over for `restMs` (unless every instance did), and the request goes to the next one at once:
 * a refused connection carried nothing, so this is safe for mutations too.
 */
export class InstancePool {
  private next = 0;
  private readonly refusedUntil: number[];

  constructor(
    readonly urls: readonly string[],
    private readonly o: { restMs?: number; now?: () => number } = {},
  ) {
    if (urls.length === 0) throw new Error('a subgraph needs at least one URL');
    this.refusedUntil = urls.map(() => 0);
  }

  /** The order to try the instances in for one request: the next in turn first, resting ones last. */
  order(): number[] {
    const n = this.urls.length;
    const start = this.next;
    this.next = (this.next + 1) % n;
    if (n === 1) return [0];
    const now = (this.o.now ?? Date.now)();
    const turn = Array.from({ length: n }, (_, k) => (start + k) % n);
    return [...turn.filter((i) => this.refusedUntil[i]! <= now), ...turn.filter((i) => this.refusedUntil[i]! > now)];
  }

  /** `query`: a query whose kept-alive connection was closed under it is sent once more (a query changes nothing). */
  async post(body: string, headers: Record<string, string>, o: { query?: boolean; send?: typeof postOnce } = {}): Promise<SubgraphAnswer> {
    const send = o.send ?? postOnce;
    const order = this.order();
    let last: unknown;
    for (const i of order) {
      try {
        const answer = await send(this.urls[i]!, body, headers).catch((e) => {
          if (o.query && (e as { reusedSocket?: boolean }).reusedSocket && (e as { code?: string }).code === 'ECONNRESET') return send(this.urls[i]!, body, headers);
          throw e;
        });
        this.refusedUntil[i] = 0;
        return answer;
      } catch (e) {
        if (!isRefused(e)) throw e;
        this.refusedUntil[i] = (this.o.now ?? Date.now)() + (this.o.restMs ?? 2000);
        last = e;
      }
    }
    throw last;
  }
}

/**
 * Identical queries in flight at the same moment are sent once and their answer shared. The key is
 * the subgraph, the whole body and every header sent (the caller's authorization, the gateway
 * secret, anything forwarded about the client), so two callers never share an answer. An entry
 * lives only while its request is in flight: nothing is kept once it settles. Each waiter gets
 * the answer's text and parses it itself, so no two requests share the objects they go on to merge.
 */
export class InFlight {
  private readonly pending = new Map<string, Promise<SubgraphAnswer>>();
  /** Calls that shared another's answer instead of being sent, since start. */
  joined = 0;

  get size(): number {
    return this.pending.size;
  }

  run(service: string, post: SubgraphPost, send: () => Promise<SubgraphAnswer>): Promise<SubgraphAnswer> {
    if (!post.query) return send();
    const key = dedupKey(service, post);
    const existing = this.pending.get(key);
    if (existing) {
      this.joined += 1;
      return existing;
    }
    const p = send().finally(() => {
      if (this.pending.get(key) === p) this.pending.delete(key);
    });
    this.pending.set(key, p);
    return p;
  }
}

function dedupKey(service: string, post: SubgraphPost): string {
  const names = Object.keys(post.headers).sort();
  return JSON.stringify([service, names.map((n) => [n, post.headers[n]]), post.body]);
}

/** Whether a subgraph operation the gateway planned is a query: its text starts with `query` or `{` (a mutation starts with `mutation`). */
export function isQueryOperation(text: string): boolean {
  return /^\s*(?:query\b|\{)/.test(text);
}

/** COUNTY_URL / TOWNSHIP_URL: one URL or a comma-separated list of a subgraph's instances. */
export function urlList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
