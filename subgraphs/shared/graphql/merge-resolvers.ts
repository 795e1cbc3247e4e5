/**
 * Merges the resolver maps of several feature modules (each typed with the subgraph's generated
 * `Resolvers`) into one. Two modules defining the same field is a programming error, reported at
 * start-up rather than silently overwritten.
 */
export function mergeResolvers<R extends object>(...maps: R[]): R {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const target = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields as object)) {
        if (field in target) throw new Error(`Resolver ${type}.${field} is defined twice`);
        target[field] = resolver;
      }
    }
  }
  return merged as R;
}
