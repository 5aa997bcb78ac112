/**
 * Which files `$ref`s may make the server read, after VS Code's Workspace Trust: in an untrusted workspace
 * (Restricted Mode) only files inside the workspace folders; in a trusted one the `apigw.validation.referencedFiles`
 * setting decides (by default the workspace folders and the definition's own folder tree). System paths
 * (/proc, /sys, /dev) are never read. A file outside what may be read is refused before anything touches it, so
 * a diagnostic never tells whether it exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ReferencedFilesSetting } from '../../../contract/settings';
import type { FileRefusal } from '../service/validation/rule';

export type { ReferencedFilesSetting };
export const DEFAULT_REFERENCED_FILES: ReferencedFilesSetting = 'workspaceAndDefinitionFolder';

export interface FileAccessState {
  /** VS Code's Workspace Trust; clients without that notion are trusted (the user started the server). */
  trusted: boolean;
  /** The workspace folders, as file-system paths. */
  folders: string[];
}

const systemRoots = process.platform === 'win32' ? [] : ['/proc', '/sys', '/dev'];
const settingName = 'apigw.validation.referencedFiles';

/**
 * Where `target` (a $ref's file, resolved from the definition at `definitionPath`) may be read — its real path —
 * or why it may not.
 */
export async function readablePath(
  target: string,
  definitionPath: string,
  state: FileAccessState,
  setting: ReferencedFilesSetting = DEFAULT_REFERENCED_FILES,
): Promise<{ path: string } | FileRefusal> {
  const effective: ReferencedFilesSetting = !state.trusted && setting !== 'none' ? 'workspace' : setting;
  if (effective === 'none') return { reason: `is not read (${settingName} is "none")`, broken: false };
  const lexical = path.resolve(target);
  const system = refusedAsSystem(lexical);
  if (system) return system;
  const roots = allowedRoots(effective, definitionPath, state);
  // First by the path as written: a file outside is refused without even asking whether it exists.
  if (roots && !roots.some((root) => isInside(lexical, root))) return outside(state, effective);
  // Then by where it really is: a link inside the workspace may point anywhere.
  const real = await realPath(lexical);
  if (real === null) return outside(state, effective);
  const realSystem = refusedAsSystem(real);
  if (realSystem) return realSystem;
  if (roots) {
    const realRoots = await Promise.all(roots.map((r) => realPath(r).then((p) => p ?? r)));
    if (!realRoots.some((root) => isInside(real, root))) return outside(state, effective);
  }
  return { path: real };
}

function refusedAsSystem(p: string): FileRefusal | undefined {
  return systemRoots.some((root) => isInside(p, root))
    ? { reason: 'is a system file, which is never read', broken: false }
    : undefined;
}

function allowedRoots(
  setting: ReferencedFilesSetting,
  definitionPath: string,
  state: FileAccessState,
): string[] | undefined {
  if (setting === 'anywhere') return undefined;
  const roots = state.folders.map((f) => path.resolve(f));
  if (setting === 'workspaceAndDefinitionFolder') roots.push(path.dirname(path.resolve(definitionPath)));
  return roots;
}

function outside(state: FileAccessState, setting: ReferencedFilesSetting): FileRefusal {
  const where = setting === 'workspace' ? 'the workspace folders' : "the workspace folders and the definition's folder";
  const why = state.trusted ? `see the setting ${settingName}` : 'this workspace is not trusted (Restricted Mode)';
  return { reason: `is outside ${where}, so it is not read (${why})`, broken: false };
}

export function isInside(p: string, root: string): boolean {
  const relative = path.relative(root, p);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The real path, links resolved. For a file that does not exist: its nearest existing folder's real path and the
 * rest as written (so that a missing file behind a link to elsewhere is judged by where it would be). null for a
 * dangling link: where it points is unknown, so it is treated as outside rather than reported missing.
 */
async function realPath(p: string): Promise<string | null> {
  let rest = '';
  let current = p;
  for (;;) {
    try {
      return path.join(await fs.promises.realpath(current), rest);
    } catch {
      try {
        await fs.promises.lstat(current);
        return null;
      } catch {
        const parent = path.dirname(current);
        if (parent === current) return p;
        rest = path.join(path.basename(current), rest);
        current = parent;
      }
    }
  }
}
