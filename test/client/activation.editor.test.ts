import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionId, openFixture, screenshot, waitFor } from '../editor/suite/helpers';

suite('Extension activation', () => {
  test('activates when an API Gateway definition opens', async () => {
    await openFixture('rest-api.yaml');
    const extension = await waitFor(
      () => vscode.extensions.getExtension(extensionId),
      10_000,
      `extension ${extensionId} to be loaded`,
    );
    await waitFor(() => extension.isActive, 30_000, 'the extension to activate');
    // Shows the injection grammars at work on extension keys and the mapping template.
    await screenshot('definition-open', { waitForSelector: '.monaco-editor .view-lines' });
  });

  test('registers the language server commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['apigw.restartServer', 'apigw.showOutput'])
      assert.ok(commands.includes(command), `${command} is not registered`);
  });

  test('registers every command declared in package.json', async () => {
    const declared: { command: string }[] =
      vscode.extensions.getExtension(extensionId)!.packageJSON.contributes.commands;
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.map((c) => c.command).filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], `declared but not registered: ${missing.join(', ')}`);
  });

  test('apigw.restartServer completes', async () => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise(
      (_, reject) =>
        (timer = setTimeout(() => reject(new Error('apigw.restartServer did not finish within 30 s')), 30_000)),
    );
    try {
      await Promise.race([vscode.commands.executeCommand('apigw.restartServer'), deadline]);
    } finally {
      clearTimeout(timer);
    }
  });
});
