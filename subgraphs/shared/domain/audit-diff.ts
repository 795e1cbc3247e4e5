/**
 * The "before → after" of an administrative change, as the audit log keeps it: only the fields
 * that differ, each with its old and new value as plain JSON. Pure: no ORM, GraphQL or I/O.
 */

export type AuditJson = string | number | boolean | null | AuditJson[] | { [key: string]: AuditJson };

export interface AuditFieldChange {
  field: string;
  before: AuditJson;
  after: AuditJson;
}

/** Fields that change with every save and say nothing about what the administrator changed. */
export const AUDIT_IGNORED_FIELDS: readonly string[] = ['updatedAt', 'requestHash'];

/** A value as JSON: dates as ISO instants, undefined as null, object keys sorted. */
export function auditJson(v: unknown): AuditJson {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(auditJson);
  if (typeof v === 'object') {
    const out: { [key: string]: AuditJson } = {};
    for (const k of Object.keys(v as object).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = auditJson(x);
    }
    return out;
  }
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

const same = (a: AuditJson, b: AuditJson) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields that differ between `before` and `after` (null before: a creation, every field of
 * `after`; null after: a removal, every field of `before`), in field-name order.
 */
export function auditChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  ignored: readonly string[] = AUDIT_IGNORED_FIELDS,
): AuditFieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: AuditFieldChange[] = [];
  for (const field of [...fields].sort()) {
    if (ignored.includes(field)) continue;
    const b = auditJson(before?.[field]);
    const a = auditJson(after?.[field]);
    if (!same(b, a)) changes.push({ field, before: b, after: a });
  }
  return changes;
}
