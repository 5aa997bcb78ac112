/**
 * What the fuzzer feeds the server: corpus files broken at random (bytes, mistakes a user makes, hostile
 * insertions) and edit sequences (typing inside strings, random ranges, ranges written end-first). All from one
 * seeded random sequence, so that a failing case can be replayed by its seed.
 */
import type { Range } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../../server/src/service/languageService';
import { AstNode } from '../../../server/src/service/parser/ast';
import { aliasBomb, deepJson, deepYaml } from '../hostile';
import { apply, mutationsOf } from '../mutations';

export type Random = () => number;

const service = getLanguageService();
const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
const int = (rnd: Random, min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));

/** Targets that once hung, leaked or aborted the reference check; `hostileDir` holds a FIFO and a sparse big file. */
export function hostileRefs(hostileDir: string): string[] {
  return [
    '/dev/zero',
    '/dev/urandom',
    '/proc/self/environ',
    '../../../../../../../../etc/passwd',
    './a%zz.yaml',
    '//host:1/x',
    '.',
    '..',
    `${hostileDir}/fifo.yaml`,
    `${hostileDir}/big.yaml`,
    `${hostileDir}/`,
    'urn:x:y',
    'C:/x.yaml#/a',
    '#/%zz',
    '#/components/schemas/Missing',
  ];
}

const structural = [
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '"',
  "'",
  '\n',
  '  ',
  '- ',
  '&a ',
  '*a',
  '!Ref ',
  '#',
  '|',
  '>',
  '\\',
  '\t',
  '%',
  '@',
  '\u0000',
  '\ud800',
];
const words = [
  'type',
  'mock',
  'aws_proxy',
  'x-amazon-apigateway-integration',
  '$ref',
  'paths',
  'openapi',
  '3.0.1',
  'uri',
  'null',
  'true',
  '123',
  '-1e999',
  '',
];

/** A random text fragment: words, structure and the odd control or lone surrogate character. */
export function fragment(rnd: Random, maxParts = 4): string {
  let out = '';
  for (let i = int(rnd, 1, maxParts); i > 0; i--) out += rnd() < 0.5 ? pick(rnd, structural) : pick(rnd, words);
  return out;
}

/** The text of a corpus file after 1–4 random mutations, and what they were (for the failure message). */
export function mutateFile(
  rnd: Random,
  text: string,
  uri: string,
  languageId: string,
  hostileDir: string,
): { text: string; kinds: string[] } {
  const kinds: string[] = [];
  for (let n = int(rnd, 1, 4); n > 0; n--) {
    const at = int(rnd, 0, text.length);
    const r = rnd();
    if (r < 0.2) {
      const mistakes = mutationsOf(service.parseDocument(uri, languageId, 1, text), text);
      if (mistakes.length) {
        const m = pick(rnd, mistakes);
        text = apply(text, m);
        kinds.push(`mistake:${m.kind}`);
        continue;
      }
    }
    if (r < 0.35) {
      text = text.slice(0, at) + text.slice(Math.min(text.length, at + int(rnd, 1, 200)));
      kinds.push('delete');
    } else if (r < 0.5) {
      const from = int(rnd, 0, text.length);
      text = text.slice(0, at) + text.slice(from, from + int(rnd, 1, 300)) + text.slice(at);
      kinds.push('duplicate');
    } else if (r < 0.7) {
      text = text.slice(0, at) + fragment(rnd) + text.slice(at);
      kinds.push('insert');
    } else if (r < 0.78) {
      text = text.slice(0, at);
      kinds.push('truncate');
    } else {
      const hostile = hostileInsertion(rnd, text, languageId, hostileDir);
      text = hostile.text;
      kinds.push(hostile.kind);
    }
  }
  return { text, kinds };
}

