// Which files `apigw-check` reads: the files it is given, and inside folders the YAML/JSON files that the editor's
// sniff recognises as definitions or templates. Reading a file is one small function (readInputFile) so that its
// limits (size, kind of file) live in one place.
import fs from 'node:fs';
import path from 'node:path';
import { sniffDocument } from '../../../contract/sniff';

const candidate = /\.(ya?ml|json|jsonc|template)$/i;
/** Bound on the folder walk, so a mistaken `apigw-check /` ends. */
const MAX_FILES = 100_000;

export interface InputFile {
  /** As it is printed: relative to the working folder when it is inside it. */
  path: string;
  text: string;
}

export interface InputProblem {
  path: string;
  message: string;
}

/** The text of one input file, or why it cannot be read. */
export function readInputFile(file: string): { text: string } | { error: string } {
  try {
    // A FIFO, a device or /proc would block or never end: only regular files are read, and not huge ones.
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { error: 'is a folder' };
    if (!stat.isFile()) return { error: 'is not a regular file (a pipe, a device or a socket)' };
    if (stat.size > MAX_INPUT_BYTES) return { error: `is larger than ${MAX_INPUT_BYTES / (1024 * 1024)} MB` };
    return { text: fs.readFileSync(file, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      error:
        code === 'ENOENT'
          ? 'no such file or folder'
          : code === 'EISDIR'
            ? 'is a folder'
            : code === 'EACCES'
              ? 'permission denied'
              : (e as Error).message,
    };
  }
}

/** Files over this are refused rather than read (the language server's cap for referenced files is the same). */
const MAX_INPUT_BYTES = 16 * 1024 * 1024;

function display(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** Expands the arguments into the files to check, with the problems of those that cannot be read. */
export function collectInputs(paths: readonly string[]): { files: InputFile[]; problems: InputProblem[] } {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string, fromFolder: boolean) => {
    const full = path.resolve(file);
    if (seen.has(full)) return;
    seen.add(full);
    const read = readInputFile(full);
    if ('error' in read) problems.push({ path: display(full), message: read.error });
    // A file named on the command line is checked whatever it is; one found in a folder only if it is ours.
    else if (!fromFolder || sniffDocument(read.text)) files.push({ path: display(full), text: read.text });
  };
  for (const arg of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch {
      problems.push({ path: arg, message: 'no such file or folder' });
      continue;
    }
    if (stat.isDirectory()) {
      for (const file of walk(arg)) add(file, true);
    } else add(arg, false);
  }
  return { files, problems };
}

function walk(folder: string): string[] {
  const out: string[] = [];
  const pending = [folder];
  while (pending.length && out.length < MAX_FILES) {
    const dir = pending.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile() && candidate.test(entry.name)) out.push(full);
    }
  }
  return out.sort();
}
