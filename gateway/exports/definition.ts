/** What an export list is: where its rows come from in the graph, which variables it takes, its columns. */
import type { z } from 'zod';
import type { Cell } from './cells';

/** Who is exporting, for the few cells that read differently by role. */
export interface Reader {
  role: string | null;
}

/** One column: its Chinese header, its cell of a row, and its width in characters (xlsx). */
export interface Column<R> {
  header: string;
  cell(row: R, reader: Reader): Cell;
  width?: number;
}

/** The GraphQL answer of one page, as the gateway gives it to any client. */
export interface PageAnswer {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * One query the rows come from. A paged source is asked with `limit` and `offset` (its document
 * declares both) until its total is read; an unpaged one once.
 */
export interface Source<V, R> {
  document: string;
  paged: boolean;
  /** True when the export's variables leave this source out (a list of one tier of two). */
  skip?(v: V): boolean;
  /** The document's variables (without limit and offset) from the export's. */
  variables(v: V): Record<string, unknown>;
  /** The rows of an answer, and the total of a paged source. */
  read(data: Record<string, unknown>): { total?: number; rows: R[] };
}

export interface ExportList<V = unknown, R = unknown> {
  /** The list's name in the address: /export/<name>.xlsx */
  name: string;
  /** Chinese title: the sheet's first row and the file name. */
  title: string;
  /** The variables the caller may send; anything else is refused. */
  variables: z.ZodType<V>;
  /** The period the rows cover, shown under the title, when the variables name one. */
  period?(v: V): { from?: string | null; to?: string | null } | null;
  /** Read in turn: their rows follow each other in the file. */
  sources: Source<V, R>[];
  columns: Column<R>[];
}

/** Builds a list with its row type checked between sources and columns. */
export const defineList = <V, R>(list: ExportList<V, R>): ExportList<V, R> => list;
