/**
 * Completion inside mapping templates: members of `$input`, `$util`, `$context`, `$stageVariables`,
 * `$foreach`, variables the template `#set`s, `#` directives, and body fields from the operation's request model
 * inside `$input.path('$.` / `$input.json('$.`. The cursor is turned into a template offset through the site's
 * source map; edits are written back escaped for the YAML or JSON string around them.
 */
import { CompletionItem, CompletionItemKind, CompletionList, MarkupKind } from 'vscode-languageserver-types';
import type { ApiDocument } from '../document/model';
import { fieldsAt, pathSegments, requestSchema } from './bodySchema';
import { TemplateSite, encodeForSite, siteAt } from './discover';
import { GATEWAY_RESPONSE_SOURCES, TemplateMember, templateMembers } from './members';
import { docOffsetAt, templateOffsetAt } from './sourceMap';
import { stageVariableNames } from './stageVariableNames';

/** Completions when the offset is inside a template; undefined when it is not (other completion applies). */
export function templateCompletion(doc: ApiDocument, offset: number): CompletionList | undefined {
  const site = siteAt(doc, offset);
  if (!site) return undefined;
  const at = templateOffsetAt(site.map, offset);
  if (at === undefined) return undefined;
  // Without an exact map, an edit could land on the wrong characters: offer nothing rather than break text.
  if (!site.map.exact) return { isIncomplete: false, items: [] };
  const text = site.map.text;
  const before = text.slice(Math.max(0, at - 400), at);
  const ctx: ItemContext = { doc, site, cursorDoc: offset, at };
  return { isIncomplete: false, items: itemsFor(ctx, before, text) };
}

interface ItemContext {
  doc: ApiDocument;
  site: TemplateSite;
  cursorDoc: number;
  at: number;
}

