/**
 * What both work-board dialogs share: one request at a time, and after a stale answer (someone
 * else acted meanwhile) the list reloads and the dialog goes on with the fresh intake, or says it
 * is no longer there.
 */
import { ref, watch, type Ref } from 'vue';
import type { CombinedError } from '@urql/vue';
import type { IntakeRow } from '../../township/model';
import { errorCode, errorMessage } from '../errors';
import { claims } from '../session-state';

/** After these the dialog's copy of the intake is stale: reload and go on with the fresh version. */
const STALE = new Set(['VERSION_CONFLICT', 'ILLEGAL_TRANSITION', 'NOT_FOUND']);

export function useIntakeAction(given: () => IntakeRow | null, reload: (id: string) => Promise<IntakeRow | null>) {
  const row: Ref<IntakeRow | null> = ref(null);
  const error = ref('');
  const sending = ref(false);
  const gone = ref(false);
  watch(given, (r) => {
    row.value = r;
    error.value = '';
    gone.value = false;
  });

  async function send(run: () => Promise<{ error: CombinedError } | { message: string }>, done: (message: string) => void): Promise<void> {
    if (sending.value || gone.value || !row.value) return;
    error.value = '';
    sending.value = true;
    try {
      const r = await run();
      if ('message' in r) return done(r.message);
      // A refused token sends the clerk to sign in (the client does it); nothing more to say here.
      if (!claims.value) return;
      error.value = errorMessage(r.error);
      if (STALE.has(errorCode(r.error) ?? '')) {
        const fresh = await reload(row.value.id);
        if (fresh) row.value = fresh;
        else {
          gone.value = true;
          // Someone else finished it: "please try again" would be wrong advice here.
          error.value = '该办件已由他人办理，已不在本列表中，无需再办理。';
        }
      }
    } finally {
      sending.value = false;
    }
  }

  return { row, error, sending, gone, send };
}
