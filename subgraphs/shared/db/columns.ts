import { Column, type ColumnOptions } from 'typeorm';

/**
 * Instants are stored as ISO-8601 UTC strings: identical on SQLite and MySQL, sortable as
 * text, and free of driver time-zone conversions. Entities still see `Date` objects.
 */
const instant = {
  to: (d: Date | null | undefined) => (d ? d.toISOString() : null),
  from: (s: string | null) => (s ? new Date(s) : null),
};

export const InstantColumn = (opts: { name: string; nullable?: boolean }) =>
  Column({ type: 'varchar', length: 24, name: opts.name, nullable: opts.nullable ?? false, transformer: instant });

/** A calendar date (YYYY-MM-DD, Asia/Shanghai), kept as text so GROUP BY works the same everywhere. */
export const DateColumn = (opts: { name: string; nullable?: boolean }) =>
  Column({ type: 'varchar', length: 10, name: opts.name, nullable: opts.nullable ?? false });

export const JsonColumn = (opts: { name: string; nullable?: boolean }) =>
  Column({ type: 'simple-json', name: opts.name, nullable: opts.nullable ?? false } as ColumnOptions);
