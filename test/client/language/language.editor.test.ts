import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lineOf, openFixture, positionOf, screenshot, waitFor } from '../../editor/suite/helpers';

const serverTimeoutMs = 30_000;

function apigwDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'apigw');
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    uri,
    position,
  );
  return (list?.items ?? []).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

suite('Language server in the editor', () => {
  test('reports a misspelt extension key and an invalid integration type on their lines', async () => {
    const editor = await openFixture('rest-api.yaml');
    const document = editor.document;
    const typoLine = lineOf(document, 'x-amazon-apigateway-integratoin');
    const typeLine = lineOf(document, 'type: lambda');
    const diagnostics = await waitFor(
      () => {
        const found = apigwDiagnostics(document.uri);
        const lines = new Set(found.map((d) => d.range.start.line));
        return lines.has(typoLine) && lines.has(typeLine) ? found : undefined;
      },
      serverTimeoutMs,
      `apigw diagnostics on lines ${typoLine + 1} and ${typeLine + 1} of rest-api.yaml`,
    );
    assert.ok(diagnostics.every((d) => d.message.length > 0));
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('definition-diagnostics', { waitForSelector: '.markers-panel' });
  });

  test('completes integration fields inside x-amazon-apigateway-integration', async () => {
    const editor = await openFixture('completion.yaml');
    // The last line of the fixture is the indented, empty line inside the integration object.
    const line = editor.document.lineCount - 2;
    const position = new vscode.Position(line, editor.document.lineAt(line).text.length);
    const labels = await waitFor(
      async () => {
        const found = await completionLabels(editor.document.uri, position);
        return found.includes('passthroughBehavior') ? found : undefined;
      },
      serverTimeoutMs,
      'completion item passthroughBehavior',
    );
    assert.ok(labels.includes('passthroughBehavior'));
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await screenshot('completion', { waitForSelector: '.suggest-widget.visible' });
  });

  test('hover on x-amazon-apigateway-integration explains it', async () => {
    const editor = await openFixture('rest-api.yaml');
    const position = positionOf(editor.document, 'x-amazon-apigateway-integration:', 5);
    const text = await waitFor(
      async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
          'vscode.executeHoverProvider',
          editor.document.uri,
          position,
        );
        const found = hoverText(hovers ?? []);
        return found.includes('x-amazon-apigateway-integration') ? found : undefined;
      },
      serverTimeoutMs,
      'a hover mentioning x-amazon-apigateway-integration',
    );
    assert.match(text, /x-amazon-apigateway-integration/);
  });

  test('diagnostics come back after apigw.restartServer', async () => {
    const editor = await openFixture('rest-api.yaml');
    const typoLine = lineOf(editor.document, 'x-amazon-apigateway-integratoin');
    await vscode.commands.executeCommand('apigw.restartServer');
    await waitFor(
      () => apigwDiagnostics(editor.document.uri).some((d) => d.range.start.line === typoLine),
      serverTimeoutMs,
      'apigw diagnostics after a restart',
    );
  });

  test('a YAML document that becomes a definition while typed is checked from then on', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'paths: {}\n' });
    const editor = await vscode.window.showTextDocument(document);
    try {
      const definition =
        'openapi: 3.0.1\ninfo: {title: typed, version: "1"}\nx-amazon-apigateway-binary-media-typez: []\n';
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), definition));
      const typoLine = lineOf(document, 'x-amazon-apigateway-binary-media-typez');
      await waitFor(
        () => apigwDiagnostics(document.uri).some((d) => d.range.start.line === typoLine),
        serverTimeoutMs,
        'apigw diagnostics on the typed document',
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('ordinary YAML files get no apigw diagnostics', async () => {
    const definition = await openFixture('rest-api.yaml');
    await waitFor(
      () => apigwDiagnostics(definition.document.uri).length > 0,
      serverTimeoutMs,
      'the server to report on rest-api.yaml first',
    );
    const plain = await openFixture('plain.yaml');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      plain.document.uri,
      new vscode.Position(1, 1),
    );
    assert.doesNotMatch(hoverText(hovers ?? []), /x-amazon-apigateway/);
    assert.deepEqual(apigwDiagnostics(plain.document.uri), []);
  });
});
