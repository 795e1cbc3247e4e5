import type { DataSource } from 'typeorm';
import { inUnitScope, unitScope } from '../shared/auth/unit-scope';
import { checkId, type CommonCaseFilter } from '../shared/cases/case-query';
import type { CaseChange } from '../shared/cases/case-engine';
import type { CaseSearch } from '../shared/cases/case-search';
import { UnitCaseService } from '../shared/cases/unit-case-service';
import { CountyCase, CountyCaseCounter, CountyCaseHistory, CountyItem, CountyOutbox, Department } from './entities';
import { enqueue } from '../shared/outbox/enqueue';
import { parseYears } from '../shared/cases/case-state';
import type { CalendarService } from './calendar-service';

export interface CountyCaseFilter extends CommonCaseFilter, CaseSearch {
  departmentId?: string | null;
  delegated?: boolean | null;
  originTownshipId?: string | null;
}

/**
 * County cases: each belongs to a department, whose clerks take it in and act on it. A case a
 * township accepted on the county's behalf (委托受理) is also followed by that township's clerks,
 * tracked with the township intake's number, and reported back to the township on every change.
 */
export class CountyCaseService extends UnitCaseService<'departmentId', CountyCase, CountyCaseHistory, CountyItem, Department, CountyCaseFilter> {
  constructor(ds: DataSource, calendar: CalendarService) {
    super(
      ds,
      calendar,
      {
        clerkRole: 'COUNTY_CLERK',
        key: 'departmentId',
        unitType: 'DEPARTMENT',
        column: 'department_id',
        codeOf: (d) => d.code,
        itemLabel: 'County item',
        messages: {
          readOther: 'This case belongs to another department (非本部门办件)',
          listOther: 'County clerks see their own department only',
          actOther: 'Only clerks of the responsible department may act on this case (非本部门办件)',
        },
        // A township clerk follows the county cases of their own township's intakes.
        followers: { role: 'TOWNSHIP_CLERK', follows: (who, c) => inUnitScope(unitScope(who), 'TOWNSHIP', c.originTownshipId) },
        narrow: (qb, f) => {
          if (f.delegated != null) qb.andWhere(f.delegated ? 'c.origin_intake_id IS NOT NULL' : 'c.origin_intake_id IS NULL');
          if (f.originTownshipId != null) qb.andWhere('c.origin_township_id = :ot', { ot: checkId(f.originTownshipId) });
        },
        // A delegated case is also found by the township intake's number, which the applicant holds.
        numberColumns: ['number', 'origin_intake_number'],
        // An applicant of a delegated case tracks it with the township intake's number and code.
        trackedBy: (number, queryCode) => [
          { number, queryCode },
          { originIntakeNumber: number, originQueryCode: queryCode },
        ],
      },
      { case: CountyCase, history: CountyCaseHistory, counter: CountyCaseCounter, item: CountyItem, unit: Department },
      // A delegated case's every change goes back to its township, in the same transaction, as
      // the whole state the township keeps: a message can never leave the township's copy half-old.
      async (m, c, change, now) => {
        if (!c.originIntakeId) return;
        await enqueue(m, CountyOutbox, {
          messageKey: `case:${c.id}:v${change.version}`,
          kind: 'CASE_UPDATE',
          subjectId: c.originIntakeId,
          now,
          payload: countyCaseSnapshot({ ...c, ...change.patch } as CountyCase, c.version, change, now),
        });
      },
    );
  }
}

/** Everything the township keeps of a delegated county case, after one change (its CountyCaseUpdateInput). */
function countyCaseSnapshot(after: CountyCase, previousVersion: number, change: CaseChange, now: Date): Record<string, unknown> {
  return {
    intakeId: after.originIntakeId,
    countyCaseId: after.id,
    countyCaseNumber: after.number,
    previousVersion,
    version: change.version,
    step: change.step,
    fromStatus: change.fromStatus,
    toStatus: after.status,
    unitName: change.unitName,
    at: now.toISOString(),
    note: change.note,
    dueDate: after.dueDate,
    dueAt: after.dueAt?.toISOString() ?? null,
    pausedAt: after.pausedAt?.toISOString() ?? null,
    pausedWorkingDays: after.pausedWorkingDays,
    uncertainYears: parseYears(after.uncertainYears),
    expedited: after.expedited,
    missingMaterials: after.missingMaterials ?? [],
    resultDocumentNumber: after.resultDocumentNumber,
    refusalReason: after.refusalReason,
  };
}
