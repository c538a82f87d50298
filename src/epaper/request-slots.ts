/**
 * At most `limit` tasks at once, the rest waiting in order: how the issue reader keeps to two
 * requests to the site, whatever the number of pages and articles it has to read.
 */
export interface RequestSlots {
  /** Runs `task` once a slot is free; rejects without running it when `signal` aborts first. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Tasks running now (for tests and the progress line). */
  active(): number;
}

const abortError = (signal?: AbortSignal): unknown => signal?.reason ?? new DOMException('Aborted', 'AbortError');

export function createRequestSlots(limit: number): RequestSlots {
  const max = Math.max(1, Math.floor(limit));
  let active = 0;
  const queue: Array<() => void> = [];

  const next = () => {
    if (active >= max) return;
    const wake = queue.shift();
    if (wake) wake();
  };

  return {
    active: () => active,
    run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        if (signal?.aborted) return reject(abortError(signal));
        const start = () => {
          signal?.removeEventListener('abort', drop);
          active++;
          task()
            .then(resolve, reject)
            .finally(() => {
              active--;
              next();
            });
        };
        // Aborted while waiting: leave the queue, never run.
        const drop = () => {
          const i = queue.indexOf(start);
          if (i >= 0) queue.splice(i, 1);
          reject(abortError(signal));
        };
        signal?.addEventListener('abort', drop, { once: true });
        queue.push(start);
        next();
      });
    },
  };
}
