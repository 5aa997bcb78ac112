import type { ChildProcess } from 'node:child_process';
/** A free TCP port on 127.0.0.1. */
export declare function freePort(): Promise<number>;
export declare function pollUntil<T>(
  check: () => Promise<T> | T,
  options: { timeoutMs: number; intervalMs?: number; what: string },
): Promise<T>;
export declare function killGroup(child: ChildProcess | undefined, graceMs?: number): Promise<void>;
