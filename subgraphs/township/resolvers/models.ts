import type { RefusalReport } from '../../shared/supervision/refusal-reports';
import type { TownshipCase } from '../entities';
import type { IntakeService } from '../intake-service';

/** Views the township's resolvers return where a type is not a row (mapped in the generated resolver types). */
export type TownshipWorkListView = Awaited<ReturnType<IntakeService['workList']>>;
export type TownshipRefusalReportRow = RefusalReport<TownshipCase>;
