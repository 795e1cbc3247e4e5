/**
 * How an application reached its window (SPEC §4.2; seed 001 五(二) 网上直接受理): handed in at a
 * window (a township's delegated intake included) or applied for online through the public portal.
 */
export const CASE_CHANNELS = ['WINDOW', 'ONLINE'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

export const CHANNEL_LABELS_ZH: Readonly<Record<CaseChannel, string>> = { WINDOW: '窗口收件', ONLINE: '网上申报' };

export const isCaseChannel = (s: unknown): s is CaseChannel => typeof s === 'string' && (CASE_CHANNELS as readonly string[]).includes(s);

/**
 * An online application's idempotency key: the portal makes one per form (a UUID); it is the only
 * thing that tells a repeat from a second application, so it must be long enough not to be guessed.
 */
export const isOnlineRequestId = (s: string): boolean => /^[A-Za-z0-9_-]{16,64}$/.test(s);

/** The history's first step of an online application, and who it names (no clerk has seen it yet). */
export const ONLINE_STEP = 'applyOnline';
export const ONLINE_ACTOR = { userId: 'online-applicant', name: '网上申报' } as const;
