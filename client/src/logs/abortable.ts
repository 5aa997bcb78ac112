/** Small helpers for cancellable waiting, shared by the pollers and the Live Tail consumer. */

/** Waits `ms`, or less when `signal` aborts (then it resolves too: callers check `signal.aborted`). */
export function wait(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Iterates an async stream but stops as soon as `signal` aborts, even while the stream is waiting for its
 * next item (a `for await` alone would hang until the server sends something).
 */
export async function* untilAborted<T>(stream: AsyncIterable<T>, signal: AbortSignal): AsyncGenerator<T> {
  const iterator = stream[Symbol.asyncIterator]();
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<'aborted'>((resolve) => {
    onAbort = () => resolve('aborted');
    if (signal.aborted) resolve('aborted');
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    while (true) {
      const next = await Promise.race([iterator.next(), aborted]);
      if (next === 'aborted' || next.done) return;
      yield next.value;
    }
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
    // Closes the HTTP stream; errors from a stream that is already broken do not matter here.
    void Promise.resolve(iterator.return?.()).catch(() => undefined);
  }
}

/** Exponential backoff: 1 s, 2 s, 4 s, ... up to `maxMs`. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
}
