import { TownshipInitial1764000000000 } from './1764000000000-TownshipInitial';
import { TownshipDelegatedIntake1764100000000 } from './1764100000000-TownshipDelegatedIntake';

/** Applied in order at start-up; never edit a released migration, add a new one. */
export const TOWNSHIP_MIGRATIONS = [TownshipInitial1764000000000, TownshipDelegatedIntake1764100000000];
