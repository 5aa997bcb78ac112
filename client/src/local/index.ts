/**
 * "API Gateway: Run API Locally" (palette, the definition's code lens, the test-invoke panel), the status bar
 * item of running local APIs and its menu, and "Stop Local API". Returns the link the test-invoke panel and
 * the log tail use.
 */
import * as vscode from 'vscode';
import { Commands, registerCommand } from '../common/commands';
import type { ExtensionServices } from '../common/services';
import { LocalApis } from './localApis';
import { checkRunLocalArgs, pickApi } from './pickLocalApi';

export function registerLocalFeatures(services: ExtensionServices): LocalApis {
  const apis = new LocalApis(services);
  services.context.subscriptions.push(
    apis,
    registerCommand(Commands.runLocal, async (raw?: unknown) => {
      const args = checkRunLocalArgs(raw) ?? (await argsFromActiveEditor());
      return args && apis.start(args);
    }),
    registerCommand(Commands.stopLocal, async () => {
      const picked = await pickRunning(apis, 'Stop which local API?');
      if (picked) await apis.stop(picked.key);
    }),
    registerCommand(Commands.localApiMenu, () => localApiMenu(apis)),
  );
  return apis;
}

async function argsFromActiveEditor() {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showWarningMessage('Run API Locally: open an OpenAPI definition or a SAM/CloudFormation template first.');
    return undefined;
  }
  if (document.isDirty) await document.save();
  return pickApi(document);
}

async function pickRunning(apis: LocalApis, title: string) {
  const all = apis.list();
  if (all.length === 0) {
    void vscode.window.showInformationMessage('No API is running locally.');
    return undefined;
  }
  if (all.length === 1) return all[0];
  const picked = await vscode.window.showQuickPick(
    all.map((r) => ({ label: r.label, description: r.listening.url, running: r })),
    { title },
  );
  return picked?.running;
}

async function localApiMenu(apis: LocalApis): Promise<void> {
  const items: (vscode.QuickPickItem & { run: () => unknown })[] = [];
  for (const r of apis.list()) {
    items.push(
      { label: `$(debug-stop) Stop ${r.label}`, description: r.listening.url, run: () => apis.stop(r.key) },
      { label: `$(output) Tail the execution log of ${r.label}`, description: r.logGroup, run: () => vscode.commands.executeCommand('apigw.tailLogs', { logGroups: [r.logGroup], startTime: '1h' }) },
      { label: `$(copy) Copy URL of ${r.label}`, description: `${r.listening.url}${r.listening.stage === '$default' ? '' : `/${r.listening.stage}`}`, run: () => vscode.env.clipboard.writeText(`${r.listening.url}${r.listening.stage === '$default' ? '' : `/${r.listening.stage}`}`) },
    );
  }
  items.push({ label: '$(output) Show the log', run: () => vscode.commands.executeCommand('apigw.showOutput') });
  if (apis.list().length > 1) items.push({ label: '$(debug-stop) Stop all local APIs', run: () => apis.stopAll() });
  const picked = await vscode.window.showQuickPick(items, { title: 'API Gateway: local APIs' });
  await picked?.run();
}
