import { TownshipInitial1764000000000 } from './1764000000000-TownshipInitial';

/** Applied in order at start-up; never edit a released migration, add a new one. */
export const TOWNSHIP_MIGRATIONS = [TownshipInitial1764000000000];
