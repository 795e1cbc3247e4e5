/** The signed-in identity of this tab, reactive for the console's frame and router. */
import { computed, ref } from 'vue';
import { currentToken, isExpired, readClaims, saveToken, signOut, type Claims } from '../shared/session';

const token = ref<string | null>(currentToken());
/** Why the clerk was sent back to sign in (expired token, refused token), shown on the sign-in view. */
export const signInNotice = ref<string>('');

export const claims = computed<Claims | null>(() => {
  const c = token.value ? readClaims(token.value) : null;
  return c && !isExpired(c) ? c : null;
});

export function signIn(value: string): Claims | null {
  saveToken(value);
  token.value = currentToken();
  signInNotice.value = '';
  return claims.value;
}

export function leave(notice = ''): void {
  signOut();
  token.value = null;
  signInNotice.value = notice;
}
