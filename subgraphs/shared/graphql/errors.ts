import { GraphQLError } from 'graphql';

/** Stable `extensions.code` values clients may rely on. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'VERSION_CONFLICT'
  | 'ILLEGAL_TRANSITION'
  | 'REASON_REQUIRED'
  | 'MATERIALS_REQUIRED'
  | 'INVALID_ID_NUMBER'
  | 'INVALID_CREDIT_CODE'
  | 'INVALID_DEADLINE'
  | 'TEXT_TOO_LONG'
  | 'DUPLICATE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'UNIT_HAS_OPEN_WORK'
  | 'UNIT_INACTIVE'
  | 'NOT_DELEGABLE'
  | 'RATE_LIMITED'
  | 'ALREADY_REVIEWED'
  | 'REVIEW_NOT_OPEN'
  | 'ALREADY_EXTENDED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export function appError(code: ErrorCode, message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(details ? { details } : {}) } });
}

/** A part that needs another tier's service, which could not answer: names that tier for the pages. */
export const serviceUnavailable = (service: 'county' | 'township', message: string) =>
  new GraphQLError(message, { extensions: { code: 'SERVICE_UNAVAILABLE', service } });

export const badInput = (message: string, details?: Record<string, unknown>) => appError('BAD_USER_INPUT', message, details);
/** What `notFound` names, in the words a clerk uses. */
const RECORD_NAMES_ZH: Record<string, string> = {
  Case: '办件',
  'County case': '县级办件',
  'Township case': '乡镇办件',
  'County item': '县级事项',
  'Township item': '乡镇事项',
  Department: '部门',
  Township: '乡镇',
  'Village point': '村（社区）便民服务室',
  'Delegated intake': '委托受理件',
  'Delegated county case for intake': '委托受理件对应的县级办件',
  Complaint: '投诉',
  Review: '评价',
  'Supervision record': '督办记录',
};

export const notFound = (what: string, id: string) =>
  appError('NOT_FOUND', `未找到${RECORD_NAMES_ZH[what] ?? '记录'}：${id}，请核对编号 (${what} ${id} was not found)`, { id });
export const forbidden = (message = 'You are not allowed to do this (无权操作)') => appError('FORBIDDEN', message);
export const unauthenticated = (message = 'Sign-in required: send a valid bearer token (请先登录)') =>
  appError('UNAUTHENTICATED', message);
export const versionConflict = (id: string) =>
  appError('VERSION_CONFLICT', 'Someone else changed this case first; reload it and try again (办件已被他人更新)', { id });
