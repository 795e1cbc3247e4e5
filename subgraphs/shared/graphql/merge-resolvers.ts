/** A resolver map: type name → field name → resolver. */
export type ResolverMap = Record<string, Record<string, unknown>>;

/**
 * Merges the resolver maps of several feature modules into one. Two modules defining the same
 * field is a programming error, reported at start-up rather than silently overwritten.
 */
export function mergeResolvers(...maps: ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const target = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in target) throw new Error(`Resolver ${type}.${field} is defined twice`);
        target[field] = resolver;
      }
    }
  }
  return merged;
}
