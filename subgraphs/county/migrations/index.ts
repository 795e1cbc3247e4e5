import { CountyInitial1764000000000 } from './1764000000000-CountyInitial';
import { CountyDelegatedIntake1764100000000 } from './1764100000000-CountyDelegatedIntake';

/** Applied in order at start-up; never edit a released migration, add a new one. */
export const COUNTY_MIGRATIONS = [CountyInitial1764000000000, CountyDelegatedIntake1764100000000];
