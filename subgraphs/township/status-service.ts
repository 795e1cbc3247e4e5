import type { DataSource } from 'typeorm';
import { isOfficeOpen } from '../shared/domain/office-hours';
import { shanghaiDate, startOfShanghaiDay } from '../shared/domain/time';
import { OPEN_STATUSES } from '../shared/domain/lifecycle';
import { INTAKE_CLOCK, overdueSql } from '../shared/cases/overdue-sql';
import { countWhen } from '../shared/statistics/tier-tables';
import type { CalendarMirror } from './calendar-mirror';

export interface TownshipStatusFigures {
  open: boolean;
  todayIntake: number;
  backlog: number;
  overdue: number;
  waitingForward: number;
  oldestWaitingSeconds: number | null;
  lastCountyContactAt: string | null;
}

type Row = Record<string, unknown>;
const num = (v: unknown) => Number(v ?? 0);

/** Township status for the county center: a fixed number of grouped queries for all townships. */
export class StatusService {
  constructor(
    private readonly ds: DataSource,
    private readonly mirror: CalendarMirror,
    private readonly lastContact: () => Date | null,
  ) {}

  async figures(townshipIds: readonly string[], now: Date): Promise<TownshipStatusFigures[]> {
    const ids = [...townshipIds];
    const today = startOfShanghaiDay(shanghaiDate(now)).toISOString();
    const open = [...OPEN_STATUSES];
    const caseOverdue = overdueSql('c', now);
    const intakeOverdue = overdueSql('i', now, INTAKE_CLOCK);
    // Each query reads one index range (today's rows, the open rows), never the whole history.
    const casesToday = this.grouped('township_case', 'c', ids, 'c.received_at >= :today', { today }, { today: 'COUNT(*)' });
    const casesOpen = this.grouped('township_case', 'c', ids, 'c.status IN (:...backlog)', { backlog: ['RECEIVED', ...open], ...caseOverdue.params }, {
      backlog: 'COUNT(*)',
      overdue: countWhen(caseOverdue.sql),
    });
    const intakesToday = this.grouped('delegated_intake', 'i', ids, 'i.accepted_at >= :today', { today }, { today: 'COUNT(*)' });
    const intakesOpen = this.grouped(
      'delegated_intake',
      'i',
      ids,
      'i.handed_over_at IS NULL AND (i.county_status IS NULL OR i.county_status IN (:...pending))',
      { pending: [...open, 'APPROVED', 'REJECTED'], ...intakeOverdue.params },
      {
        backlog: 'COUNT(*)',
        // The county's clock as the intake holds it: a paused clock is judged where it stopped.
        overdue: countWhen(intakeOverdue.sql),
        waiting: 'SUM(CASE WHEN i.forwarded_at IS NULL THEN 1 ELSE 0 END)',
        oldest: 'MIN(CASE WHEN i.forwarded_at IS NULL THEN i.accepted_at ELSE NULL END)',
      },
    );
    const [cToday, cOpen, iToday, iOpen] = await Promise.all([casesToday, casesOpen, intakesToday, intakesOpen]);
    const byId = (rows: Row[]) => new Map(rows.map((r) => [String(r.tid), r]));
    const [ct, co, it, io] = [byId(cToday), byId(cOpen), byId(iToday), byId(iOpen)];
    const isOpen = isOfficeOpen(now, this.mirror.calendar());
    const contact = this.lastContact()?.toISOString() ?? null;
    return ids.map((id) => {
      const [a, b] = [co.get(id) ?? {}, io.get(id) ?? {}];
      const oldest = b.oldest ? new Date(String(b.oldest)) : null;
      return {
        open: isOpen,
        todayIntake: num(ct.get(id)?.today) + num(it.get(id)?.today),
        backlog: num(a.backlog) + num(b.backlog),
        overdue: num(a.overdue) + num(b.overdue),
        waitingForward: num(b.waiting),
        oldestWaitingSeconds: oldest ? Math.max(0, Math.floor((now.getTime() - oldest.getTime()) / 1000)) : null,
        lastCountyContactAt: contact,
      };
    });
  }

  /** One figure set per township over the rows of `table` matching `where`. */
  private grouped(table: string, alias: string, ids: string[], where: string, params: Record<string, unknown>, figures: Record<string, string>): Promise<Row[]> {
    const qb = this.ds.createQueryBuilder().select(`${alias}.township_id`, 'tid').from(table, alias);
    for (const [name, expr] of Object.entries(figures)) qb.addSelect(expr, name);
    return qb
      .where(`${alias}.township_id IN (:...ids)`, { ids })
      .andWhere(where)
      .setParameters(params)
      .groupBy(`${alias}.township_id`)
      .getRawMany();
  }
}
