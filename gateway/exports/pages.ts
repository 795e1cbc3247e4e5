/**
 * Reads a list's rows page by page through the graph, as the caller: each source in turn, PAGE_SIZE
 * rows at a time, so at most one page is held while it is written out.
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

/** Yields the rows of each page; any error of the graph ends it (a partial export is no export). */
export async function* pagesOf<V, R>(list: ExportList<V, R>, variables: V, execute: Execute): AsyncGenerator<R[]> {
  for (const source of list.sources) {
    const base = source.variables(variables);
    if (!source.paged) {
      yield source.read(dataOf(await execute(source.document, base))).rows;
      continue;
    }
    for (let offset = 0; ; ) {
      const page = source.read(dataOf(await execute(source.document, { ...base, limit: PAGE_SIZE, offset })));
      const total = page.total ?? 0;
      if (offset === 0 && total > MAX_ROWS) throw new TooManyRows(total);
      if (page.rows.length) yield page.rows;
      offset += page.rows.length;
      if (page.rows.length < PAGE_SIZE || offset >= total) break;
    }
  }
}
