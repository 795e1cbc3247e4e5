/** 县级否定报备 and 乡镇否定报备: every refusal and rejection of a period, with its reason, unit and clerk. */
import { z } from 'zod';
import { defineList, type Column } from '../definition';
import { beijingMinute } from '../time';
import { label, REFUSAL_KIND_LABELS } from '../labels';
import { date, id, pageAt } from './common';

interface RefusalRow {
  kind: string;
  reason: string;
  unitName: string;
  clerkName: string;
  refusedAt: string;
  case: { number: string; item: { name: string }; applicant: { name: string } };
}

const FIELDS = 'kind reason unitName clerkName refusedAt case { number item { name } applicant { name } }';

const columns: Column<RefusalRow>[] = [
  { header: '办件编号', cell: (r) => r.case.number, width: 24 },
  { header: '事项', cell: (r) => r.case.item.name, width: 30 },
  { header: '申请人', cell: (r) => r.case.applicant.name, width: 14 },
  { header: '类型', cell: (r) => label(REFUSAL_KIND_LABELS, r.kind), width: 10 },
  { header: '理由', cell: (r) => r.reason, width: 40 },
  { header: '单位', cell: (r) => r.unitName, width: 24 },
  { header: '经办人', cell: (r) => r.clerkName, width: 10 },
  { header: '时间', cell: (r) => beijingMinute(r.refusedAt), width: 17 },
];

export const countyRefusals = defineList({
  name: 'county-refusals',
  title: '县级否定报备',
  variables: z.strictObject({ from: date, to: date, departmentId: id.optional() }),
  period: (v) => v,
  sources: [
    {
      document: `query ExportCountyRefusals($from: Date!, $to: Date!, $departmentId: ID, $limit: Int!, $offset: Int!) {
        countyRefusalReports(from: $from, to: $to, departmentId: $departmentId, limit: $limit, offset: $offset) { total nodes { ${FIELDS} } }
      }`,
      paged: true,
      variables: (v) => ({ from: v.from, to: v.to, departmentId: v.departmentId ?? null }),
      read: pageAt<RefusalRow>('countyRefusalReports'),
    },
  ],
  columns,
});

export const townshipRefusals = defineList({
  name: 'township-refusals',
  title: '乡镇否定报备',
  variables: z.strictObject({ from: date, to: date, townshipId: id.optional() }),
  period: (v) => v,
  sources: [
    {
      document: `query ExportTownshipRefusals($from: Date!, $to: Date!, $townshipId: ID, $limit: Int!, $offset: Int!) {
        townshipRefusalReports(from: $from, to: $to, townshipId: $townshipId, limit: $limit, offset: $offset) { total nodes { ${FIELDS} } }
      }`,
      paged: true,
      variables: (v) => ({ from: v.from, to: v.to, townshipId: v.townshipId ?? null }),
      read: pageAt<RefusalRow>('townshipRefusalReports'),
    },
  ],
  columns,
});
