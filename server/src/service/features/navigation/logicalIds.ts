/**
 * Mentions of template resources by logical id: `!Ref X`, `{Ref: X}`, `!GetAtt X.Arn`, `Fn::GetAtt: [X, Arn]`,
 * and `${X}` / `${X.Arn}` inside `!Sub` / `Fn::Sub` strings, each with the range of the id itself.
 */
import { asIntrinsic } from '../../document/intrinsics';
import type { ApiDocument } from '../../document/model';
import type { AstNode } from '../../parser/ast';

export interface Mention {
  id: string;
  offset: number;
  length: number;
}

const placeholder = /\$\{([A-Za-z0-9]+)(?:\.[^}]*)?\}/g;

/** The mentions a node itself makes (not its children). */
export function mentionsIn(doc: ApiDocument, node: AstNode): Mention[] {
  const fn = asIntrinsic(node);
  if (!fn) return [];
  const arg = fn.argument;
  if (fn.name === 'Ref' && arg?.type === 'string') return [idAt(doc, arg, arg.value)];
  if (fn.name === 'Fn::GetAtt') {
    if (arg?.type === 'string') return [idAt(doc, arg, arg.value.split('.')[0])];
    if (arg?.type === 'array' && arg.items[0]?.type === 'string') return [idAt(doc, arg.items[0], arg.items[0].value)];
  }
  if (fn.name === 'Fn::Sub') {
    const template =
      arg?.type === 'string'
        ? arg
        : arg?.type === 'array' && arg.items[0]?.type === 'string'
          ? arg.items[0]
          : undefined;
    if (!template) return [];
    // Read the text as written, so offsets are right inside quoted strings too.
    const raw = doc.text.getText().slice(template.offset, template.offset + template.length);
    return [...raw.matchAll(placeholder)]
      .filter((m) => !m[1].startsWith('AWS'))
      .map((m) => ({ id: m[1], offset: template.offset + m.index + 2, length: m[1].length }));
  }
  return [];
}

function idAt(doc: ApiDocument, node: AstNode, id: string): Mention {
  const raw = doc.text.getText().slice(node.offset, node.offset + node.length);
  const at = raw.indexOf(id);
  return { id, offset: node.offset + Math.max(at, 0), length: id.length };
}

/** Every mention of a resource in the template. */
export function allMentions(doc: ApiDocument): Mention[] {
  const out: Mention[] = [];
  const resources = doc.template?.resources;
  const walk = (node: AstNode | undefined, depth: number): void => {
    if (!node || depth > 100) return;
    for (const m of mentionsIn(doc, node)) if (resources?.has(m.id)) out.push(m);
    if (node.type === 'object') for (const p of node.properties) walk(p.value, depth + 1);
    else if (node.type === 'array') for (const i of node.items) walk(i, depth + 1);
  };
  walk(doc.template?.root, 0);
  return out;
}
