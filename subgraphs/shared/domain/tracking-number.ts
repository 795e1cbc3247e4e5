/** Express waybill numbers (快递单号) as clerks type them: short, letters, digits and hyphens only. */
import { DomainError } from './errors';

/** Longer than any carrier's waybill number; the column holds 60. */
const MAX_TRACKING_NUMBER = 40;

/** The trimmed waybill number; refuses an empty, oversize or odd-character one, naming the field. */
export function checkTrackingNumber(value: unknown): string {
  const t = typeof value === 'string' ? value.trim() : '';
  if (!t) {
    throw new DomainError('BAD_USER_INPUT', '邮寄送达须填写快递单号 trackingNumber (Enter the tracking number for delivery by express)', { field: 'trackingNumber' });
  }
  if (t.length > MAX_TRACKING_NUMBER || !/^[A-Za-z0-9-]+$/.test(t)) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `快递单号 trackingNumber 应为1–${MAX_TRACKING_NUMBER}位字母、数字或连字符“-” (A tracking number is 1–${MAX_TRACKING_NUMBER} letters, digits or "-")`,
      { field: 'trackingNumber', max: MAX_TRACKING_NUMBER },
    );
  }
  return t;
}
