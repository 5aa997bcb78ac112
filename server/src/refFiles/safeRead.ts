/**
 * Reads a file that a `$ref` names without ever blocking or exhausting the process: regular files only (a FIFO,
 * a device such as /dev/zero, a directory or a socket is refused after opening it without blocking), at most
 * `maxBytes` (counted while reading too: /proc files say they are empty), and within a time limit. Everything
 * is asynchronous, so the main thread goes on answering while a slow disk is read.
 */
import fs from 'node:fs';
import type { FileRefusal } from '../service/validation/rule';

export type ReadOutcome = { text: string } | { missing: true } | FileRefusal;

export const MAX_REF_FILE_BYTES = 16 * 1024 * 1024;
export const REF_READ_TIME_LIMIT_MS = 5_000;

const megabytes = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

export async function readRegularFile(
  path: string,
  maxBytes = MAX_REF_FILE_BYTES,
  timeLimitMs = REF_READ_TIME_LIMIT_MS,
): Promise<ReadOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ReadOutcome>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({ reason: `could not be read within ${timeLimitMs / 1000} s, so it is not checked`, broken: false }),
      timeLimitMs,
    );
  });
  try {
    return await Promise.race([read(path, maxBytes), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function read(path: string, maxBytes: number): Promise<ReadOutcome> {
  let handle: fs.promises.FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
    handle = await fs.promises.open(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
    if (code === 'EISDIR') return { reason: 'is a directory, not a file', broken: true };
    return { reason: `could not be read (${code ?? (e as Error).message}), so it is not checked`, broken: false };
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return { reason: 'is a directory, not a file', broken: true };
    if (!stat.isFile())
      return { reason: 'is not a regular file (a device, pipe or socket), so it is not read', broken: true };
    if (stat.size > maxBytes)
      return {
        reason: `is ${megabytes(stat.size)}, larger than the ${megabytes(maxBytes)} that are checked, so it is not checked`,
        broken: false,
      };
    // The size said by stat is not trusted: read at most one byte more than allowed, to know it was too much.
    let buffer = Buffer.allocUnsafe(Math.min(maxBytes, Math.max(stat.size, 64 * 1024)) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes)
          return {
            reason: `is larger than the ${megabytes(maxBytes)} that are checked, so it is not checked`,
            broken: false,
          };
        const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return { text: buffer.toString('utf8', 0, length) };
  } catch (e) {
    return {
      reason: `could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}), so it is not checked`,
      broken: false,
    };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
