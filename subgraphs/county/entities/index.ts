import { Department, CountyItem } from './catalog';
import { CountyCase, CountyCaseHistory, CountyCaseCounter, CountyInbox, CountyOutbox } from './cases';
import { CalendarOverrideRow, CalendarYearRow, CountySettingRow } from './calendar';

export * from './catalog';
export * from './cases';
export * from './calendar';

export const COUNTY_ENTITIES = [
  Department,
  CountyItem,
  CountyCase,
  CountyCaseHistory,
  CountyCaseCounter,
  CountyInbox,
  CountyOutbox,
  CalendarOverrideRow,
  CalendarYearRow,
  CountySettingRow,
];
