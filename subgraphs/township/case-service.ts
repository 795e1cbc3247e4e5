import type { DataSource } from 'typeorm';
import type { CommonCaseFilter } from '../shared/cases/case-query';
import type { CaseSearch } from '../shared/cases/case-search';
import { UnitCaseService } from '../shared/cases/unit-case-service';
import { Township, TownshipCase, TownshipCaseCounter, TownshipCaseHistory, TownshipItem } from './entities';
import type { CalendarMirror } from './calendar-mirror';

export interface TownshipCaseFilter extends CommonCaseFilter, CaseSearch {
  townshipId?: string | null;
}

/** Township cases: a township clerk sees and changes only their own township's; the clock follows the township's copy of the county calendar. */
export class TownshipCaseService extends UnitCaseService<'townshipId', TownshipCase, TownshipCaseHistory, TownshipItem, Township, TownshipCaseFilter> {
  constructor(ds: DataSource, calendar: CalendarMirror) {
    super(
      ds,
      calendar,
      {
        clerkRole: 'TOWNSHIP_CLERK',
        key: 'townshipId',
        unitType: 'TOWNSHIP',
        column: 'township_id',
        codeOf: (t) => t.divisionCode,
        itemLabel: 'Township item',
        messages: {
          readOther: 'This case belongs to another township (非本乡镇办件)',
          listOther: 'Township clerks see their own township only',
          actOther: 'Only clerks of this township may act on its cases (非本乡镇办件)',
        },
      },
      { case: TownshipCase, history: TownshipCaseHistory, counter: TownshipCaseCounter, item: TownshipItem, unit: Township },
    );
  }
}
