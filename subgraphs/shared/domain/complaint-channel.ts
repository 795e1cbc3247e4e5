/**
 * Where a complaint came in (投诉来源, seed 000 二.6): at a window, on the public web form, by the
 * 12345 hotline, another hotline, the county head's mailbox or a letter. Pure.
 *
 * Who may name which: the public (no token) files only through the web form, so a public filing is
 * always PUBLIC_FORM and naming another channel is refused (a caller without a token cannot claim a
 * complaint came in by hotline or letter). Staff record what they took: any channel, WINDOW when they
 * name none (a complaint taken at the centre in person).
 */
import { DomainError } from './errors';

export const COMPLAINT_CHANNELS = ['WINDOW', 'PUBLIC_FORM', 'HOTLINE_12345', 'OTHER_HOTLINE', 'MAILBOX', 'LETTER'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const COMPLAINT_CHANNEL_LABELS_ZH: Record<ComplaintChannel, string> = {
  WINDOW: '窗口',
  PUBLIC_FORM: '网上表单',
  HOTLINE_12345: '12345 热线',
  OTHER_HOTLINE: '其他热线',
  MAILBOX: '县长信箱',
  LETTER: '来信',
};

export function isComplaintChannel(v: unknown): v is ComplaintChannel {
  return typeof v === 'string' && (COMPLAINT_CHANNELS as readonly string[]).includes(v);
}

/** The channel a staff member files with when they name none. */
export const STAFF_DEFAULT_CHANNEL: ComplaintChannel = 'WINDOW';

/**
 * The channel to store for a filing (`staff`: whether the filer has a token); null when the public
 * names a channel only staff record (the caller refuses it as FORBIDDEN).
 */
export function complaintChannelFor(staff: boolean, requested: unknown): ComplaintChannel | null {
  if (requested !== undefined && requested !== null && !isComplaintChannel(requested)) {
    throw new DomainError('BAD_USER_INPUT', `Unknown complaint channel ${String(requested)} (投诉来源不正确)`, { field: 'channel' });
  }
  if (!staff) {
    return requested && requested !== 'PUBLIC_FORM' ? null : 'PUBLIC_FORM';
  }
  return requested ?? STAFF_DEFAULT_CHANNEL;
}
