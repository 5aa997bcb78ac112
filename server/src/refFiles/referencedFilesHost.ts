/**
 * Reads, before a check, every file a document's `$ref`s name — asynchronously, through the access rules
 * (access.ts) and the safe reader (safeRead.ts) — and gives the reference rule a host that answers from them.
 * The rule itself stays synchronous and never touches the disk.
 */
import { fileURLToPath } from 'node:url';
import type { FileRefusal, ServiceHost } from '../service/validation/rule';
import { FileAccessState, readablePath, ReferencedFilesSetting } from './access';
import { MAX_REF_FILE_BYTES, readRegularFile, ReadOutcome } from './safeRead';

/** Reads at once, at most: a definition may name hundreds of files. */
const CONCURRENT_READS = 8;

export async function referencedFilesHost(
  paths: string[],
  definitionUri: string,
  access: FileAccessState,
  setting?: ReferencedFilesSetting,
  maxBytes = MAX_REF_FILE_BYTES,
): Promise<ServiceHost> {
  const read = new Map<string, ReadOutcome>();
  let definitionPath: string;
  try {
    definitionPath = fileURLToPath(definitionUri);
  } catch {
    return { readFile: () => ({ reason: 'is not read (the definition is not a local file)', broken: false }) };
  }
  const queue = [...paths];
  const worker = async () => {
    for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
      const readable = await readablePath(p, definitionPath, access, setting);
      read.set(p, 'reason' in readable ? readable : await readRegularFile(readable.path, maxBytes));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_READS, queue.length) }, worker));
  const notRead: FileRefusal = { reason: 'was not read', broken: false };
  return {
    fileUrlToPath: fileURLToPath,
    readFile(p) {
      const outcome = read.get(p);
      if (!outcome) return notRead;
      if ('text' in outcome) return outcome.text;
      if ('missing' in outcome) return undefined;
      return outcome;
    },
  };
}
