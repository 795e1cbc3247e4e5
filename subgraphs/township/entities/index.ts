import { AuditLogRow } from '../../shared/audit/audit-entity';
import { Township, VillagePoint, TownshipItem } from './catalog';
import { TownshipCase, TownshipCaseHistory, TownshipCaseCounter } from './cases';
import { TownshipCaseDayFigures } from './day-figures';
import { CalendarCopyRow } from './calendar-copy';
import { DelegatedIntakeRow, IntakeHistoryRow, TownshipOutbox } from './intake';
import { OnlineIntakeApplicationRow } from './online-intake';
import { TownshipReview, TownshipRectificationEvent } from './reviews';

export { AuditLogRow } from '../../shared/audit/audit-entity';
export * from './catalog';
export * from './cases';
export * from './calendar-copy';
export * from './day-figures';
export * from './intake';
export * from './reviews';
export * from './online-intake';

export const TOWNSHIP_ENTITIES = [AuditLogRow, Township, VillagePoint, TownshipItem, TownshipCase, TownshipCaseHistory, TownshipCaseCounter, TownshipCaseDayFigures, CalendarCopyRow, DelegatedIntakeRow, IntakeHistoryRow, TownshipOutbox, TownshipReview, TownshipRectificationEvent, OnlineIntakeApplicationRow];
