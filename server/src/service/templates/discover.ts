/**
 * Finds the mapping templates of a document: `requestTemplates` and integration `responses[*].responseTemplates`
 * of `x-amazon-apigateway-integration`, gateway response `responseTemplates`, the same properties of
 * CloudFormation `AWS::ApiGateway::Method` / `GatewayResponse` resources, and a whole `.vtl` file. Each site
 * carries its source map, so that every feature speaks in template offsets and reports in document offsets.
 */
import type { Definition, ApiDocument, TemplateResource } from '../document/model';
import { indexDefinition, Operation } from '../document/definitionIndex';
import { asIntrinsic, ifBranches } from '../document/intrinsics';
import { AstNode, ObjectNode, StringNode, getValue, pathOf } from '../parser/ast';
import { syntaxOf } from '../parser/parse';
import { SourceMap, mapScalar } from './sourceMap';

/**
 * request / response: run through Velocity by API Gateway. gateway-response: API Gateway only substitutes
 * `$context`, `$stageVariables` and `method.request.*` in them, without Velocity (runtime facts G2).
 */
export type TemplateKind = 'request' | 'response' | 'gateway-response' | 'file';

export interface TemplateSite {
  kind: TemplateKind;
  /** The content type the template is selected by (`application/json`); empty for a `.vtl` file. */
  contentType: string;
  /** The template's string node (undefined for a `.vtl` file). */
  node?: StringNode;
  /** Its content-type key. */
  keyNode?: StringNode;
  definition?: Definition;
  operation?: Operation;
  /** The CloudFormation resource of an `AWS::ApiGateway::Method` / `GatewayResponse` template. */
  resource?: TemplateResource;
  /** Integration response key (its selection pattern) or gateway response type. */
  responseKey?: string;
  /** CloudFormation substitutes `${...}` in it before API Gateway sees it (`!Sub` / `Fn::Sub`). */
  substituted?: boolean;
  /** How the text is written, which decides how inserted text is escaped. */
  style: TemplateStyle;
  /** Where each template character stands in the document. */
  readonly map: SourceMap;
}

export type TemplateStyle = 'json' | 'yaml-double' | 'yaml-single' | 'yaml-plain' | 'yaml-block' | 'file';

export const VTL_LANGUAGE_ID = 'velocity';

/** A `.vtl` document (by language id or file name): the whole text is one template. */
export function isVtlDocument(uri: string, languageId: string): boolean {
  return languageId === VTL_LANGUAGE_ID || /\.vtl$/i.test(uri);
}

const cache = new WeakMap<ApiDocument, TemplateSite[]>();

export function templateSites(doc: ApiDocument): TemplateSite[] {
  let sites = cache.get(doc);
  if (!sites) {
    sites = findSites(doc);
    cache.set(doc, sites);
  }
  return sites;
}

