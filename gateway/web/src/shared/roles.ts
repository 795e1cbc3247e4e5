/** The staff roles of the graph and their names on the pages (no browser APIs: the unit tests read it). */
export type Role = 'COUNTY_ADMIN' | 'COUNTY_CLERK' | 'TOWNSHIP_CLERK' | 'SUPERVISOR' | 'VIEWER' | 'SERVICE';

export const ROLE_LABELS: Record<Role, string> = {
  COUNTY_ADMIN: '县中心管理员',
  COUNTY_CLERK: '县级部门窗口',
  TOWNSHIP_CLERK: '乡镇窗口',
  SUPERVISOR: '效能督查',
  VIEWER: '数据查看',
  SERVICE: '系统服务',
};
