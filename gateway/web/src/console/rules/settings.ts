/** 系统设置: each county setting, the rule it drives in one sentence, its bounds and what the form sends. Pure. */

export type SettingKey = 'yellowDaysLeft' | 'yellowUsedFraction' | 'maxPromisedShare' | 'forwardingLimitMinutes' | 'complaintHandlingDays' | 'rectificationDays';

export type CountySettingsValues = Record<SettingKey, number>;

export interface SettingField {
  key: SettingKey;
  label: string;
  unit: string;
  /** Bounds the graph accepts, in the form's unit (percent for shares). */
  min: number;
  max: number;
  step: number;
  /** Whole numbers only. */
  integer: boolean;
  /** Shown and edited as a percent, sent as a share from 0 to 1. */
  percent?: boolean;
  /** The rule it drives, with the value in it. */
  rule: (v: number) => string;
}

export const SETTING_FIELDS: SettingField[] = [
  { key: 'yellowDaysLeft', label: '黄灯：剩余工作日', unit: '天', min: 0, max: 10, step: 1, integer: true, rule: (v) => `剩余工作日 ≤ ${v} 天时亮黄灯。` },
  { key: 'yellowUsedFraction', label: '黄灯：已用时限占比', unit: '%', min: 1, max: 100, step: 1, integer: false, percent: true, rule: (v) => `已用工作日达到承诺时限的 ${v}% 时亮黄灯。` },
  { key: 'maxPromisedShare', label: '承诺时限上限', unit: '%', min: 1, max: 100, step: 1, integer: false, percent: true, rule: (v) => `事项承诺时限超过法定时限的 ${v}% 时提示警告。` },
  { key: 'forwardingLimitMinutes', label: '委托受理转报时限', unit: '分钟', min: 10, max: 2400, step: 10, integer: true, rule: (v) => `乡镇受理后 ${v} 分钟（按工作时间计）内未转报县级即提示超时。` },
  { key: 'complaintHandlingDays', label: '投诉办理时限', unit: '个工作日', min: 1, max: 30, step: 1, integer: true, rule: (v) => `效能投诉须在 ${v} 个工作日内办结。` },
  { key: 'rectificationDays', label: '差评整改时限', unit: '个工作日', min: 1, max: 30, step: 1, integer: true, rule: (v) => `收到差评后须在 ${v} 个工作日内整改。` },
];

/** A share as the form shows it: a percent with at most two decimals (2/3 → 66.67). */
export const toPercent = (share: number): number => Math.round(share * 10000) / 100;

/** The graph's values as the form edits them. */
export function formValues(s: CountySettingsValues): CountySettingsValues {
  const out = { ...s };
  for (const f of SETTING_FIELDS) if (f.percent) out[f.key] = toPercent(s[f.key]);
  return out;
}

/** Why a field's value cannot be sent, or null. */
export function settingProblem(f: SettingField, v: number | null | undefined): string | null {
  if (v === null || v === undefined || typeof v !== 'number' || Number.isNaN(v)) return `请填写${f.label}。`;
  if (f.integer && !Number.isInteger(v)) return `${f.label}须为整数。`;
  if (v < f.min || v > f.max) return `${f.label}应在 ${f.min}–${f.max}${f.unit} 之间。`;
  return null;
}

/**
 * What the form sends: shares back from percents; a percent left as shown keeps the stored share
 * exactly (2/3 stays 2/3 rather than becoming 0.6667), so saving one field changes only that field.
 */
export function settingsInput(form: CountySettingsValues, stored: CountySettingsValues): CountySettingsValues {
  const out = { ...form };
  for (const f of SETTING_FIELDS) {
    if (!f.percent) continue;
    out[f.key] = form[f.key] === toPercent(stored[f.key]) ? stored[f.key] : form[f.key] / 100;
  }
  return out;
}
