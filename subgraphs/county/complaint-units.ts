import type { DataSource } from 'typeorm';
import { checkId } from '../shared/cases/case-query';
import { parseCaseNumber } from '../shared/domain/case-number';
import type { ComplaintUnitType } from '../shared/domain/complaint';
import { badInput, notFound } from '../shared/graphql/errors';
import { CountyCase, Department } from './entities';
import type { TownshipDirectory } from './township-directory';

/** The unit a complaint is against, as found at filing time. */
export interface ComplaintUnit {
  type: ComplaintUnitType;
  id: string;
  name: string;
  /** The unit code its own case numbers start with. */
  code: string;
}

/** Finds the unit complained about and checks that a named case is that unit's. */
export class ComplaintUnits {
  constructor(private readonly ds: DataSource, private readonly townships: TownshipDirectory) {}

  async find(type: ComplaintUnitType, id: string): Promise<ComplaintUnit> {
    checkId(id);
    if (type === 'DEPARTMENT') {
      const d = await this.ds.getRepository(Department).findOne({ where: { id } });
      if (!d) throw notFound('Department', id);
      return { type, id, name: d.name, code: d.code };
    }
    const t = await this.townships.find(id);
    if (!t) throw notFound('Township', id);
    return { type, id, name: t.name, code: t.divisionCode };
  }

  /**
   * A county case (or the township intake it came from) must belong to the unit named. A number
   * with a department's code that the county does not hold is refused; a township's own case
   * number is checked by its unit code only (the county holds no township cases).
   */
  async checkCase(caseNumber: string, unit: ComplaintUnit): Promise<void> {
    const parsed = parseCaseNumber(caseNumber);
    if (!parsed) throw badInput(`Not a case number: ${caseNumber}`);
    const countyCase = await this.ds.getRepository(CountyCase).findOne({
      where: [{ number: caseNumber }, { originIntakeNumber: caseNumber }],
    });
    if (countyCase) {
      const ours = unit.type === 'DEPARTMENT' ? countyCase.departmentId === unit.id : countyCase.originTownshipId === unit.id;
      if (!ours) throw mismatch(caseNumber, unit);
      return;
    }
    // Not held here: it can only be the named unit's own number. The county holds every
    // department's cases, so a department's own number that is not here does not exist.
    if (parsed.unitCode !== unit.code) throw mismatch(caseNumber, unit);
    if (unit.type === 'DEPARTMENT') throw notFound('County case', caseNumber);
  }
}

function mismatch(caseNumber: string, unit: ComplaintUnit) {
  return badInput(`办件编号 caseNumber ${caseNumber} 不属于被投诉单位${unit.name}，只能填写该单位的办件编号 (Case ${caseNumber} is not handled by ${unit.name})`, {
    field: 'caseNumber',
    caseNumber,
    unitId: unit.id,
  });
}
