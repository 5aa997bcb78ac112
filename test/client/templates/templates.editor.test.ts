import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lineOf, openFixture, positionOf, screenshot, waitFor } from '../../editor/suite/helpers';

const serverTimeoutMs = 30_000;

interface RenderSessionHandle {
  outputUri: vscode.Uri;
  requestUri: vscode.Uri;
}

function renderedText(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText();
}

suite('Mapping templates in the editor', () => {
  test('a Velocity syntax error is reported at its place inside the template', async () => {
    const editor = await openFixture('templates.yaml');
    const line = lineOf(editor.document, "text/plain: '#if($input.body'");
    const found = await waitFor(
      () => vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.code === 'template-syntax'),
      serverTimeoutMs,
      'a template-syntax diagnostic',
    );
    assert.equal(found.range.start.line, line);
  });

  test('a .vtl file is a template: its language, its diagnostics and hover', async () => {
    const editor = await openFixture('mapping.vtl');
    assert.equal(editor.document.languageId, 'velocity');
    const found = await waitFor(
      () => vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.code === 'template-syntax'),
      serverTimeoutMs,
      'a template-syntax diagnostic in mapping.vtl',
    );
    assert.equal(found.range.start.line, lineOf(editor.document, '#foreach'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      positionOf(editor.document, 'path(', 1),
    );
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.match(text, /\$input\.path\(path: String\): Object/);
  });

  test('Render Template… opens the sample request and the rendered output, and renders again on edits', async () => {
    const editor = await openFixture('templates.yaml');
    const document = editor.document;
    const templateLine = lineOf(document, 'application/json: |');
    const lens = await waitFor(
      async () => {
        const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
          'vscode.executeCodeLensProvider',
          document.uri,
        );
        return lenses?.find(
          (l) => l.command?.command === 'apigw.renderTemplate' && l.range.start.line === templateLine,
        );
      },
      serverTimeoutMs,
      'the Render Template lens above the application/json template',
    );
    assert.equal(lens.command!.title, '$(preview) Render Template…');
    const session = await vscode.commands.executeCommand<RenderSessionHandle>(
      lens.command!.command,
      ...(lens.command!.arguments ?? []),
    );
    assert.ok(session, 'the command returns its session');
    assert.match(
      session.requestUri.path,
      /\.vscode\/apigateway\/requests\/templates-post-pets-id-request-application-json\.json$/,
    );
    const output = await waitFor(
      () => renderedText(session.outputUri),
      serverTimeoutMs,
      'the rendered output document',
    );
    assert.deepEqual(JSON.parse(output), { id: 'p-42', name: 'Rex', tags: ['good', 'small'] });

    // Edit the request: the output follows.
    const request = await vscode.workspace.openTextDocument(session.requestUri);
    const edit = new vscode.WorkspaceEdit();
    const at = request.getText().indexOf('"Rex"');
    edit.replace(
      request.uri,
      new vscode.Range(request.positionAt(at), request.positionAt(at + 5)),
      '"Bo \\"the dog\\""',
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    const renamed = await waitFor(
      () => renderedText(session.outputUri)?.includes('Bo') && renderedText(session.outputUri),
      serverTimeoutMs,
      'the output after editing the request',
    );
    assert.equal(JSON.parse(renamed).name, 'Bo "the dog"');

    // Edit the template: the output follows too.
    const templateEdit = new vscode.WorkspaceEdit();
    templateEdit.insert(document.uri, positionOf(document, '"tags"'), '"kind": "pet",\n              ');
    assert.ok(await vscode.workspace.applyEdit(templateEdit));
    const withKind = await waitFor(
      () => renderedText(session.outputUri)?.includes('"kind"') && renderedText(session.outputUri),
      serverTimeoutMs,
      'the output after editing the template',
    );
    assert.equal(JSON.parse(withKind).kind, 'pet');
    await screenshot('render-template');
  });
});
