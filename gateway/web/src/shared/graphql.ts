/** The graph's error vocabulary shared by the pages: stable codes in the clerk's words. */
import type { AnyVariables, CombinedError, OperationResult, OperationResultSource } from '@urql/core';

export interface GraphQLErrorItem {
  message: string;
  path?: (string | number)[];
  /** `service` names the tier that could not be reached (SERVICE_UNAVAILABLE). */
  extensions?: { code?: string; service?: string };
}

const MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: '登录已失效：令牌无效或已过期，请重新登录。',
  FORBIDDEN: '当前身份无权查看或办理此项内容。',
  NOT_FOUND: '没有找到对应的记录。',
  BAD_USER_INPUT: '填写的内容有误，请检查后再提交。',
  VERSION_CONFLICT: '该办件刚被他人更新，已为您刷新，请重新操作。',
  ILLEGAL_TRANSITION: '办件当前状态不允许此操作。',
  REASON_REQUIRED: '请填写原因或说明。',
  MATERIALS_REQUIRED: '补正材料不全，请收齐一次性告知的全部材料后再提交。',
  TEXT_TOO_LONG: '填写的文字超出长度限制。',
  RATE_LIMITED: '提交过于频繁，请稍后再试。',
  ALREADY_REVIEWED: '该办件已经评价过，每件只能评价一次。',
  REVIEW_NOT_OPEN: '办结或送达后方可评价。',
  SERVICE_UNAVAILABLE: '部分服务暂时无法连接，请稍后刷新。',
  NETWORK: '无法连接服务器，请检查网络后重试。',
};

export function messageFor(code: string): string {
  return MESSAGES[code] ?? '系统繁忙，请稍后重试。';
}

/** What the page says where a part is missing because a tier cannot be reached. */
export const TIER_UNAVAILABLE: Record<string, string> = { county: '县级服务暂不可用', township: '乡镇服务暂不可用' };

/** One error in the clerk's words: an unreachable tier is named, anything else by its code. */
export function messageForError(e: GraphQLErrorItem | undefined): string {
  const tier = e?.extensions?.code === 'SERVICE_UNAVAILABLE' ? TIER_UNAVAILABLE[e.extensions.service ?? ''] : undefined;
  return tier ?? messageFor(codeOf(e));
}

export const codeOf = (e: GraphQLErrorItem | undefined): string => e?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';

/**
 * The errors of an answer from the GraphQL client, one item each. Partial answers are normal in a
 * federated graph (one scope forbidden, one subgraph down): the errors come beside the data. An
 * answer that never arrived is NETWORK; an HTTP failure without GraphQL errors is named by status.
 */
export function errorItems(error: CombinedError | undefined | null): GraphQLErrorItem[] {
  if (!error) return [];
  if (error.graphQLErrors.length) {
    return error.graphQLErrors.map((e) => ({ message: e.message, path: e.path ? [...e.path] : undefined, extensions: e.extensions as GraphQLErrorItem['extensions'] }));
  }
  const status = (error.response as { status?: unknown } | undefined)?.status;
  const code = typeof status !== 'number' || status === 0 ? 'NETWORK' : status === 429 ? 'RATE_LIMITED' : 'INTERNAL_SERVER_ERROR';
  return [{ message: error.message, extensions: { code } }];
}

/** One operation's answer from the GraphQL client: the data that came (null when none) and the errors beside it. */
export interface Answer<T> {
  data: T | null;
  errors: GraphQLErrorItem[];
}

export async function answer<T>(result: OperationResultSource<OperationResult<T, AnyVariables>>): Promise<Answer<T>> {
  const r = await result.toPromise();
  return { data: r.data ?? null, errors: errorItems(r.error) };
}

/** The errors of a partial answer that concern one top-level field (or a path under it). */
export function errorsAt(errors: GraphQLErrorItem[], ...path: (string | number)[]): GraphQLErrorItem[] {
  return errors.filter((e) => path.every((p, i) => e.path?.[i] === p));
}

/** A fresh idempotency key for a creating mutation (SPEC §6: repeating it returns the first result). */
export function requestId(): string {
  // randomUUID exists only in secure contexts; an intranet may serve the pages over plain http.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
