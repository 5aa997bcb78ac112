/**
 * Which files a document's external `$ref`s name. Shared by the reference rule (which reads them through the
 * host) and by hosts that must fetch them before the rule runs (the server reads them asynchronously, with
 * checks on what may be read; see server/src/refFiles/).
 */
import type { AstNode, StringNode } from '../parser/ast';
import type { ApiDocument, Definition } from '../document/model';

/** Where a `$ref` points, as the reference rule sees it. */
export type RefTarget =
  | { kind: 'skip' }
  | { kind: 'local'; pointer: string }
  | { kind: 'remote' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'file'; file: string; path: string; fragment: string | undefined };

const remoteScheme = /^[a-z][a-z0-9+.-]*:\/\//i;

/** A file URL as a path. Hosts give Node's fileURLToPath (which knows Windows); this is the POSIX fallback. */
export type FileUrlToPath = (href: string) => string;
export const posixFileUrlToPath: FileUrlToPath = (href) => {
  const url = new URL(href);
  if (url.hostname !== '' && url.hostname !== 'localhost')
    throw new Error('File URL host must be "localhost" or empty');
  if (/%2f/i.test(url.pathname)) throw new Error('File URL path must not include encoded / characters');
  return decodeURIComponent(url.pathname);
};

export function refTarget(docUri: string, ref: string, toPath: FileUrlToPath = posixFileUrlToPath): RefTarget {
  // Computed by CloudFormation (`${AWS::Region}`, `${Stage}`): known only at deploy time.
  if (ref.includes('${')) return { kind: 'skip' };
  if (ref.startsWith('#')) return { kind: 'local', pointer: ref };
  if (remoteScheme.test(ref)) return { kind: 'remote' };
  if (!docUri.startsWith('file:')) return { kind: 'skip' };
  const hash = ref.indexOf('#');
  const file = hash < 0 ? ref : ref.slice(0, hash);
  const fragment = hash < 0 ? undefined : ref.slice(hash + 1);
  let url: URL;
  try {
    url = new URL(file, docUri);
  } catch {
    return { kind: 'invalid', reason: 'is not a valid relative URI' };
  }
  // `urn:...`, `mailto:...` and the like: not a file, and not fetched either.
  if (url.protocol !== 'file:') return { kind: 'remote' };
  try {
    // The host's fileURLToPath, not `url.pathname`: it decodes, and gives `C:\\...` on Windows.
    return { kind: 'file', file, path: toPath(url.href), fragment };
  } catch (e) {
    return { kind: 'invalid', reason: `does not name a local file (${(e as Error).message})` };
  }
}

/** Every `$ref` string of a definition: the fast parsers list them for standalone files; else the tree is walked. */
export function refNodesOf(doc: ApiDocument, def: Definition): StringNode[] {
  const listed = def.resource ? undefined : doc.parsed.refs;
  const out: StringNode[] = [];
  if (listed) {
    for (const node of listed) if (node.type === 'string') out.push(node);
  } else walk(def.root, out, 0);
  return out;
}

function walk(node: AstNode, out: StringNode[], depth: number): void {
  if (depth > 200) return;
  if (node.type === 'array') {
    for (const item of node.items) walk(item, out, depth + 1);
    return;
  }
  if (node.type !== 'object') return;
  for (const prop of node.properties) {
    if (prop.key.value === '$ref' && prop.value?.type === 'string') out.push(prop.value);
    else if (prop.value && (prop.value.type === 'object' || prop.value.type === 'array'))
      walk(prop.value, out, depth + 1);
  }
}

/** The paths of the files a document's `$ref`s name, each once. */
export function referencedFiles(doc: ApiDocument, toPath?: FileUrlToPath): string[] {
  const paths = new Set<string>();
  for (const def of doc.definitions) {
    for (const node of refNodesOf(doc, def)) {
      const target = refTarget(doc.uri, node.value, toPath);
      if (target.kind === 'file') paths.add(target.path);
    }
  }
  return [...paths];
}
