import { AuditLogRow } from '../../shared/audit/audit-entity';
import { Department, CountyItem } from './catalog';
import { CountyCase, CountyCaseHistory, CountyCaseCounter, CountyInbox, CountyOutbox } from './cases';
import { CountyCaseDayFigures } from './day-figures';
import { CalendarOverrideRow, CalendarYearRow, CountySettingRow } from './calendar';
import { CountyComplaint, CountyComplaintEvent } from './complaints';
import { CountyReview, CountyRectificationEvent } from './reviews';
import { SupervisionRecordRow, SupervisionEventRow } from './supervision';

export { AuditLogRow } from '../../shared/audit/audit-entity';
export * from './catalog';
export * from './cases';
export * from './calendar';
export * from './complaints';
export * from './day-figures';
export * from './reviews';
export * from './supervision';

export const COUNTY_ENTITIES = [
  AuditLogRow,
  Department,
  CountyItem,
  CountyCase,
  CountyCaseHistory,
  CountyCaseCounter,
  CountyCaseDayFigures,
  CountyInbox,
  CountyOutbox,
  CalendarOverrideRow,
  CalendarYearRow,
  CountySettingRow,
  CountyComplaint,
  CountyComplaintEvent,
  CountyReview,
  CountyRectificationEvent,
  SupervisionRecordRow,
  SupervisionEventRow,
];
