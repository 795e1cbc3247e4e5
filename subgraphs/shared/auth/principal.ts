export const ROLES = ['COUNTY_ADMIN', 'COUNTY_CLERK', 'TOWNSHIP_CLERK', 'SUPERVISOR', 'VIEWER', 'SERVICE'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as proven by a verified token; `null` stands for the public (no token). */
export interface Principal {
  userId: string;
  name: string;
  role: Role;
  departmentId?: string;
  townshipId?: string;
}

export const isRole = (s: unknown): s is Role => typeof s === 'string' && (ROLES as readonly string[]).includes(s);
