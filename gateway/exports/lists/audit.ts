/** 县级操作日志 and 乡镇操作日志: the append-only audit logs of administrative changes, newest first. */
import { z } from 'zod';
import { defineList, type Column } from '../definition';
import { beijingMinute } from '../time';
import { AUDIT_ENTITY_LABELS, auditActionLabel, label, ROLE_LABELS } from '../labels';
import { date, pageAt, text } from './common';

interface AuditRow {
  at: string;
  actorName: string;
  actorRole: string;
  actorUnitId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  changes: { field: string; before: string | null; after: string | null }[];
}

const ENTITY_TYPES = Object.keys(AUDIT_ENTITY_LABELS) as [string, ...string[]];

const variables = z.strictObject({
  filter: z
    .strictObject({
      actorId: text.optional(),
      actorRole: text.optional(),
      entityType: z.enum(ENTITY_TYPES).optional(),
      entityId: text.optional(),
      from: date.optional(),
      to: date.optional(),
    })
    .optional(),
});

/** `promisedDays: 5 → 3；name: "旧" → "新"` — each change's JSON as the graph gives it. */
export function changesText(changes: AuditRow['changes']): string {
  return changes.map((c) => `${c.field}: ${c.before ?? '（无）'} → ${c.after ?? '（无）'}`).join('；');
}

const columns: Column<AuditRow>[] = [
  { header: '时间', cell: (r) => beijingMinute(r.at), width: 17 },
  { header: '操作人', cell: (r) => r.actorName, width: 12 },
  { header: '角色', cell: (r) => label(ROLE_LABELS, r.actorRole), width: 12 },
  { header: '对象类型', cell: (r) => label(AUDIT_ENTITY_LABELS, r.entityType), width: 12 },
  { header: '对象', cell: (r) => r.entityId, width: 38 },
  { header: '操作', cell: (r) => auditActionLabel(r.action, r.entityType), width: 12 },
  { header: '变更内容', cell: (r) => changesText(r.changes), width: 60 },
];

const FIELDS = 'at actorName actorRole actorUnitId entityType entityId action changes { field before after }';
const auditPeriod = (v: z.infer<typeof variables>) => (v.filter?.from || v.filter?.to ? { from: v.filter.from, to: v.filter.to } : null);

export const countyAuditLog = defineList({
  name: 'county-audit-log',
  title: '县级操作日志',
  variables,
  period: auditPeriod,
  sources: [
    {
      document: `query ExportCountyAuditLog($filter: AuditLogFilter, $limit: Int!, $offset: Int!) {
        countyAuditLog(filter: $filter, limit: $limit, offset: $offset) { total nodes { ${FIELDS} } }
      }`,
      paged: true,
      variables: (v) => ({ filter: v.filter ?? null }),
      read: pageAt<AuditRow>('countyAuditLog'),
    },
  ],
  columns,
});

export const townshipAuditLog = defineList({
  name: 'township-audit-log',
  title: '乡镇操作日志',
  variables,
  period: auditPeriod,
  sources: [
    {
      document: `query ExportTownshipAuditLog($filter: AuditLogFilter, $limit: Int!, $offset: Int!) {
        townshipAuditLog(filter: $filter, limit: $limit, offset: $offset) { total nodes { ${FIELDS} } }
      }`,
      paged: true,
      variables: (v) => ({ filter: v.filter ?? null }),
      read: pageAt<AuditRow>('townshipAuditLog'),
    },
  ],
  columns,
});
