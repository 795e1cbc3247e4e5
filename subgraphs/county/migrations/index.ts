import { CountyInitial1764000000000 } from './1764000000000-CountyInitial';

/** Applied in order at start-up; never edit a released migration, add a new one. */
export const COUNTY_MIGRATIONS = [CountyInitial1764000000000];
