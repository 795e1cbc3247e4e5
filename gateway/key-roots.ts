import { isQueryCode, parseCaseNumber, trackingKey } from '../subgraphs/shared/domain/case-number';

export interface KeyRoot {
  /** The entity the root field returns. */
  typename: string;
  /** The entity's key from the field's arguments; null when they cannot be a key. */
  key(args: Record<string, unknown>): Record<string, string> | null;
}

/**
 * Query fields whose whole answer is the key of an entity that both tiers extend. While the
 * subgraph owning such a root is unreachable, the gateway answers the key itself, so the other
 * tier still resolves its part: a county case tracks with the township down, the townships'
 * figures show with the county down. Each subgraph checks the key again where it arrives.
 */
export const KEY_ROOTS: Readonly<Record<string, KeyRoot>> = {
  trackCase: {
    typename: 'TrackedCase',
    key: (a) => {
      const k = trackingKey(a as { number?: string; queryCode?: string });
      return parseCaseNumber(k.number) && isQueryCode(k.queryCode) ? k : null;
    },
  },
  statistics: {
    typename: 'Statistics',
    key: (a) => (typeof a.from === 'string' && typeof a.to === 'string' ? { from: a.from, to: a.to } : null),
  },
};
