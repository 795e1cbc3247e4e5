/**
 * The two windows the console serves with the same views: a county department's (县级窗口) and a
 * township's own items (乡镇窗口). Each view takes the tier as a route prop; this says where each
 * tier's views live. Pure.
 */
export type Tier = 'county' | 'township';

export interface TierPaths {
  queue: string;
  receive: string;
  /** The detail of one case. */
  case: (id: string) => string;
}

const PATHS: Record<Tier, TierPaths> = {
  county: { queue: '/queue', receive: '/receive', case: (id) => `/cases/${id}` },
  township: { queue: '/township-cases', receive: '/township-receive', case: (id) => `/township-cases/${id}` },
};

export function tierPaths(tier: Tier): TierPaths {
  return PATHS[tier];
}

/** The tier of a route path of the window views, or null for another view. */
export function tierOfPath(path: string): Tier | null {
  if (path === '/township-cases' || path === '/township-receive' || path.startsWith('/township-cases/')) return 'township';
  if (path === '/queue' || path === '/receive' || path.startsWith('/cases/')) return 'county';
  return null;
}
