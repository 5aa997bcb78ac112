/**
 * The language service: pure functions over documents, with I/O injected. It uses LSP data types but never the
 * connection and never `vscode`, so it is tested in process (style of vscode-json-languageservice).
 */
import type {
  CodeAction,
  CodeLens,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  Hover,
  Location,
  Position,
  Range,
} from 'vscode-languageserver-types';
import type {
  DefinitionJsonResult,
  TemplateJsonResult,
  OperationsResult,
  RenderTemplateResult,
  SampleTemplateRequestResult,
  TemplateRequestJson,
} from '../../../contract/messages';
import { checkRequest } from '../../../contract/templateRequest';
import { buildDocument, ApiDocument, ModelSettings } from './document/model';
import { applyIncrementalEdit, SingleEdit } from './parser/incremental';
import { codeActions } from './features/codeActions';
import { codeLenses } from './features/codeLens';
import { complete } from './features/completion';
import { definition, references } from './features/navigation';
import { hover } from './features/hover';
import { locate } from './features/locate';
import { operations } from './features/operations';
import { definitionJson } from './features/definitionJson';
import { templateJson } from './features/templateJson';
import { documentSymbols } from './features/symbols';
import { siteLabel, templateLenses } from './templates/codeLens';
import { templateCompletion } from './templates/complete';
import { isVtlDocument } from './templates/discover';
import { templateHover } from './templates/hover';
import { findSite, renderSite } from './templates/render';
import { sampleRequest } from './templates/sampleRequest';
import { vtlDocument } from './templates/vtlDocument';
import { referencedFiles } from './validation/refFiles';
import type { ServiceHost } from './validation/rule';
import { validateDocument, ValidationLog, ValidationSettings } from './validation/validate';

export interface LanguageServiceParams {
  host?: ServiceHost;
  log?: ValidationLog;
}

export interface ServiceSettings extends ModelSettings, ValidationSettings {}

export interface LanguageService {
  /** Parses a document once; every other function takes the result. */
  parseDocument(
    uri: string,
    languageId: string,
    version: number,
    text: string,
    settings?: ServiceSettings,
  ): ApiDocument;
  /** The next version of a document after one edit, re-using its tree when the edit allows; else a full parse. */
  updateDocument(
    previous: ApiDocument,
    edit: SingleEdit,
    text: string,
    version: number,
    settings?: ServiceSettings,
  ): ApiDocument;
  /** `host` replaces the service's own for this check (e.g. one holding the referenced files, read beforehand). */
  validate(doc: ApiDocument, settings?: ServiceSettings, host?: ServiceHost): Diagnostic[];
  /** The files the document's `$ref`s name, for a host that reads them before `validate` asks. */
  referencedFiles(doc: ApiDocument): string[];
  complete(doc: ApiDocument, position: Position): CompletionList;
  hover(doc: ApiDocument, position: Position): Hover | null;
  codeActions(doc: ApiDocument, range: Range, diagnostics: Diagnostic[]): CodeAction[];
  definition(doc: ApiDocument, position: Position): Location[];
  references(doc: ApiDocument, position: Position, includeDeclaration?: boolean): Location[];
  documentSymbols(doc: ApiDocument): DocumentSymbol[];
  codeLenses(doc: ApiDocument): CodeLens[];
  operations(doc: ApiDocument): OperationsResult | null;
  /** The standalone definition as JSON, with its intrinsics and external $refs (for deploy). */
  definitionJson(doc: ApiDocument): DefinitionJsonResult | null;
  /** The template as JSON with intrinsics in long form (comparing a template's API with its stack). */
  templateJson(doc: ApiDocument): TemplateJsonResult | null;
  /** A request to render the template at `templatePath` with, from its operation's examples; null if no template is there. */
  sampleTemplateRequest(doc: ApiDocument, templatePath: readonly (string | number)[]): SampleTemplateRequestResult;
  /** The template at `templatePath` rendered for `request`, with what API Gateway would reject; null if no template is there. */
  renderTemplate(
    doc: ApiDocument,
    templatePath: readonly (string | number)[],
    request: TemplateRequestJson,
  ): RenderTemplateResult | null;
  locate(doc: ApiDocument, path: readonly (string | number)[]): Range | null;
}

export function getLanguageService(params: LanguageServiceParams = {}): LanguageService {
  const host = params.host ?? {};
  return {
    parseDocument: (uri, languageId, version, text, settings = {}) =>
      isVtlDocument(uri, languageId)
        ? vtlDocument(uri, languageId, version, text)
        : buildDocument(uri, languageId, version, text, settings),
    updateDocument(previous, edit, text, version, settings = {}) {
      if (isVtlDocument(previous.uri, previous.text.languageId))
        return vtlDocument(previous.uri, previous.text.languageId, version, text);
      const reused =
        previous.kind === 'other' ? undefined : applyIncrementalEdit(previous.parsed, previous.text.getText(), edit);
      return buildDocument(previous.uri, previous.text.languageId, version, text, settings, reused);
    },
    validate: (doc, settings = {}, hostForCheck = host) => validateDocument(doc, settings, hostForCheck, params.log),
    referencedFiles: (doc) => referencedFiles(doc, host.fileUrlToPath),
    // Inside a mapping template, the template's own completion and hover answer; elsewhere the definition's.
    complete: (doc, position) => templateCompletion(doc, doc.text.offsetAt(position)) ?? complete(doc, position),
    hover: (doc, position) => {
      const inTemplate = templateHover(doc, doc.text.offsetAt(position));
      return inTemplate === undefined ? hover(doc, position) : inTemplate;
    },
    codeActions,
    definition,
    references,
    documentSymbols,
    codeLenses: (doc) => [...codeLenses(doc), ...templateLenses(doc)],
    operations,
    definitionJson,
    templateJson,
    locate,
    sampleTemplateRequest(doc, templatePath) {
      const site = findSite(doc, templatePath);
      if (!site) return null;
      return {
        request: sampleRequest(doc, site),
        label: siteLabel(doc, site),
        kind: site.kind,
        ...(site.operation ? { operation: { path: site.operation.path, method: site.operation.method } } : {}),
        ...(site.definition ? { apiType: site.definition.apiType } : {}),
      };
    },
    renderTemplate(doc, templatePath, request) {
      const site = findSite(doc, templatePath);
      if (!site) return null;
      const checked = checkRequest(request);
      const result = renderSite(doc, site, checked.request);
      result.problems.unshift(
        ...checked.notes.map((message) => ({ message, severity: 'warning' as const, range: null })),
      );
      return result;
    },
  };
}
