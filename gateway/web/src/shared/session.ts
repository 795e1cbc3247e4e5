import { ROLE_LABELS, type Role } from './roles';

export { ROLE_LABELS, type Role };

/** The staff token of this browser tab: kept in sessionStorage, so closing the tab signs out. */
const KEY = 'liandong.token';

export interface Claims {
  role: Role;
  name: string;
  townshipId?: string;
  departmentId?: string;
  /** Expiry, seconds since the epoch. */
  exp?: number;
}

export function currentToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function saveToken(token: string): void {
  sessionStorage.setItem(KEY, token.trim());
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
}

/**
 * What the token says about its holder, read without verifying it: only to label the page. The
 * gateway and subgraphs verify every request; a forged token here just gets refused there.
 */
export function readClaims(token: string): Claims | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const json = new TextDecoder().decode(Uint8Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));
    const c = JSON.parse(json) as Partial<Claims>;
    return c.role && c.role in ROLE_LABELS ? ({ ...c, name: c.name ?? '' } as Claims) : null;
  } catch {
    return null;
  }
}

export function isExpired(c: Claims, now = Date.now()): boolean {
  return c.exp !== undefined && c.exp * 1000 <= now;
}
