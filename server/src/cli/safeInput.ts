// What the `check` command reads, read safely, and what it exits with when it breaks. Files (the ones named on
// the command line and those their `$ref`s name) are read asynchronously, regular files only and at most 16 MB
// (never a FIFO, a device or /proc); `$ref`s may name any such file, since the user chose what to check. A crash
// exits with 2 and a message, never with 1, which means "errors found".
import { readRegularFile } from '../refFiles/safeRead';
import { referencedFilesHost } from '../refFiles/referencedFilesHost';
import type { ApiDocument } from '../service/document/model';
import type { LanguageService } from '../service/languageService';
import type { ServiceHost } from '../service/validation/rule';

export const EXIT_CRASH = 2;
/** A file named on the command line may be on a slow disk; it still may not hang the check for ever. */
const INPUT_TIME_LIMIT_MS = 60_000;

/** Any exception or rejection nobody caught ends the process with EXIT_CRASH and says what happened. */
export function exitOnCrash(command: string): void {
  const crash = (e: unknown) => {
    console.error(
      `${command}: internal error, the check did not finish: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
    );
    process.exit(EXIT_CRASH);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}

/** The text of a file named on the command line, or why it cannot be checked. */
export async function readInputFile(file: string): Promise<{ text: string } | { error: string }> {
  const outcome = await readRegularFile(file, undefined, INPUT_TIME_LIMIT_MS);
  if ('text' in outcome) return outcome;
  if ('missing' in outcome) return { error: 'cannot read (no such file)' };
  return { error: `cannot read: it ${outcome.reason}` };
}

/** A host holding every file the document's `$ref`s name, read beforehand. */
export function refHostFor(service: LanguageService, doc: ApiDocument): Promise<ServiceHost> {
  return referencedFilesHost(service.referencedFiles(doc), doc.uri, { trusted: true, folders: [] }, 'anywhere');
}
