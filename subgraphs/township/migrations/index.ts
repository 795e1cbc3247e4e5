import { TownshipInitial1764000000000 } from './1764000000000-TownshipInitial';
import { TownshipDelegatedIntake1764100000000 } from './1764100000000-TownshipDelegatedIntake';
import { TownshipCaseFigures1764200000000 } from './1764200000000-TownshipCaseFigures';
import { TownshipSupervision1764300000000 } from './1764300000000-TownshipSupervision';
import { TownshipReviews1764500000000 } from './1764500000000-TownshipReviews';
import { TownshipListOrder1764700000000 } from './1764700000000-TownshipListOrder';
import { TownshipTierChannel1764800000000 } from './1764800000000-TownshipTierChannel';
import { TownshipRequestHash1764900000000 } from './1764900000000-TownshipRequestHash';
import { TownshipCaseSearch1765000000000 } from './1765000000000-TownshipCaseSearch';
import { TownshipSchemaDeclared1765200000000 } from './1765200000000-TownshipSchemaDeclared';
import { TownshipBackOffice1765300000000 } from './1765300000000-TownshipBackOffice';
import { TownshipItemGuide1765400000000 } from './1765400000000-TownshipItemGuide';
import { TownshipCaseChannel1765430000000 } from './1765430000000-TownshipCaseChannel';
import { TownshipOnlineIntake1765450000000 } from './1765450000000-TownshipOnlineIntake';
import { TownshipCaseDayFigures1765500000000 } from './1765500000000-TownshipCaseDayFigures';

/** Applied in order at start-up; never edit a released migration, add a new one. */
export const TOWNSHIP_MIGRATIONS = [TownshipInitial1764000000000, TownshipDelegatedIntake1764100000000, TownshipCaseFigures1764200000000, TownshipSupervision1764300000000, TownshipReviews1764500000000, TownshipListOrder1764700000000, TownshipTierChannel1764800000000, TownshipRequestHash1764900000000, TownshipCaseSearch1765000000000, TownshipSchemaDeclared1765200000000, TownshipBackOffice1765300000000, TownshipItemGuide1765400000000, TownshipCaseChannel1765430000000, TownshipOnlineIntake1765450000000, TownshipCaseDayFigures1765500000000];
