/**
 * POST /export/<list>.<xlsx|csv> — a back-office list as a file, read through the graph with the
 * caller's own token, so the file holds exactly what the caller may read, masked as the graph masks
 * it. The first page is read before anything is sent: a refusal is a JSON error with a stable
 * code, never a file. Then the rows stream out page after page; should a later page fail, the
 * response is cut off rather than ended, so no truncated file passes for a whole one.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { send, type RouteHandler } from '../../subgraphs/shared/http/server';
import type { ExportList, PageAnswer, Reader } from './definition';
import { ExportRefusal, EXPORT_PATH, parseTarget, parseVariables, type ExportFormat } from './request';
import { GraphRefusal, pagesOf, TooManyRows, type Execute } from './pages';
import { cells, headers, preamble } from './sheet';
import { beijingDay } from './time';
import { CONTENT_TYPES, sheetWriter } from './writers';

/** What the gateway gives the route: the caller's context from the request, and a way to run a query with it. */
export interface ExportGraph<C> {
  /** Throws the graph's UNAUTHENTICATED error on a bad token, like /graphql. */
  context(req: IncomingMessage): Promise<C>;
  /** Who the context is (null: the public). */
  reader(context: C): Reader | null;
  execute(context: C, document: string, variables: Record<string, unknown>): Promise<PageAnswer>;
  clock?: () => Date;
  log: Logger;
}

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  GRAPHQL_PARSE_FAILED: 400,
  EXPORT_TOO_MANY_ROWS: 400,
};

function refuse(res: ServerResponse, code: string, message: string, status = STATUS_BY_CODE[code] ?? 500): void {
  send(res, status, 'application/json', JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** `县级办件-2026-09-30.xlsx`, with an ASCII name beside it for clients that cannot read the other. */
export function contentDisposition(list: ExportList, format: ExportFormat, at: Date): string {
  const day = beijingDay(at);
  return `attachment; filename="${list.name}-${day}.${format}"; filename*=UTF-8''${encodeURIComponent(`${list.title}-${day}.${format}`)}`;
}

export function exportRoute<C>(graph: ExportGraph<C>): RouteHandler {
  return async (req, res, body) => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (!EXPORT_PATH.test(url.pathname)) return false;
    try {
      if (req.method !== 'POST') throw new ExportRefusal('BAD_REQUEST', '导出请使用 POST (use POST)', 405);
      const { list, format } = parseTarget(url.pathname);
      const context = await graph.context(req);
      const reader = graph.reader(context);
      // The public reads no back-office list: refused here, before the body is even looked at.
      if (!reader) {
        refuse(res, 'UNAUTHENTICATED', '请先登录后再导出 (sign in to export)');
        return true;
      }
      const variables = parseVariables(list, body);
      await stream(res, list, format, variables, reader, (doc, vars) => graph.execute(context, doc, vars), graph);
    } catch (e) {
      const code = e instanceof ExportRefusal || e instanceof GraphRefusal ? e.code : (e as { extensions?: { code?: string } }).extensions?.code;
      if (res.headersSent) {
        graph.log.warn({ err: String(e), path: url.pathname }, 'export cut off');
        res.destroy(e as Error);
      } else if (e instanceof ExportRefusal) refuse(res, e.code, e.message, e.status);
      else if (e instanceof TooManyRows) refuse(res, 'EXPORT_TOO_MANY_ROWS', e.message);
      else if (code) refuse(res, code, (e as Error).message);
      else throw e;
    }
    return true;
  };
}

async function stream(res: ServerResponse, list: ExportList, format: ExportFormat, variables: unknown, reader: Reader, execute: Execute, graph: { clock?: () => Date }) {
  const pages = pagesOf(list, variables, execute);
  // The first page before any byte: a refusal of the graph is still an error answer.
  const first = await pages.next();
  const at = graph.clock?.() ?? new Date();
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[format],
    'content-disposition': contentDisposition(list, format, at),
    // Personal data: no cache keeps a copy.
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  const writer = sheetWriter(format, res);
  await writer.begin(preamble(list, variables, at), headers(list), list.columns.map((c) => c.width));
  for (let page = first; !page.done; page = await pages.next()) {
    if (res.destroyed) return void (await pages.return(undefined));
    await writer.rows(page.value.map((row) => cells(list, row, reader)));
  }
  await writer.end();
}
