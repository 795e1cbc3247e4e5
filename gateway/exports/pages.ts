/**
 * Reads a list's rows page by page through the graph, as the caller: each source in turn, PAGE_SIZE
 * rows at a time, so a page or two is held while it is written out, never the list.
 */
import type { ExportList, PageAnswer } from './definition';

/** The largest page the subgraphs serve. */
export const PAGE_SIZE = 200;
/** An export beyond this many rows is refused on its first page: narrow the filter. */
export const MAX_ROWS = 100_000;

export type Execute = (document: string, variables: Record<string, unknown>) => Promise<PageAnswer>;

/** The graph refused a page: its first error, with the graph's code. */
export class GraphRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class TooManyRows extends Error {
  constructor(readonly total: number) {
    super(`导出超过 ${MAX_ROWS} 条（共 ${total} 条），请缩小查询条件 (too many rows)`);
  }
}

function dataOf(answer: PageAnswer): Record<string, unknown> {
  const first = answer.errors?.[0];
  if (first) throw new GraphRefusal(String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR'), first.message);
  if (!answer.data) throw new GraphRefusal('INTERNAL_SERVER_ERROR', 'no data');
  return answer.data;
}

/**
 * Yields the rows of each page; any error of the graph ends it (a partial export is no export).
 * The next page is asked for while this one is written out: at most two pages are held.
 */
export async function* pagesOf<V, R>(list: ExportList<V, R>, variables: V, execute: Execute): AsyncGenerator<R[]> {
  for (const source of list.sources) {
    if (source.skip?.(variables)) continue;
    const base = source.variables(variables);
    if (!source.paged) {
      yield source.read(dataOf(await execute(source.document, base))).rows;
      continue;
    }
    const ask = (offset: number) => {
      const answer = execute(source.document, { ...base, limit: PAGE_SIZE, offset }).then((a) => source.read(dataOf(a)));
      // Awaited below; a reader that stops early must not leave it unhandled.
      answer.catch(() => undefined);
      return answer;
    };
    let pending = ask(0);
    for (let offset = 0; ; ) {
      const page = await pending;
      const total = page.total ?? 0;
      if (offset === 0 && total > MAX_ROWS) throw new TooManyRows(total);
      offset += page.rows.length;
      const more = page.rows.length === PAGE_SIZE && offset < total;
      if (more) pending = ask(offset);
      if (page.rows.length) yield page.rows;
      if (!more) break;
    }
  }
}
