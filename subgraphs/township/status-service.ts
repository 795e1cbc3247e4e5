import type { DataSource } from 'typeorm';
import { isOfficeOpen } from '../shared/domain/office-hours';
import { shanghaiDate, startOfShanghaiDay } from '../shared/domain/time';
import { OPEN_STATUSES } from '../shared/cases/case-query';
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
    const nowIso = now.toISOString();
    const open = OPEN_STATUSES;
    const cases: Row[] = await this.ds
      .createQueryBuilder()
      .select('c.township_id', 'tid')
      .addSelect(`SUM(CASE WHEN c.received_at >= :today THEN 1 ELSE 0 END)`, 'today')
      .addSelect(`SUM(CASE WHEN c.status IN (:...backlog) THEN 1 ELSE 0 END)`, 'backlog')
      .addSelect(
        `SUM(CASE WHEN c.status IN (:...open) AND ((c.paused_at IS NULL AND c.due_at <= :now) OR c.paused_at >= c.due_at) THEN 1 ELSE 0 END)`,
        'overdue',
      )
      .from('township_case', 'c')
      .where('c.township_id IN (:...ids)', { ids })
      .setParameters({ today, now: nowIso, open, backlog: ['RECEIVED', ...open] })
      .groupBy('c.township_id')
      .getRawMany();
    const intakes: Row[] = await this.ds
      .createQueryBuilder()
      .select('i.township_id', 'tid')
      .addSelect(`SUM(CASE WHEN i.accepted_at >= :today THEN 1 ELSE 0 END)`, 'today')
      .addSelect(`SUM(CASE WHEN i.handed_over_at IS NULL AND (i.county_status IS NULL OR i.county_status IN (:...pending)) THEN 1 ELSE 0 END)`, 'backlog')
      .addSelect(`SUM(CASE WHEN i.handed_over_at IS NULL AND (i.county_status IS NULL OR i.county_status IN (:...open)) AND i.due_at <= :now THEN 1 ELSE 0 END)`, 'overdue')
      .addSelect(`SUM(CASE WHEN i.forwarded_at IS NULL THEN 1 ELSE 0 END)`, 'waiting')
      .addSelect(`MIN(CASE WHEN i.forwarded_at IS NULL THEN i.accepted_at ELSE NULL END)`, 'oldest')
      .from('delegated_intake', 'i')
      .where('i.township_id IN (:...ids)', { ids })
      .setParameters({ today, now: nowIso, open, pending: [...open, 'APPROVED', 'REJECTED'] })
      .groupBy('i.township_id')
      .getRawMany();
    const byId = (rows: Row[]) => new Map(rows.map((r) => [String(r.tid), r]));
    const c = byId(cases);
    const i = byId(intakes);
    const isOpen = isOfficeOpen(now, this.mirror.calendar());
    const contact = this.lastContact()?.toISOString() ?? null;
    return ids.map((id) => {
      const a = c.get(id) ?? {};
      const b = i.get(id) ?? {};
      const oldest = b.oldest ? new Date(String(b.oldest)) : null;
      return {
        open: isOpen,
        todayIntake: num(a.today) + num(b.today),
        backlog: num(a.backlog) + num(b.backlog),
        overdue: num(a.overdue) + num(b.overdue),
        waitingForward: num(b.waiting),
        oldestWaitingSeconds: oldest ? Math.max(0, Math.floor((now.getTime() - oldest.getTime()) / 1000)) : null,
        lastCountyContactAt: contact,
      };
    });
  }
}
