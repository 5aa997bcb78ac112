// What the `check` command's `$ref`s make it read, read safely, and what it exits with when it breaks. Referenced
// files are read asynchronously, regular files only and at most 16 MB (never a FIFO, a device or /proc); they may
// be anywhere, since the user chose what to check. (The files named on the command line: inputFiles.ts.) A crash
// exits with 2 and a message, never with 1, which means "errors found".
import { referencedFilesHost } from '../refFiles/referencedFilesHost';
import type { ApiDocument } from '../service/document/model';
import type { LanguageService } from '../service/languageService';
import type { ServiceHost } from '../service/validation/rule';

export const EXIT_CRASH = 2;

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

/** A host holding every file the document's `$ref`s name, read beforehand. */
export function refHostFor(service: LanguageService, doc: ApiDocument): Promise<ServiceHost> {
  return referencedFilesHost(service.referencedFiles(doc), doc.uri, { trusted: true, folders: [] }, 'anywhere');
}
