import { Table, type QueryRunner } from 'typeorm';
import { DAY_FIGURE_COLUMNS, rebuildDayFigures, type DayFigureTable } from './day-figures-table';
import { DAY_FIGURE_FIELDS } from '../domain/day-figures';

/**
 * Creates a tier's daily roll-ups and fills them from the cases and reviews already stored
 * (version 1 of the roll-up schema; never edit, add migrations).
 */
export async function createDayFigures(q: QueryRunner, t: DayFigureTable): Promise<void> {
  const int = q.connection.options.type === 'better-sqlite3' ? 'integer' : 'int';
  await q.createTable(
    new Table({
      name: t.table,
      columns: [
        { name: 'day', type: 'varchar', length: '10', isPrimary: true },
        { name: t.unit, type: 'varchar', length: '36', isPrimary: true },
        { name: 'item_id', type: 'varchar', length: '36', isPrimary: true },
        ...DAY_FIGURE_FIELDS.map((f) => ({ name: DAY_FIGURE_COLUMNS[f], type: int })),
      ],
    }),
  );
  await rebuildDayFigures(q, t);
}

export async function dropDayFigures(q: QueryRunner, t: DayFigureTable): Promise<void> {
  await q.dropTable(t.table);
}
