/**
 * Hover inside mapping templates: what a `$input` / `$util` / `$context` / `$foreach` member, a stage variable or
 * a `#` directive does, from the member catalogue; in gateway response templates, what API Gateway substitutes.
 */
import { Hover, MarkupKind } from 'vscode-languageserver-types';
import type { ApiDocument } from '../document/model';
import { fieldsAt, pathSegments, requestSchema } from './bodySchema';
import { TemplateSite, siteAt } from './discover';
import { MAPPING_TEMPLATE_REFERENCE, findMember } from './members';
import { docRangeOf, templateOffsetAt } from './sourceMap';
import { stageVariableNames } from './stageVariableNames';

const GATEWAY_NOTE =
  'In a gateway response template, API Gateway substitutes this value directly; Velocity does not run there.';

export function templateHover(doc: ApiDocument, offset: number): Hover | null | undefined {
  const site = siteAt(doc, offset);
  if (!site) return undefined;
  const at = templateOffsetAt(site.map, offset);
  if (at === undefined) return undefined;
  const field = bodyFieldAt(site, at);
  if (field) {
    const range = site.map.exact
      ? docRangeOf(site.map, field.start, field.end)
      : { offset: site.map.tokenStart, length: 0 };
    return {
      contents: { kind: MarkupKind.Markdown, value: field.markdown },
      range: { start: doc.text.positionAt(range.offset), end: doc.text.positionAt(range.offset + range.length) },
    };
  }
  const word = wordAt(site.map.text, at);
  if (!word) return null;
  const markdown = describe(doc, word.expression);
  if (!markdown) return null;
  const note = site.kind === 'gateway-response' && word.expression.startsWith('$') ? `\n\n${GATEWAY_NOTE}` : '';
  const range = site.map.exact
    ? docRangeOf(site.map, word.start, word.end)
    : { offset: site.map.tokenStart, length: 0 };
  return {
    contents: { kind: MarkupKind.Markdown, value: markdown + note },
    range: { start: doc.text.positionAt(range.offset), end: doc.text.positionAt(range.offset + range.length) },
  };
}

/**
 * The reference or directive under a template offset, cut at the end of the segment under it, so that hovering
 * `input` in `$input.json` explains `$input` and hovering `json` explains `$input.json`.
 */
export function wordAt(text: string, at: number): { expression: string; start: number; end: number } | undefined {
  const isName = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);
  let end = at;
  while (isName(text[end])) end++;
  let start = at;
  while (start > 0 && (isName(text[start - 1]) || text[start - 1] === '.')) start--;
  let sigil = start;
  if (text[sigil - 1] === '{') sigil--;
  if (text[sigil - 1] === '!') sigil--;
  if (text[sigil - 1] !== '$' && text[sigil - 1] !== '#') return undefined;
  sigil--;
  const name = text.slice(start, end).replace(/^\.+/, '');
  if (!name) return undefined;
  return { expression: `${text[sigil]}${name}`, start: sigil, end };
}

/** A field of the request model under the cursor, inside `$input.path('$.a.b')` / `$input.json(...)`. */
function bodyFieldAt(site: TemplateSite, at: number): { markdown: string; start: number; end: number } | undefined {
  if (site.kind !== 'request' || !site.definition || !site.operation) return undefined;
  const text = site.map.text;
  const before = /\$input\.(?:path|json)\(\s*['"]\$((?:\.[A-Za-z0-9_$-]+|\[(?:\d+|\*)\])*\.)?([A-Za-z0-9_$-]*)$/.exec(
    text.slice(Math.max(0, at - 300), at),
  );
  if (!before) return undefined;
  const rest = /^[A-Za-z0-9_$-]*/.exec(text.slice(at))![0];
  const name = before[2] + rest;
  if (!name) return undefined;
  const schema = requestSchema(site.definition, site.operation, site.contentType);
  const field = fieldsAt(site.definition.root, schema, pathSegments(before[1] ?? '')).find((f) => f.name === name);
  if (!field) return undefined;
  const lines = [
    `**${name}**: \`${field.type ?? 'any'}\`${field.required ? ' (required)' : ''}, in the ${site.operation.method} ${site.operation.path} request model`,
  ];
  if (field.description) lines.push('', field.description);
  return { markdown: lines.join('\n'), start: at - before[2].length, end: at + rest.length };
}

function describe(doc: ApiDocument, expression: string): string | undefined {
  const stage = /^\$stageVariables\.([A-Za-z0-9_]+)$/.exec(expression);
  if (stage) {
    const known = stageVariableNames(doc).find((v) => v.name === stage[1]);
    const values = known?.values.length
      ? known.values.map((v) => `- \`${v.value}\` in ${v.where}`).join('\n')
      : 'No value for it is set in this document.';
    return `**$stageVariables.${stage[1]}** (stage variable)\n\n${values}`;
  }
  const member = findMember(expression);
  if (!member) return undefined;
  return [
    `\`\`\`\n${member.signature}\n\`\`\``,
    member.doc,
    `[AWS: mapping template reference](${MAPPING_TEMPLATE_REFERENCE})`,
  ].join('\n\n');
}
