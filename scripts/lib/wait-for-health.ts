/** Waits until a service answers on its health endpoint (any answer but a crash counts as up). */
export async function waitForHealth(url: string, name: string, cancelled: () => boolean = () => false, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !cancelled()) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.status < 500 || res.status === 503) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  if (!cancelled()) throw new Error(`${name} did not become ready at ${url}`);
}
