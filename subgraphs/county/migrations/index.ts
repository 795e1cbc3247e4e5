import { CountyInitial1764000000000 } from './1764000000000-CountyInitial';
import { CountyDelegatedIntake1764100000000 } from './1764100000000-CountyDelegatedIntake';
import { CountyCaseFigures1764200000000 } from './1764200000000-CountyCaseFigures';
import { CountySupervision1764300000000 } from './1764300000000-CountySupervision';
import { CountyComplaints1764400000000 } from './1764400000000-CountyComplaints';
import { CountyReviews1764500000000 } from './1764500000000-CountyReviews';
import { CountySupervisionByCase1764600000000 } from './1764600000000-CountySupervisionByCase';
import { CountyCaseListOrder1764700000000 } from './1764700000000-CountyCaseListOrder';
import { CountyOutboxOrdering1764800000000 } from './1764800000000-CountyOutboxOrdering';
import { CountyRequestHash1764900000000 } from './1764900000000-CountyRequestHash';
import { CountyCaseSearch1765000000000 } from './1765000000000-CountyCaseSearch';
import { CountySchemaDeclared1765200000000 } from './1765200000000-CountySchemaDeclared';
import { CountyBackOffice1765300000000 } from './1765300000000-CountyBackOffice';
import { CountyItemGuide1765400000000 } from './1765400000000-CountyItemGuide';
import { CountyComplaintChannel1765420000000 } from './1765420000000-CountyComplaintChannel';
import { CountyCaseChannel1765430000000 } from './1765430000000-CountyCaseChannel';
import { CountyComplaintQueryCode1765440000000 } from './1765440000000-CountyComplaintQueryCode';
import { CountyOriginFigures1765490000000 } from './1765490000000-CountyOriginFigures';
import { CountyCaseDayFigures1765500000000 } from './1765500000000-CountyCaseDayFigures';

/** Applied in order at start-up; never edit a released migration, add a new one. */
export const COUNTY_MIGRATIONS = [CountyInitial1764000000000, CountyDelegatedIntake1764100000000, CountyCaseFigures1764200000000, CountySupervision1764300000000, CountyComplaints1764400000000, CountyReviews1764500000000, CountySupervisionByCase1764600000000, CountyCaseListOrder1764700000000, CountyOutboxOrdering1764800000000, CountyRequestHash1764900000000, CountyCaseSearch1765000000000, CountySchemaDeclared1765200000000, CountyBackOffice1765300000000, CountyItemGuide1765400000000, CountyComplaintChannel1765420000000, CountyCaseChannel1765430000000, CountyComplaintQueryCode1765440000000, CountyOriginFigures1765490000000, CountyCaseDayFigures1765500000000];
