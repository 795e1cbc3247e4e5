import { TableForeignKey, type QueryRunner } from 'typeorm';

/**
 * Column defaults the first migrations gave (`col.int(…, dflt)`, `col.bool`), per table and column.
 * The application never relies on them: every insert writes every column (on SQLite TypeORM even
 * sends NULL rather than DEFAULT), and an entity that declared them would make TypeORM read every
 * inserted row back on MySQL and SQLite.
 */
export type ColumnDefaults = Record<string, Record<string, number | boolean | string>>;

const isSqlite = (q: QueryRunner): boolean => q.connection.options.type === 'better-sqlite3';

/**
 * Makes the database say what the entities declare, and nothing the server would otherwise decide:
 * - no column defaults (see `ColumnDefaults`);
 * - foreign keys act `NO ACTION` on delete and update. The migrations named no action, so each
 *   server chose its own default: SQLite and MySQL record NO ACTION, MariaDB records RESTRICT
 *   (the same behaviour in InnoDB: a referenced row cannot go). Only RESTRICT keys are rewritten;
 *   checks are off meanwhile, so re-adding a key that was enforced until now scans no rows;
 * - on SQLite, integer columns are typed `integer` (TypeORM's SQLite name for `int`; the
 *   migrations wrote `int`, which has the same affinity). SQLite alters a column by copying its
 *   table, so each table is copied once, with every change at once.
 */
export async function declareSchema(q: QueryRunner, tables: string[], defaults: ColumnDefaults): Promise<void> {
  if (isSqlite(q)) {
    for (const name of tables) {
      const table = (await q.getTable(name))!;
      const changes = table.columns
        .filter((c) => c.type === 'int' || defaults[name]?.[c.name] !== undefined)
        .map((oldColumn) => {
          const newColumn = oldColumn.clone();
          if (newColumn.type === 'int') newColumn.type = 'integer';
          if (defaults[name]?.[oldColumn.name] !== undefined) newColumn.default = undefined;
          return { oldColumn, newColumn };
        });
      if (changes.length > 0) await q.changeColumns(table, changes);
    }
    return;
  }
  await q.query('SET FOREIGN_KEY_CHECKS = 0');
  try {
    for (const name of tables) {
      const table = (await q.getTable(name))!;
      for (const fk of table.foreignKeys.filter((k) => k.onDelete === 'RESTRICT' || k.onUpdate === 'RESTRICT')) {
        await q.dropForeignKey(table, fk);
        await q.createForeignKey(table, foreignKeyActing(fk, 'NO ACTION'));
      }
    }
  } finally {
    await q.query('SET FOREIGN_KEY_CHECKS = 1');
  }
  for (const [table, columns] of Object.entries(defaults)) {
    for (const column of Object.keys(columns)) await q.query(`ALTER TABLE \`${table}\` ALTER COLUMN \`${column}\` DROP DEFAULT`);
  }
}

/** Undoes `declareSchema`: the defaults come back; on MariaDB the keys name no action again (RESTRICT there), on SQLite `int` again. */
export async function undeclareSchema(q: QueryRunner, tables: string[], defaults: ColumnDefaults): Promise<void> {
  if (isSqlite(q)) {
    for (const name of tables) {
      const table = (await q.getTable(name))!;
      const changes = table.columns
        .filter((c) => c.type === 'integer' || defaults[name]?.[c.name] !== undefined)
        .map((oldColumn) => {
          const newColumn = oldColumn.clone();
          if (newColumn.type === 'integer') newColumn.type = 'int';
          const d = defaults[name]?.[oldColumn.name];
          if (d !== undefined) newColumn.default = d;
          return { oldColumn, newColumn };
        });
      if (changes.length > 0) await q.changeColumns(table, changes);
    }
    return;
  }
  for (const [table, columns] of Object.entries(defaults)) {
    for (const [column, d] of Object.entries(columns)) {
      await q.query(`ALTER TABLE \`${table}\` ALTER COLUMN \`${column}\` SET DEFAULT ${typeof d === 'boolean' ? (d ? 1 : 0) : d}`);
    }
  }
  if (q.connection.options.type !== 'mariadb') return;
  await q.query('SET FOREIGN_KEY_CHECKS = 0');
  try {
    for (const name of tables) {
      const table = (await q.getTable(name))!;
      for (const fk of table.foreignKeys.filter((k) => k.onDelete === 'NO ACTION' && k.onUpdate === 'NO ACTION')) {
        await q.dropForeignKey(table, fk);
        await q.createForeignKey(table, foreignKeyActing(fk, undefined));
      }
    }
  } finally {
    await q.query('SET FOREIGN_KEY_CHECKS = 1');
  }
}

function foreignKeyActing(fk: TableForeignKey, action: 'NO ACTION' | undefined): TableForeignKey {
  return new TableForeignKey({
    name: fk.name,
    columnNames: fk.columnNames,
    referencedTableName: fk.referencedTableName,
    referencedColumnNames: fk.referencedColumnNames,
    onDelete: action,
    onUpdate: action,
  });
}
