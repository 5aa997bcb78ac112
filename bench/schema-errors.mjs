// A copy of a YAML spec with two OpenAPI schema errors put in, past its middle: an operation member misspelt
// (`operationID`, not allowed in an Operation Object) and a parameter location that does not exist (`in: pth`).
// Both tools must report both: the benchmark then times the same work, schema validation included.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));

export function withSchemaErrors(text) {
  const middle = Math.floor(text.length / 2);
  let out = text;
  for (const [find, replace] of [[/\n(\s+)operationId:/g, '\n$1operationID:'], [/\n(\s+)in: path\n/g, '\n$1in: pth\n']]) {
    find.lastIndex = middle;
    const match = find.exec(out);
    if (!match) throw new Error(`no ${find} past the middle of the file`);
    out = out.slice(0, match.index) + match[0].replace(find, replace) + out.slice(match.index + match[0].length);
  }
  return out;
}

/** Writes bench/generated/<name> from `source` (same bytes on every run); returns its path. */
export function writeWithSchemaErrors(source, name) {
  const file = path.join(benchDir, 'generated', name);
  const text = withSchemaErrors(fs.readFileSync(source, 'utf8'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
  return file;
}
