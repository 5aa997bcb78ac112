/**
 * Brings a test-invoke panel back after a window reload (VS Code's WebviewPanelSerializer): the page's saved state
 * names the target; the page itself restores its inputs, result and frames from the same state.
 */
import * as vscode from 'vscode';
import type { ExtensionServices } from '../../common/services';
import { checkRestoreState } from '../core/restoreState';
import type { InvokeHooks } from '../hooks';
import { InvokePanel } from './invokePanel';
import { panelParts } from './openTestInvoke';

export function restorePanel(
  services: ExtensionServices,
  hooks: InvokeHooks,
  panel: vscode.WebviewPanel,
  state: unknown,
): void {
  const restored = checkRestoreState(state, { endpoint: services.aws.connection.endpoint });
  if (!restored) {
    // Nothing usable (an older panel, or another connection): closing beats an empty page.
    services.log.info(
      'Test invoke: a panel from the last session could not be restored; open it again from the definition or the explorer.',
    );
    panel.dispose();
    return;
  }
  const { invoker, deps } = panelParts(services, hooks, restored.target);
  InvokePanel.revive(panel, restored.key, invoker, deps);
}
