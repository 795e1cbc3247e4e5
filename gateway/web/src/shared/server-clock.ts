/**
 * The server's clock as of the last answer: ages ("no contact for 2 hours") are judged on the
 * server's clock, not on a wall-screen PC's clock that may be off. The GraphQL clients send their
 * requests through `clockedFetch`, which reads each answer's Date header.
 */
let skewMs = 0;

export function noteServerTime(header: string | null): void {
  const server = header ? Date.parse(header) : NaN;
  if (!Number.isNaN(server)) skewMs = server - Date.now();
}

/** `fetch`, noting the server's time from the answer's Date header. */
export const clockedFetch: typeof fetch = async (input, init) => {
  const res = await fetch(input, init);
  noteServerTime(res.headers.get('date'));
  return res;
};

export function serverNow(): Date {
  return new Date(Date.now() + skewMs);
}