/** The template whose text holds the document offset (end inclusive, for a cursor after the last character). */
export function siteAt(doc: ApiDocument, offset: number): TemplateSite | undefined {
  for (const site of templateSites(doc)) {
    if (site.kind === 'file') return site;
    const node = site.node!;
    const end = node.offset + node.length;
    // A block scalar ends after its last line break: the start of the next line belongs to what follows.
    if (offset === end && site.style === 'yaml-block' && /[\r\n]/.test(doc.text.getText()[end - 1] ?? '')) continue;
    if (offset > node.offset && offset <= end) return site;
    if (offset === node.offset && node.length > 0 && !/["'|>]/.test(doc.text.getText()[node.offset] ?? '')) return site;
  }
  return undefined;
}

function findSites(doc: ApiDocument): TemplateSite[] {
  const text = doc.text.getText();
  if (isVtlDocument(doc.uri, doc.text.languageId)) return [fileSite(text)];
  const syntax = syntaxOf(doc.text.languageId, text) === 'yaml' ? 'yaml' : 'json';
  const sites: TemplateSite[] = [];
  const add = (kind: TemplateKind, holder: AstNode | undefined, extra: Partial<TemplateSite>) => {
    for (const templates of objectsAt(holder)) {
      for (const prop of templates.properties) {
        for (const value of valuesAt(prop.value)) {
          const found = templateString(value);
          if (!found) continue;
          const node = found.node;
          let map: SourceMap | undefined;
          sites.push({
            kind,
            contentType: prop.key.value,
            node,
            keyNode: prop.key,
            style: styleOf(text[node.offset], syntax),
            ...extra,
            ...(found.substituted ? { substituted: true } : {}),
            get map() {
              return (map ??= mapScalar(text, node.offset, node.offset + node.length, syntax, node.value));
            },
          });
        }
      }
    }
  };
  for (const def of doc.definitions) {
    // HTTP APIs have no mapping templates (API Gateway ignores them there).
    if (def.apiType === 'HTTP') continue;
    for (const op of indexDefinition(def).operations) {
      for (const integration of objectsAt(getValue(op.node, 'x-amazon-apigateway-integration'))) {
        add('request', getValue(integration, 'requestTemplates'), { definition: def, operation: op });
        for (const responses of objectsAt(getValue(integration, 'responses'))) {
          for (const response of responses.properties) {
            for (const r of objectsAt(response.value))
              add('response', getValue(r, 'responseTemplates'), {
                definition: def,
                operation: op,
                responseKey: response.key.value,
              });
          }
        }
      }
    }
    for (const responses of objectsAt(getValue(def.root, 'x-amazon-apigateway-gateway-responses'))) {
      for (const response of responses.properties) {
        for (const r of objectsAt(response.value))
          add('gateway-response', getValue(r, 'responseTemplates'), {
            definition: def,
            responseKey: response.key.value,
          });
      }
    }
  }
  for (const resource of doc.template?.resources.values() ?? []) {
    if (resource.type === 'AWS::ApiGateway::Method') {
      for (const integration of objectsAt(getValue(resource.properties, 'Integration'))) {
        add('request', getValue(integration, 'RequestTemplates'), { resource });
        const responses = getValue(integration, 'IntegrationResponses');
        for (const item of responses?.type === 'array' ? responses.items : []) {
          for (const r of objectsAt(item)) {
            const pattern = getValue(r, 'SelectionPattern');
            add('response', getValue(r, 'ResponseTemplates'), {
              resource,
              responseKey: pattern?.type === 'string' ? pattern.value : 'default',
            });
          }
        }
      }
    } else if (resource.type === 'AWS::ApiGateway::GatewayResponse') {
      const type = getValue(resource.properties, 'ResponseType');
      add('gateway-response', getValue(resource.properties, 'ResponseTemplates'), {
        resource,
        ...(type?.type === 'string' ? { responseKey: type.value } : {}),
      });
    }
  }
  return sites.sort((a, b) => a.node!.offset - b.node!.offset);
}

function fileSite(text: string): TemplateSite {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return {
    kind: 'file',
    contentType: '',
    style: 'file',
    map: { text, exact: true, starts, ends, tokenStart: 0, tokenEnd: text.length },
  };
}

function styleOf(first: string | undefined, syntax: 'yaml' | 'json'): TemplateStyle {
  if (syntax === 'json') return 'json';
  if (first === '"') return 'yaml-double';
  if (first === "'") return 'yaml-single';
  if (first === '|' || first === '>') return 'yaml-block';
  return 'yaml-plain';
}

/** Text to insert into a template so that it reads `text` once the YAML or JSON string is decoded. */
export function encodeForSite(site: TemplateSite, text: string): string {
  switch (site.style) {
    case 'json':
      return JSON.stringify(text).slice(1, -1);
    case 'yaml-double':
      return text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
    case 'yaml-single':
      return text.replace(/'/g, "''");
    default:
      return text;
  }
}

/** Objects standing at a place, through `Fn::If` branches. */
function objectsAt(node: AstNode | undefined): ObjectNode[] {
  return valuesAt(node).flatMap((n) => (n.type === 'object' && !asIntrinsic(n) ? [n] : []));
}

function valuesAt(node: AstNode | undefined): AstNode[] {
  const branches = ifBranches(node);
  if (branches) return branches.flatMap(valuesAt);
  return node ? [node] : [];
}

/** The template text node: a plain string, or the string of a `!Sub` / `Fn::Sub`. Other intrinsics: unknown text. */
function templateString(node: AstNode): { node: StringNode; substituted: boolean } | undefined {
  if (node.type === 'string') {
    if (!node.tag) return { node, substituted: false };
    return node.tag === '!Sub' ? { node, substituted: true } : undefined;
  }
  const fn = asIntrinsic(node);
  if (fn?.name !== 'Fn::Sub') return undefined;
  const arg = fn.argument;
  if (arg?.type === 'string') return { node: arg, substituted: true };
  if (arg?.type === 'array' && arg.items[0]?.type === 'string') return { node: arg.items[0], substituted: true };
  return undefined;
}

/** Keys from the definition's root (or the document's root for a CloudFormation resource) to the template. */
export function sitePath(site: TemplateSite): (string | number)[] {
  return site.node ? pathOf(site.node) : [];
}