/** One of the inputs of issue 16, put into (or instead of) a document. */
function hostileInsertion(
  rnd: Random,
  text: string,
  languageId: string,
  hostileDir: string,
): { text: string; kind: string } {
  const json = languageId === 'json';
  const r = rnd();
  if (r < 0.2) return { text: json ? deepJson(int(rnd, 300, 20_000)) : deepYaml(int(rnd, 300, 20_000)), kind: 'deep' };
  if (r < 0.35 && !json) return { text: aliasBomb(int(rnd, 3, 10)), kind: 'alias-bomb' };
  const ref = pick(rnd, hostileRefs(hostileDir));
  // A `$ref` inside the first object of the text, written in the document's own syntax.
  const brace = text.indexOf('{');
  if (json && brace >= 0)
    return {
      text: `${text.slice(0, brace + 1)}"x-r": {"$ref": ${JSON.stringify(ref)}},${text.slice(brace + 1)}`,
      kind: `ref ${ref}`,
    };
  return { text: `${text}\nx-r:\n  $ref: '${ref.replace(/'/g, "''")}'\n`, kind: `ref ${ref}` };
}

export interface FuzzEdit {
  range: Range;
  text: string;
  kind: string;
}

function strings(node: AstNode | undefined, out: AstNode[] = [], depth = 0): AstNode[] {
  if (!node || depth > 50) return out;
  if (node.type === 'object')
    for (const p of node.properties) {
      out.push(p.key);
      strings(p.value, out, depth + 1);
    }
  else if (node.type === 'array') node.items.forEach((i) => strings(i, out, depth + 1));
  else if (node.type === 'string') out.push(node);
  return out;
}

/** The next edit of a sequence: mostly typing inside a string (the incremental patch's case), else anything. */
export function nextEdit(rnd: Random, doc: TextDocument, hostileDir: string): FuzzEdit {
  const text = doc.getText();
  const r = rnd();
  const span = (from: number, to: number): Range => ({ start: doc.positionAt(from), end: doc.positionAt(to) });
  if (r < 0.55) {
    const candidates = strings(service.parseDocument(doc.uri, doc.languageId, doc.version, text).parsed.root);
    if (candidates.length) {
      const node = pick(rnd, candidates);
      const at = node.offset + int(rnd, 0, node.length);
      const removed = Math.min(int(rnd, 0, 2), node.offset + node.length - at);
      const typed = pick(rnd, ['a', 'x', 'Z', '1', '-', '_', '.', '/', 'ab', '']);
      // Now and then the same edit with its range written end-first, as some clients send it.
      if (rnd() < 0.2)
        return {
          range: { start: doc.positionAt(at + removed), end: doc.positionAt(at) },
          text: typed,
          kind: 'in-string reversed',
        };
      return { range: span(at, at + removed), text: typed, kind: 'in-string' };
    }
  }
  const at = int(rnd, 0, text.length);
  const to = Math.min(text.length, at + int(rnd, 0, 20));
  if (r < 0.8) return { range: span(at, to), text: fragment(rnd, 2), kind: 'anywhere' };
  if (r < 0.9) return { range: span(to, at), text: fragment(rnd, 2), kind: 'anywhere reversed' };
  if (r < 0.95) {
    // Positions past the end of a line or of the document, which the text-document library clamps.
    const line = doc.positionAt(at).line;
    return {
      range: { start: { line, character: 10_000 }, end: { line: line + int(rnd, 0, 3), character: 10_000 } },
      text: fragment(rnd, 1),
      kind: 'past the end',
    };
  }
  const ref = pick(rnd, hostileRefs(hostileDir));
  return { range: span(at, at), text: `\n$ref: '${ref}'\n`, kind: `ref ${ref}` };
}

/** A position somewhere in the text (sometimes past a line's end), for a completion or hover. */
export function randomPosition(rnd: Random, doc: TextDocument) {
  const position = doc.positionAt(int(rnd, 0, doc.getText().length));
  return rnd() < 0.1 ? { line: position.line, character: position.character + 50 } : position;
}
