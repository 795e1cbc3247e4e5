/** 督办记录: the efficiency office's supervision records, newest first. */
import { z } from 'zod';
import { defineList } from '../definition';
import { beijingMinute } from '../time';
import { label, SUPERVISION_ORIGIN_LABELS, SUPERVISION_STATUS_LABELS, TIER_LABELS, UNIT_TYPE_LABELS } from '../labels';
import { id, pageAt } from './common';

interface SupervisionRow {
  number: string;
  origin: string;
  status: string;
  caseTier: string | null;
  caseNumber: string | null;
  unitType: string;
  unitName: string;
  reason: string;
  openedAt: string;
  openedByName: string;
  feedback: string | null;
  closedAt: string | null;
  closedByName: string | null;
}

export const supervisionRecords = defineList({
  name: 'supervision-records',
  title: '督办记录',
  variables: z.strictObject({
    filter: z
      .strictObject({
        status: z.enum(['OPEN', 'CLOSED']).optional(),
        origin: z.enum(['AUTO', 'MANUAL']).optional(),
        unitType: z.enum(['DEPARTMENT', 'TOWNSHIP']).optional(),
        unitId: id.optional(),
        caseTier: z.enum(['COUNTY', 'TOWNSHIP']).optional(),
      })
      .optional(),
  }),
  sources: [
    {
      document: `query ExportSupervisionRecords($filter: SupervisionFilter, $limit: Int!, $offset: Int!) {
        supervisionRecords(filter: $filter, limit: $limit, offset: $offset) {
          total
          nodes { number origin status caseTier caseNumber unitType unitName reason openedAt openedByName feedback closedAt closedByName }
        }
      }`,
      paged: true,
      variables: (v) => ({ filter: v.filter ?? null }),
      read: pageAt<SupervisionRow>('supervisionRecords'),
    },
  ],
  columns: [
    { header: '督办编号', cell: (r) => r.number, width: 18 },
    { header: '督办方式', cell: (r) => label(SUPERVISION_ORIGIN_LABELS, r.origin), width: 10 },
    { header: '状态', cell: (r) => label(SUPERVISION_STATUS_LABELS, r.status), width: 8 },
    { header: '办件层级', cell: (r) => label(TIER_LABELS, r.caseTier), width: 8 },
    { header: '办件编号', cell: (r) => r.caseNumber, width: 24 },
    { header: '责任单位类型', cell: (r) => label(UNIT_TYPE_LABELS, r.unitType), width: 10 },
    { header: '责任单位', cell: (r) => r.unitName, width: 24 },
    { header: '督办事由', cell: (r) => r.reason, width: 40 },
    { header: '督办时间', cell: (r) => beijingMinute(r.openedAt), width: 17 },
    { header: '督办人', cell: (r) => r.openedByName, width: 10 },
    { header: '反馈意见', cell: (r) => r.feedback, width: 40 },
    { header: '反馈时间', cell: (r) => beijingMinute(r.closedAt), width: 17 },
    { header: '反馈人', cell: (r) => r.closedByName, width: 10 },
  ],
});
