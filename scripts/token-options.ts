import { isRole, ROLES, type Principal } from '../subgraphs/shared/auth/principal';
import { isUuid, stableId } from '../subgraphs/shared/db/ids';

export class TokenOptionsError extends Error {}

/**
 * Turns `--role TOWNSHIP_CLERK --township 511099101` into a principal. A township may be given by
 * id or by division code, a department by id or by code (the demo data derives ids from codes).
 */
export function principalFromOptions(o: Record<string, string | undefined>): Principal {
  const role = o.role?.toUpperCase();
  if (!isRole(role)) throw new TokenOptionsError(`--role must be one of ${ROLES.join(', ')}`);
  const p: Principal = { role, userId: o.user ?? `dev-${role.toLowerCase()}`, name: o.name ?? DEFAULT_NAMES[role] };
  if (role === 'TOWNSHIP_CLERK') {
    if (!o.township) throw new TokenOptionsError('A TOWNSHIP_CLERK token needs --township <id or division code>');
    p.townshipId = isUuid(o.township) ? o.township : stableId('township', o.township);
  }
  if (role === 'COUNTY_CLERK') {
    if (!o.department) throw new TokenOptionsError('A COUNTY_CLERK token needs --department <id or code, e.g. SCJG>');
    p.departmentId = isUuid(o.department) ? o.department : stableId('department', o.department.toUpperCase());
  }
  return p;
}

const DEFAULT_NAMES: Record<string, string> = {
  COUNTY_ADMIN: '县中心管理员',
  COUNTY_CLERK: '县窗口人员',
  TOWNSHIP_CLERK: '乡镇窗口人员',
  SUPERVISOR: '效能督查员',
  VIEWER: '数据大屏',
  SERVICE: '系统服务',
};
