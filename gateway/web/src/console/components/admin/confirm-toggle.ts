/** Asks before a unit is deactivated (停用) or reactivated; resolves true when the administrator confirms. */
import { ElMessageBox } from 'element-plus';
import 'element-plus/es/components/message-box/style/css';

export async function confirmToggle(what: string, name: string, active: boolean): Promise<boolean> {
  const text = active
    ? `启用后，${name}将重新接收新的办件。确定启用吗？`
    : `停用后，${name}不再接收新的办件，也不能新增事项；已有办件和记录保留。确定停用吗？`;
  return ElMessageBox.confirm(text, `${active ? '启用' : '停用'}${what}`, {
    confirmButtonText: active ? '启用' : '停用',
    cancelButtonText: '取消',
    type: active ? 'info' : 'warning',
  })
    .then(() => true)
    .catch(() => false);
}
