/** 效能投诉: complaints the caller may read, newest first; complainants masked as the graph masks them. */
import { z } from 'zod';
import { defineList } from '../definition';
import { beijingMinute } from '../time';
import { label, UNIT_TYPE_LABELS, yesNo } from '../labels';
import { date, id, pageAt } from './common';

interface ComplaintRow {
  number: string;
  channelLabel: string;
  unitType: string;
  unitName: string;
  caseNumber: string | null;
  complainant: { name: string; phone: string | null };
  text: string;
  statusLabel: string;
  filedAt: string;
  dueDate: string;
  overdue: boolean;
  extended: boolean;
  unitFeedback: string | null;
  resultNote: string | null;
  closedAt: string | null;
}

const variables = z.strictObject({
  filter: z
    .strictObject({
      status: z.array(z.enum(['RECEIVED', 'HANDLING', 'CLOSED', 'DISMISSED'])).max(4).optional(),
      channel: z.array(z.enum(['WINDOW', 'PUBLIC_FORM', 'HOTLINE_12345', 'OTHER_HOTLINE', 'MAILBOX', 'LETTER'])).max(6).optional(),
      unitType: z.enum(['DEPARTMENT', 'TOWNSHIP']).optional(),
      unitId: id.optional(),
      overdue: z.boolean().optional(),
      filedFrom: date.optional(),
      filedTo: date.optional(),
    })
    .optional(),
});

export const complaints = defineList({
  name: 'complaints',
  title: '效能投诉',
  variables,
  period: (v) => (v.filter?.filedFrom || v.filter?.filedTo ? { from: v.filter.filedFrom, to: v.filter.filedTo } : null),
  sources: [
    {
      document: `query ExportComplaints($filter: ComplaintFilter, $limit: Int!, $offset: Int!) {
        complaints(filter: $filter, limit: $limit, offset: $offset) {
          total
          nodes { number channelLabel unitType unitName caseNumber complainant { name phone } text statusLabel filedAt dueDate overdue extended unitFeedback resultNote closedAt }
        }
      }`,
      paged: true,
      variables: (v) => ({ filter: v.filter ?? null }),
      read: pageAt<ComplaintRow>('complaints'),
    },
  ],
  columns: [
    { header: '投诉编号', cell: (r) => r.number, width: 18 },
    { header: '来源渠道', cell: (r) => r.channelLabel, width: 12 },
    { header: '被投诉单位类型', cell: (r) => label(UNIT_TYPE_LABELS, r.unitType), width: 10 },
    { header: '被投诉单位', cell: (r) => r.unitName, width: 24 },
    { header: '办件编号', cell: (r) => r.caseNumber, width: 24 },
    { header: '投诉人', cell: (r) => r.complainant.name, width: 10 },
    { header: '联系电话', cell: (r) => r.complainant.phone, width: 14 },
    { header: '投诉内容', cell: (r) => r.text, width: 40 },
    { header: '状态', cell: (r) => r.statusLabel, width: 10 },
    { header: '投诉时间', cell: (r) => beijingMinute(r.filedAt), width: 17 },
    { header: '办理期限', cell: (r) => r.dueDate, width: 12 },
    { header: '已延期', cell: (r) => yesNo(r.extended), width: 8 },
    { header: '超期', cell: (r) => yesNo(r.overdue), width: 8 },
    { header: '单位反馈', cell: (r) => r.unitFeedback, width: 30 },
    { header: '办理结果', cell: (r) => r.resultNote, width: 30 },
    { header: '办结时间', cell: (r) => beijingMinute(r.closedAt), width: 17 },
  ],
});
