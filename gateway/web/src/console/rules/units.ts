/**
 * The forms of the units an administrator keeps: departments (部门/窗口), townships (乡镇) and
 * village points (村便民服务室) — their fields, checks and what the graph's refusals say. Pure.
 */

/** One text field of a unit form. */
export interface UnitField {
  key: string;
  label: string;
  placeholder?: string;
}

export type UnitForm = Record<string, string>;

const length = (v: string | undefined, label: string, max: number) => {
  const t = (v ?? '').trim();
  return !t ? `请填写${label}` : t.length > max ? `${label}不超过${max}字` : null;
};

export const DEPARTMENT_FIELDS: UnitField[] = [
  { key: 'code', label: '部门代码', placeholder: '2–8位大写字母，如 SCJG' },
  { key: 'name', label: '部门名称', placeholder: '如 临江县市场监督管理局' },
  { key: 'shortName', label: '简称', placeholder: '如 市场监管局' },
  { key: 'window', label: '窗口', placeholder: '如 A区1–3号窗口' },
  { key: 'phone', label: '咨询电话' },
];

export function departmentProblems(f: UnitForm): Record<string, string | null> {
  return {
    code: !/^[A-Z]{2,8}$/.test((f.code ?? '').trim().toUpperCase()) ? '部门代码应为2–8位大写字母' : null,
    name: length(f.name, '部门名称', 100),
    shortName: length(f.shortName, '简称', 40),
    window: length(f.window, '窗口', 100),
    phone: length(f.phone, '咨询电话', 30),
  };
}

export const TOWNSHIP_FIELDS: UnitField[] = [
  { key: 'divisionCode', label: '区划代码', placeholder: '9位数字，如 511099101' },
  { key: 'name', label: '乡镇名称', placeholder: '如 河口镇' },
  { key: 'address', label: '便民服务中心地址' },
  { key: 'phone', label: '咨询电话' },
];

export function townshipProblems(f: UnitForm): Record<string, string | null> {
  return {
    divisionCode: !/^\d{9}$/.test((f.divisionCode ?? '').trim()) ? '区划代码应为9位数字' : null,
    name: length(f.name, '乡镇名称', 50),
    address: length(f.address, '地址', 200),
    phone: length(f.phone, '咨询电话', 30),
  };
}

export const VILLAGE_FIELDS: UnitField[] = [
  { key: 'code', label: '村（社区）代码', placeholder: '乡镇区划代码加3位数字' },
  { key: 'name', label: '名称', placeholder: '如 河口村便民服务室' },
];

/** A village point's code is its township's division code followed by 3 digits. */
export function villageProblems(f: UnitForm, divisionCode: string): Record<string, string | null> {
  const code = (f.code ?? '').trim();
  return {
    code: !/^\d{12}$/.test(code) || !code.startsWith(divisionCode) ? `代码应为本乡镇区划代码 ${divisionCode} 加3位数字` : null,
    name: length(f.name, '名称', 50),
  };
}

/** The form's values as the graph's input: trimmed, a department code in capitals. */
export function unitInput(f: UnitForm): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(f)) out[k] = (v ?? '').trim();
  if ('shortName' in out) out.code = out.code.toUpperCase();
  return out;
}

/** The Chinese part of a graph message ("中文说明 (English words)"), for a message box. */
export function chinesePart(message: string): string {
  const cut = message.search(/\s\([A-Za-z][^()]*\)\s*$/);
  return (cut > 0 ? message.slice(0, cut) : message).trim();
}

/** 已启用 / 已停用 for a unit's state. */
export const activeLabel = (active: boolean) => (active ? '启用' : '已停用');
