/** What each error code means to a clerk, in Chinese (README's error-code table says the same). */
const CODE_ZH: Record<string, string> = {
  BAD_USER_INPUT: '输入不符合规则',
  NOT_FOUND: '未找到所指记录',
  FORBIDDEN: '无权操作',
  UNAUTHENTICATED: '未登录或登录已失效',
  VERSION_CONFLICT: '记录已被他人更新，请刷新后重试',
  ILLEGAL_TRANSITION: '当前状态不能进行该操作',
  REASON_REQUIRED: '须说明理由',
  MATERIALS_REQUIRED: '必要材料不全',
  INVALID_ID_NUMBER: '身份证号码校验不通过',
  INVALID_CREDIT_CODE: '统一社会信用代码校验不通过',
  INVALID_DEADLINE: '时限不合规则',
  TEXT_TOO_LONG: '文字超过长度上限',
  DUPLICATE: '编号已被使用',
  IDEMPOTENCY_KEY_REUSED: '同一请求编号不能用于内容不同的提交',
  UNIT_HAS_OPEN_WORK: '该单位尚有未办结的办件，不能停用',
  UNIT_INACTIVE: '该单位已停用，不能收件或新增事项',
  NOT_DELEGABLE: '该事项未委托本乡镇受理',
  RATE_LIMITED: '请求过于频繁，请稍后再试',
  SERVICE_UNAVAILABLE: '部分服务暂不可用',
  GRAPHQL_VALIDATION_FAILED: '查询不符合接口定义或超出限制',
  GRAPHQL_PARSE_FAILED: '查询无法解析',
  OPERATION_RESOLUTION_FAILURE: '无法确定要执行的操作',
  BAD_REQUEST: '请求格式有误',
};

const HAS_CHINESE = /[\u4e00-\u9fff]/;

/**
 * Every message a clerk may read is in Chinese: one written without Chinese (a rare check, or a
 * library's own words) is led by what its code means, the original words kept beside it.
 */
export function chineseFirst(code: unknown, message: string): string {
  if (HAS_CHINESE.test(message)) return message;
  const zh = (typeof code === 'string' && CODE_ZH[code]) || '请求未能完成';
  return `${zh}（${message}）`;
}