function itemsFor(ctx: ItemContext, before: string, text: string): CompletionItem[] {
  const body =
    /\$input\.(?:path|json)\(\s*(['"])\$((?:\.[A-Za-z0-9_$-]+|\[(?:\d+|\*|'[^']*'|"[^"]*")\])*)\.([A-Za-z0-9_$-]*)$/.exec(
      before,
    );
  if (body) return bodyFieldItems(ctx, body[2], body[3]);
  if (ctx.site.kind === 'gateway-response') return gatewayResponseItems(ctx, before);
  const directive = /(?:^|[^\\#$A-Za-z0-9_])#(\{?)([A-Za-z]*)$/.exec(before);
  if (directive) return directiveItems(ctx, directive[1] + directive[2]);
  const reference = /\$(!?)(\{?)([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]*)*)?$/.exec(before);
  if (reference) return referenceItems(ctx, reference[3] ?? '', text);
  return [];
}

/** Replaces the template range `[from, at)` with `newText` (template text, escaped here for the host string). */
function item(
  ctx: ItemContext,
  from: number,
  label: string,
  newText: string,
  kind: CompletionItemKind,
  detail: string,
  doc: string,
  sortText?: string,
): CompletionItem {
  const start = ctx.doc.text.positionAt(docOffsetAt(ctx.site.map, from));
  const end = ctx.doc.text.positionAt(ctx.cursorDoc);
  const encoded = encodeForSite(ctx.site, newText);
  return {
    label,
    kind,
    detail,
    documentation: { kind: MarkupKind.Markdown, value: doc },
    textEdit: { range: { start, end }, newText: encoded },
    filterText: encoded,
    ...(sortText ? { sortText } : {}),
  };
}

function memberKind(m: TemplateMember): CompletionItemKind {
  if (m.kind === 'method') return CompletionItemKind.Method;
  if (m.kind === 'directive') return CompletionItemKind.Keyword;
  if (m.kind === 'root') return CompletionItemKind.Module;
  return CompletionItemKind.Property;
}

function referenceItems(ctx: ItemContext, typed: string, text: string): CompletionItem[] {
  // Replaces the name after `$`, `$!` or `${` (the prefix the user chose stays). Every member is offered
  // whatever was typed: the editor filters them by the typed text.
  const from = ctx.at - typed.length;
  const items: CompletionItem[] = [];
  for (const m of templateMembers()) {
    if (m.kind === 'directive') continue;
    if (m.name.startsWith('$foreach') && !/#\{?foreach\}?\s*\(/.test(text.slice(0, ctx.at))) continue;
    items.push(
      item(
        ctx,
        from,
        m.name,
        (m.insert ?? m.name).slice(1),
        memberKind(m),
        m.signature,
        m.doc,
        `${m.kind === 'root' ? 0 : 2}${m.name}`,
      ),
    );
  }
  for (const v of stageVariableNames(ctx.doc)) {
    const values = v.values.map((x) => `\`${x.value}\` (${x.where})`).join(', ');
    items.push(
      item(
        ctx,
        from,
        `$stageVariables.${v.name}`,
        `stageVariables.${v.name}`,
        CompletionItemKind.Variable,
        'stage variable',
        values ? `Set to ${values}.` : 'Used elsewhere in this document.',
        `1${v.name}`,
      ),
    );
  }
  for (const name of setVariables(text))
    items.push(
      item(
        ctx,
        from,
        `$${name}`,
        name,
        CompletionItemKind.Variable,
        'template variable',
        'Set by `#set` in this template.',
        `1${name}`,
      ),
    );
  return items;
}

/** Names assigned with `#set($name = …)` in the template. */
function setVariables(text: string): string[] {
  const out = new Set<string>();
  const re = /#\{?set\}?\s*\(\s*\$!?\{?([A-Za-z][A-Za-z0-9_]*)\s*=/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && out.size < 200) out.add(m[1]);
  return [...out].filter((n) => !['input', 'util', 'context', 'stageVariables'].includes(n));
}

function directiveItems(ctx: ItemContext, typed: string): CompletionItem[] {
  const from = ctx.at - typed.length - 1;
  return templateMembers()
    .filter((m) => m.kind === 'directive')
    .map((m) => item(ctx, from, m.name, m.insert ?? m.name, CompletionItemKind.Keyword, m.signature, m.doc));
}

function bodyFieldItems(ctx: ItemContext, path: string, typed: string): CompletionItem[] {
  const { site } = ctx;
  if (site.kind !== 'request' || !site.definition || !site.operation) return [];
  const schema = requestSchema(site.definition, site.operation, site.contentType);
  if (!schema) return [];
  const from = ctx.at - typed.length;
  return fieldsAt(site.definition.root, schema, pathSegments(path)).map((f) =>
    item(
      ctx,
      from,
      f.name,
      f.name,
      CompletionItemKind.Field,
      `${f.type ?? 'any'}${f.required ? ' (required)' : ''} — request model`,
      f.description ?? `A field of the ${site.operation!.method} ${site.operation!.path} request body.`,
    ),
  );
}

/** Gateway responses: only what API Gateway substitutes there (no Velocity). */
function gatewayResponseItems(ctx: ItemContext, before: string): CompletionItem[] {
  const reference = /\$([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]*)*)?$/.exec(before);
  const plain = /(?:^|[^A-Za-z0-9_.$])(m[a-z]*(?:\.[A-Za-z0-9_]*)*)$/.exec(before);
  const items: CompletionItem[] = [];
  const note =
    'Gateway response templates are not Velocity: API Gateway substitutes only `$context`, `$stageVariables` and `method.request.*` values.';
  if (reference) {
    const typed = reference[1] ?? '';
    const from = ctx.at - typed.length;
    for (const m of templateMembers()) {
      if (!m.name.startsWith('$context.')) continue;
      items.push(
        item(ctx, from, m.name, m.name.slice(1), CompletionItemKind.Property, m.signature, `${m.doc}\n\n${note}`),
      );
    }
    for (const v of stageVariableNames(ctx.doc))
      items.push(
        item(
          ctx,
          from,
          `$stageVariables.${v.name}`,
          `stageVariables.${v.name}`,
          CompletionItemKind.Variable,
          'stage variable',
          note,
        ),
      );
  } else if (plain) {
    const from = ctx.at - plain[1].length;
    for (const source of GATEWAY_RESPONSE_SOURCES)
      items.push(
        item(
          ctx,
          from,
          source,
          source,
          CompletionItemKind.Variable,
          'method request parameter',
          `A parameter of the method request; write its name after the dot.\n\n${note}`,
        ),
      );
  }
  return items;
}
