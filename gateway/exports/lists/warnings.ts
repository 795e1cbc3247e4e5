/**
 * 预警办件: open cases at a yellow or red light, with their supervision — both tiers (the dashboard's
 * list) or, as the 预警 page shows them, one tier with its unit and item.
 */
import { z } from 'zod';
import { defineList } from '../definition';
import { label, supervisionText, TIER_LABELS, WARNING_LEVEL_LABELS } from '../labels';
import { id, pageAt } from './common';

interface WarningRow {
  tier: 'COUNTY' | 'TOWNSHIP';
  number: string;
  statusLabel: string;
  deadline: { warningLevel: string | null; dueDate: string | null; workingDaysLeft: number | null };
  supervision: { number: string; status: 'OPEN' | 'CLOSED'; origin: 'AUTO' | 'MANUAL' } | null;
  item: { name: string };
  unitName: string;
}

const FIELDS = 'number statusLabel deadline { warningLevel dueDate workingDaysLeft } supervision { number status origin } item { name }';
type Node = Omit<WarningRow, 'tier' | 'unitName'>;

const variables = z
  .strictObject({
    levels: z.array(z.enum(['YELLOW', 'RED'])).min(1).max(2).optional(),
    tier: z.enum(['COUNTY', 'TOWNSHIP']).optional(),
    /** The department (county) or township (township) of the tier. */
    unitId: id.optional(),
    itemId: id.optional(),
  })
  .refine((v) => v.tier || (!v.unitId && !v.itemId), { message: '按单位或事项导出时须指明层级 tier', path: ['tier'] });
type Variables = z.infer<typeof variables>;
const levels = (v: Variables) => ({ warning: v.levels ?? ['YELLOW', 'RED'], ...(v.itemId ? { itemId: v.itemId } : {}) });
const unit = (v: Variables, field: 'departmentId' | 'townshipId') => (v.unitId ? { [field]: v.unitId } : {});

export const warnings = defineList({
  name: 'warnings',
  title: '预警办件',
  variables,
  sources: [
    {
      document: `query ExportCountyWarnings($filter: CountyCaseFilter, $limit: Int!, $offset: Int!) {
        countyCases(filter: $filter, limit: $limit, offset: $offset) { total nodes { ${FIELDS} department { shortName } } }
      }`,
      paged: true,
      skip: (v) => v.tier === 'TOWNSHIP',
      variables: (v) => ({ filter: { ...levels(v), ...unit(v, 'departmentId') } }),
      read: (data) => {
        const page = pageAt<Node & { department: { shortName: string } }>('countyCases')(data);
        return { total: page.total, rows: page.rows.map((n) => ({ ...n, tier: 'COUNTY' as const, unitName: n.department.shortName })) };
      },
    },
    {
      document: `query ExportTownshipWarnings($filter: TownshipCaseFilter, $limit: Int!, $offset: Int!) {
        townshipCases(filter: $filter, limit: $limit, offset: $offset) { total nodes { ${FIELDS} township { name } } }
      }`,
      paged: true,
      skip: (v) => v.tier === 'COUNTY',
      variables: (v) => ({ filter: { ...levels(v), ...unit(v, 'townshipId') } }),
      read: (data) => {
        const page = pageAt<Node & { township: { name: string } }>('townshipCases')(data);
        return { total: page.total, rows: page.rows.map((n) => ({ ...n, tier: 'TOWNSHIP' as const, unitName: n.township.name })) };
      },
    },
  ],
  columns: [
    { header: '预警', cell: (r: WarningRow) => label(WARNING_LEVEL_LABELS, r.deadline.warningLevel), width: 8 },
    { header: '层级', cell: (r) => label(TIER_LABELS, r.tier), width: 8 },
    { header: '办件编号', cell: (r) => r.number, width: 24 },
    { header: '事项', cell: (r) => r.item.name, width: 30 },
    { header: '责任单位', cell: (r) => r.unitName, width: 14 },
    { header: '状态', cell: (r) => r.statusLabel, width: 16 },
    { header: '承诺办结', cell: (r) => r.deadline.dueDate, width: 12 },
    { header: '剩余工作日', cell: (r) => r.deadline.workingDaysLeft, width: 10 },
    // Viewers read figures, not supervision records: their empty cell must not read as 未督办.
    { header: '督办', cell: (r, who) => (who.role === 'VIEWER' ? null : supervisionText(r.supervision)), width: 14 },
    { header: '督办编号', cell: (r) => r.supervision?.number ?? null, width: 18 },
  ],
});
