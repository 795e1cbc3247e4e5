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

/** The printable documents of a case (printed by their own routes). */
export const PRINT_KINDS = [
  { kind: 'acceptance-notice', label: '受理通知书' },
  { kind: 'supplement-notice', label: '一次性告知书' },
  { kind: 'refusal-notice', label: '不予受理通知书' },
  { kind: 'delivery-receipt', label: '送达回证' },
] as const;

export type PrintKind = (typeof PRINT_KINDS)[number]['kind'];

/** The address of a printable document: `#/print/<kind>/<tier>/<caseId>`. */
export function printPath(kind: PrintKind, tier: Tier, caseId: string): string {
  return `/print/${kind}/${tier}/${caseId}`;
}

/** Which documents a case has to print: those its steps so far have produced. */
export function printableKinds(c: { status: string; accepted: boolean; hadSupplementNotice: boolean }): PrintKind[] {
  const kinds: PrintKind[] = [];
  if (c.accepted) kinds.push('acceptance-notice');
  if (c.hadSupplementNotice) kinds.push('supplement-notice');
  if (c.status === 'NOT_ACCEPTED') kinds.push('refusal-notice');
  if (c.status === 'DELIVERED') kinds.push('delivery-receipt');
  return kinds;
}
