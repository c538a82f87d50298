/**
 * Serialises read-merge-write of one article. Across tabs and the background, Web Locks
 * (navigator.locks) hold for the whole extension origin; where they are missing (Node), a
 * promise chain per name holds within this JS context. Different articles never share a
 * lock: they live under different storage keys, so they cannot clobber each other anyway.
 */
export type Lock = <T>(name: string, fn: () => Promise<T>) => Promise<T>;

interface LockManagerLike {
  request<T>(name: string, cb: () => Promise<T>): Promise<T>;
}

const chains = new Map<string, Promise<unknown>>();

export const localLock: Lock = (name, fn) => {
  const prev = chains.get(name) ?? Promise.resolve();
  const run = prev.then(fn, fn);
  const tail = run.catch(() => undefined);
  chains.set(name, tail);
  void tail.then(() => {
    if (chains.get(name) === tail) chains.delete(name);
  });
  return run;
};

export const webLock: Lock = (name, fn) => {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return locks ? locks.request(`xiangbao-library:${name}`, fn) : localLock(name, fn);
};
