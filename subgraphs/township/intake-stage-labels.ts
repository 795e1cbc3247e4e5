/**
 * The intake stage names a township clerk reads, in the graph's messages and on the work board
 * alike (the page imports this file, so it has no imports of its own).
 */
export const INTAKE_STAGE_LABELS_ZH = {
  WAITING_FORWARD: '待转报',
  AT_COUNTY: '县级办理中',
  SUPPLEMENT_TO_COLLECT: '待收补正材料',
  READY_FOR_HANDOVER: '待送达',
  HANDED_OVER: '已送达',
  CLOSED: '已终止',
} as const;
