/** Deadline rules of the item catalog (SPEC §4.1): promised ≤ legal, and county policy ≤ 50% of legal. */
import { ItemKind, isItemKind } from './deadline';
import { DomainError } from './errors';
import { requireInteger } from './guards';

/** Long enough for any statute; anything beyond is a typing error. */
const MAX_ITEM_DAYS = 3650;

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

export function checkItemDeadlines(input: {
  kind: ItemKind;
  legalDays: number;
  promisedDays: number;
  maxPromisedShare?: number;
}): { warnings: string[] } {
  const { kind, maxPromisedShare = 0.5 } = input;
  if (!isItemKind(kind)) throw new DomainError('BAD_USER_INPUT', `Item kind must be IMMEDIATE or PROMISED: ${String(kind)}`);
  const legal = requireInteger('Legal days (法定时限)', input.legalDays, 0, MAX_ITEM_DAYS);
  const promised = requireInteger('Promised days (承诺时限)', input.promisedDays, 0, MAX_ITEM_DAYS);
  if (typeof maxPromisedShare !== 'number' || !(maxPromisedShare >= 0 && maxPromisedShare <= 1)) {
    throw new DomainError('BAD_USER_INPUT', 'The largest promised share of legal days must be between 0 and 1');
  }
  if (kind === 'IMMEDIATE' && promised !== 0) {
    throw new DomainError(
      'INVALID_DEADLINE',
      `An immediate item is finished on the day it is accepted: promised days must be 0, not ${promised} (即办件承诺时限应为0)`,
      { kind, promisedDays: promised },
    );
  }
  if (kind === 'PROMISED' && legal < 1) {
    throw new DomainError(
      'INVALID_DEADLINE',
      '承诺件的法定时限 legalDays 至少为1个工作日；当场办结的事项请选即办件 (A promised item needs at least 1 legal working day; use IMMEDIATE for same-day items)',
      { field: 'legalDays', kind, legalDays: legal },
    );
  }
  if (promised > legal) {
    throw new DomainError(
      'INVALID_DEADLINE',
      `Promised days (${promised}) cannot exceed legal days (${legal}) (承诺时限不得超过法定时限)`,
      { legalDays: legal, promisedDays: promised },
    );
  }
  const warnings: string[] = [];
  if (promised > legal * maxPromisedShare) {
    warnings.push(
      `承诺时限超过法定时限的${percent(maxPromisedShare)} (promised ${promised} of ${legal} legal working days)`,
    );
  }
  return { warnings };
}
