/** 县级好差评 and 乡镇好差评: reviews with where their rectification (整改) stands. */
import { z } from 'zod';
import { defineList, type Column } from '../definition';
import { beijingMinute } from '../time';
import { yesNo } from '../labels';
import { date, id, pageAt } from './common';

interface ReviewRow {
  caseNumber: string;
  item: { name: string };
  level: number;
  levelLabel: string;
  comment: string | null;
  reviewedAt: string;
  rectification: { statusLabel: string; dueDate: string; overdue: boolean; workingDaysOverdue: number; rectifiedAt: string | null; rectificationNote: string | null } | null;
}

const RECTIFICATION = ['NONE', 'PENDING', 'RECTIFYING', 'RECTIFIED', 'INVALID', 'CANNOT_RECTIFY'] as const;
const filter = {
  level: z.array(z.number().int().min(1).max(5)).max(5).optional(),
  rectificationStatus: z.array(z.enum(RECTIFICATION)).max(6).optional(),
  overdue: z.boolean().optional(),
  reviewedFrom: date.optional(),
  reviewedTo: date.optional(),
};
const reviewPeriod = (v: { filter?: { reviewedFrom?: string; reviewedTo?: string } }) =>
  v.filter?.reviewedFrom || v.filter?.reviewedTo ? { from: v.filter.reviewedFrom, to: v.filter.reviewedTo } : null;
const FIELDS = `caseNumber item { name } level levelLabel comment reviewedAt
  rectification { statusLabel dueDate overdue workingDaysOverdue rectifiedAt rectificationNote }`;

function columns<R extends ReviewRow>(unit: Column<R>): Column<R>[] {
  return [
    { header: '办件编号', cell: (r) => r.caseNumber, width: 24 },
    unit,
    { header: '事项', cell: (r) => r.item.name, width: 30 },
    { header: '评价等级', cell: (r) => r.levelLabel, width: 10 },
    { header: '评价内容', cell: (r) => r.comment, width: 40 },
    { header: '评价时间', cell: (r) => beijingMinute(r.reviewedAt), width: 17 },
    { header: '整改状态', cell: (r) => r.rectification?.statusLabel ?? '无需整改', width: 10 },
    { header: '整改期限', cell: (r) => r.rectification?.dueDate ?? null, width: 12 },
    { header: '整改超期', cell: (r) => yesNo(r.rectification?.overdue), width: 8 },
    { header: '超期工作日', cell: (r) => r.rectification?.workingDaysOverdue ?? null, width: 10 },
    { header: '整改完成时间', cell: (r) => beijingMinute(r.rectification?.rectifiedAt), width: 17 },
    { header: '整改情况', cell: (r) => r.rectification?.rectificationNote ?? null, width: 30 },
  ];
}

type CountyReviewRow = ReviewRow & { department: { name: string } };
type TownshipReviewRow = ReviewRow & { township: { name: string } };

export const countyReviews = defineList({
  name: 'county-reviews',
  title: '县级好差评',
  variables: z.strictObject({ filter: z.strictObject({ ...filter, departmentId: id.optional() }).optional() }),
  period: reviewPeriod,
  sources: [
    {
      document: `query ExportCountyReviews($filter: CountyReviewFilter, $limit: Int!, $offset: Int!) {
        countyReviews(filter: $filter, limit: $limit, offset: $offset) { total nodes { ${FIELDS} department { name } } }
      }`,
      paged: true,
      variables: (v) => ({ filter: v.filter ?? null }),
      read: pageAt<CountyReviewRow>('countyReviews'),
    },
  ],
  columns: columns<CountyReviewRow>({ header: '部门', cell: (r) => r.department.name, width: 24 }),
});

export const townshipReviews = defineList({
  name: 'township-reviews',
  title: '乡镇好差评',
  variables: z.strictObject({ filter: z.strictObject({ ...filter, townshipId: id.optional() }).optional() }),
  period: reviewPeriod,
  sources: [
    {
      document: `query ExportTownshipReviews($filter: TownshipReviewFilter, $limit: Int!, $offset: Int!) {
        townshipReviews(filter: $filter, limit: $limit, offset: $offset) { total nodes { ${FIELDS} township { name } } }
      }`,
      paged: true,
      variables: (v) => ({ filter: v.filter ?? null }),
      read: pageAt<TownshipReviewRow>('townshipReviews'),
    },
  ],
  columns: columns<TownshipReviewRow>({ header: '乡镇', cell: (r) => r.township.name, width: 12 }),
});
