/** 县级办件 and 乡镇办件: a unit's case list (a clerk's queue), with its filters. */
import { z } from 'zod';
import { defineList, type Column } from '../definition';
import { beijingMinute } from '../time';
import { CASE_CHANNEL_LABELS, label, WARNING_LEVEL_LABELS, yesNo } from '../labels';
import { caseStatuses, date, id, pageAt, text, warningLevels } from './common';

interface CaseRow {
  number: string;
  channel: string;
  statusLabel: string;
  expedited: boolean;
  receivedAt: string;
  item: { name: string };
  applicant: { name: string; idNumber: string; phone: string | null };
  deadline: { acceptedAt: string | null; dueDate: string | null; workingDaysLeft: number | null; workingDaysOverdue: number | null; warningLevel: string | null };
}
interface CountyCaseRow extends CaseRow {
  department: { name: string };
  originTownship: { name: string } | null;
}
interface TownshipCaseRow extends CaseRow {
  township: { name: string };
}

const CASE_FIELDS = `number channel statusLabel expedited receivedAt item { name } applicant { name idNumber phone }
  deadline { acceptedAt dueDate workingDaysLeft workingDaysOverdue warningLevel }`;

const commonFilter = {
  status: caseStatuses.optional(),
  itemId: id.optional(),
  overdue: z.boolean().optional(),
  expedited: z.boolean().optional(),
  acceptedFrom: date.optional(),
  acceptedTo: date.optional(),
  warning: warningLevels.optional(),
  number: z.string().max(40).optional(),
  applicantName: text.optional(),
  applicantIdNumber: z.string().max(18).optional(),
  channel: z.array(z.enum(['WINDOW', 'ONLINE'])).max(2).optional(),
};

const before = <R extends CaseRow>(): Column<R>[] => [
  { header: '办件编号', cell: (r) => r.number, width: 24 },
  { header: '事项', cell: (r) => r.item.name, width: 30 },
];
const after = <R extends CaseRow>(): Column<R>[] => [
  { header: '申请人', cell: (r) => r.applicant.name, width: 14 },
  { header: '证件号码', cell: (r) => r.applicant.idNumber, width: 22 },
  { header: '联系电话', cell: (r) => r.applicant.phone, width: 14 },
  { header: '状态', cell: (r) => r.statusLabel, width: 16 },
  { header: '收件时间', cell: (r) => beijingMinute(r.receivedAt), width: 17 },
  { header: '受理时间', cell: (r) => beijingMinute(r.deadline.acceptedAt), width: 17 },
  { header: '承诺期限', cell: (r) => r.deadline.dueDate, width: 12 },
  { header: '剩余工作日', cell: (r) => r.deadline.workingDaysLeft, width: 10 },
  { header: '超期工作日', cell: (r) => r.deadline.workingDaysOverdue, width: 10 },
  { header: '预警', cell: (r) => label(WARNING_LEVEL_LABELS, r.deadline.warningLevel), width: 8 },
  { header: '特事特办', cell: (r) => yesNo(r.expedited), width: 8 },
  { header: '来源', cell: (r) => label(CASE_CHANNEL_LABELS, r.channel), width: 10 },
];

const countyVariables = z.strictObject({
  filter: z.strictObject({ ...commonFilter, departmentId: id.optional(), delegated: z.boolean().optional(), originTownshipId: id.optional() }).optional(),
});
const acceptedPeriod = (v: { filter?: { acceptedFrom?: string; acceptedTo?: string } }) =>
  v.filter?.acceptedFrom || v.filter?.acceptedTo ? { from: v.filter.acceptedFrom, to: v.filter.acceptedTo } : null;

export const countyCases = defineList({
  name: 'county-cases',
  title: '县级办件',
  variables: countyVariables,
  period: acceptedPeriod,
  sources: [
    {
      document: `query ExportCountyCases($filter: CountyCaseFilter, $limit: Int!, $offset: Int!) {
        countyCases(filter: $filter, limit: $limit, offset: $offset) { total nodes { ${CASE_FIELDS} department { name } originTownship { name } } }
      }`,
      paged: true,
      variables: (v) => ({ filter: v.filter ?? null }),
      read: pageAt<CountyCaseRow>('countyCases'),
    },
  ],
  columns: [
    ...before<CountyCaseRow>(),
    { header: '部门', cell: (r) => r.department.name, width: 24 },
    ...after<CountyCaseRow>(),
    { header: '代收乡镇', cell: (r) => r.originTownship?.name ?? null, width: 12 },
  ],
});

const townshipVariables = z.strictObject({ filter: z.strictObject({ ...commonFilter, townshipId: id.optional() }).optional() });

export const townshipCases = defineList({
  name: 'township-cases',
  title: '乡镇办件',
  variables: townshipVariables,
  period: acceptedPeriod,
  sources: [
    {
      document: `query ExportTownshipCases($filter: TownshipCaseFilter, $limit: Int!, $offset: Int!) {
        townshipCases(filter: $filter, limit: $limit, offset: $offset) { total nodes { ${CASE_FIELDS} township { name } } }
      }`,
      paged: true,
      variables: (v) => ({ filter: v.filter ?? null }),
      read: pageAt<TownshipCaseRow>('townshipCases'),
    },
  ],
  columns: [...before<TownshipCaseRow>(), { header: '乡镇', cell: (r) => r.township.name, width: 12 }, ...after<TownshipCaseRow>()],
});
