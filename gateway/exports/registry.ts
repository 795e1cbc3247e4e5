/** Every list the back office exports, by the name in its address (/export/<name>.xlsx). */
import type { ExportList } from './definition';
import { countyAuditLog, townshipAuditLog } from './lists/audit';
import { countyCases, townshipCases } from './lists/cases';
import { complaints } from './lists/complaints';
import { countyRefusals, townshipRefusals } from './lists/refusals';
import { countyReviews, townshipReviews } from './lists/reviews';
import { unitStatistics } from './lists/statistics';
import { supervisionRecords } from './lists/supervision';
import { warnings } from './lists/warnings';

const LISTS = [
  unitStatistics,
  warnings,
  countyCases,
  townshipCases,
  supervisionRecords,
  complaints,
  countyReviews,
  townshipReviews,
  countyRefusals,
  townshipRefusals,
  countyAuditLog,
  townshipAuditLog,
] as ExportList[];

export const EXPORT_LISTS: ReadonlyMap<string, ExportList> = new Map(LISTS.map((l) => [l.name, l]));
