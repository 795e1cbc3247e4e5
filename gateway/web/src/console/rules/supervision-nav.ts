/**
 * Where the e-supervision views (电子监察) live and who opens them: the efficiency office's
 * supervisors get the group, the units' clerks one workbench view of what supervision asks of
 * them (督办与整改). Pure; navigation.ts slots these into the role menus.
 */
import type { Role } from '../../shared/roles';

export const SUPERVISION_GROUP = '电子监察';

export const SUPERVISION_VIEWS = [
  { path: '/supervision/warnings', label: '预警', group: SUPERVISION_GROUP },
  { path: '/supervision/records', label: '督办', group: SUPERVISION_GROUP },
  { path: '/supervision/complaints', label: '效能投诉', group: SUPERVISION_GROUP },
  { path: '/supervision/reviews', label: '好差评/整改', group: SUPERVISION_GROUP },
  { path: '/supervision/refusals', label: '否定报备', group: SUPERVISION_GROUP },
];

/** A unit clerk's open supervision records, complaints to answer and rectifications. */
export const CLERK_SUPERVISION_VIEW = { path: '/my-supervision', label: '督办与整改' };

export type CaseTier = 'county' | 'township';

/** The read-only case detail supervisors open from a warning or a record. */
export function supervisionCasePath(tier: CaseTier, id: string): string {
  return `/supervision/cases/${tier}/${id}`;
}

/** Whether a role opens the read-only case detail of e-supervision. */
export function mayOpenSupervisionCase(role: Role, path: string): boolean {
  return role === 'SUPERVISOR' && /^\/supervision\/cases\/(county|township)\/[^/]+$/.test(path);
}
