/**
 * One "Render Template…" session: the template's document, its request file and its output document, rendered
 * again (by the server) whenever the template or the request changes, a short pause after typing.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { RenderTemplateArgs } from '../../../contract/commands';
import {
  RenderTemplateRequest,
  type RenderTemplateParams,
  type RenderTemplateResult,
  type SampleTemplateRequestResult,
  type TemplateRequestJson,
} from '../../../contract/messages';
import { readRequestText } from './core/requestFile';
import { RENDER_SCHEME, type RenderedDocuments } from './renderView';

const RERENDER_DELAY_MS = 120;

export class RenderSession implements vscode.Disposable {
  readonly outputUri: vscode.Uri;
  private readonly listeners: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  /** The last render, for the editor tests and "Compare with API Gateway". */
  last: RenderTemplateResult | undefined;
  private readonly rendered = new vscode.EventEmitter<RenderTemplateResult | undefined>();
  readonly onDidRender = this.rendered.event;

  constructor(
    readonly args: RenderTemplateArgs,
    readonly requestUri: vscode.Uri,
    /** What the server said about the template when the session opened (its kind and operation). */
    readonly about: NonNullable<SampleTemplateRequestResult>,
    private readonly client: () => Promise<LanguageClient>,
    private readonly view: RenderedDocuments,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const json = /json/i.test(args.label) ? 'json' : 'txt';
    const slug = args.label.replace(/[^A-Za-z0-9{}._-]+/g, ' ').trim() || 'template';
    this.outputUri = vscode.Uri.from({
      scheme: RENDER_SCHEME,
      path: `/Rendered ${slug}.${json}`,
      query: encodeURIComponent(`${args.documentUri}#${JSON.stringify(args.templatePath)}`),
    });
    this.listeners.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        const uri = e.document.uri.toString();
        if (uri === args.documentUri || uri === requestUri.toString()) this.schedule();
      }),
    );
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), RERENDER_DELAY_MS);
  }

  /** The request as the request file holds it now. */
  async currentRequest(): Promise<ReturnType<typeof readRequestText>> {
    return readRequestText((await vscode.workspace.openTextDocument(this.requestUri)).getText());
  }

  /** Renders the template for another request without showing it (Compare renders for AWS's backend response). */
  async renderFor(request: TemplateRequestJson): Promise<RenderTemplateResult | null> {
    const params: RenderTemplateParams = { uri: this.args.documentUri, templatePath: this.args.templatePath, request };
    return (await this.client()).sendRequest(RenderTemplateRequest, params);
  }

  /** Renders now with the current texts of the template and the request. */
  async render(): Promise<RenderTemplateResult | undefined> {
    const generation = ++this.generation;
    const read = await this.currentRequest();
    if (read.error) {
      this.show(generation, `${read.error}\n`, [
        new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), read.error, vscode.DiagnosticSeverity.Error),
      ]);
      return undefined;
    }
    let result: RenderTemplateResult | null;
    try {
      const client = await this.client();
      const params: RenderTemplateParams = {
        uri: this.args.documentUri,
        templatePath: this.args.templatePath,
        request: read.request,
      };
      result = await client.sendRequest(RenderTemplateRequest, params);
    } catch (e) {
      this.log.error(`render failed: ${(e as Error).message ?? e}`);
      this.show(generation, `Could not render: ${(e as Error).message ?? e}\n`, []);
      return undefined;
    }
    if (!result) {
      this.show(
        generation,
        'The template is no longer at this place of the document (was its key renamed?). Run "Render Template…" again from its CodeLens.\n',
        [],
      );
      return undefined;
    }
    this.show(
      generation,
      result.output,
      [...read.notes.map((n) => diagnostic(result.output, n, 'warning')), ...problemsOf(result)],
      result,
    );
    return result;
  }

  private show(generation: number, text: string, problems: vscode.Diagnostic[], result?: RenderTemplateResult): void {
    if (generation !== this.generation) return; // a newer render is on its way
    this.last = result;
    this.view.set(this.outputUri, text, problems);
    this.rendered.fire(result);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const l of this.listeners.splice(0)) l.dispose();
    this.view.forget(this.outputUri);
    this.rendered.dispose();
  }
}

function problemsOf(result: RenderTemplateResult): vscode.Diagnostic[] {
  const out: vscode.Diagnostic[] = [];
  for (const p of result.problems) {
    const where = p.range ? ` (template line ${p.range.start.line + 1}, column ${p.range.start.character + 1})` : '';
    out.push(diagnostic(result.output, p.message + where, p.severity, p.outputOffset));
  }
  const o = result.overrides;
  const sets = [
    ...Object.entries(o.request.header).map(([k, v]) => `request header ${k}: ${v}`),
    ...Object.entries(o.request.querystring).map(([k, v]) => `request query string ${k}=${v}`),
    ...Object.entries(o.request.path).map(([k, v]) => `request path parameter ${k}=${v}`),
    ...(o.response.status !== undefined ? [`response status ${o.response.status}`] : []),
    ...Object.entries(o.response.header).map(([k, v]) => `response header ${k}: ${v}`),
  ];
  if (sets.length) out.push(diagnostic(result.output, `The template overrides: ${sets.join('; ')}.`, 'information'));
  return out;
}

function diagnostic(
  output: string,
  message: string,
  severity: 'error' | 'warning' | 'information',
  offset?: number,
): vscode.Diagnostic {
  const at = offset === undefined ? new vscode.Position(0, 0) : positionIn(output, offset);
  const d = new vscode.Diagnostic(
    new vscode.Range(at, at.translate(0, 1)),
    message,
    severity === 'error'
      ? vscode.DiagnosticSeverity.Error
      : severity === 'warning'
        ? vscode.DiagnosticSeverity.Warning
        : vscode.DiagnosticSeverity.Information,
  );
  d.source = 'apigw';
  return d;
}

function positionIn(text: string, offset: number): vscode.Position {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split('\n').length - 1;
  return new vscode.Position(line, before.length - (before.lastIndexOf('\n') + 1));
}
