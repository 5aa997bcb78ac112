/**
 * Log tail: the commands are registered at activation; the feature behind them (and with it the CloudWatch Logs
 * SDK) loads on the first use of one of them, so activation stays cheap.
 */
import { Commands, registerCommand } from '../common/commands';
import type { ExtensionServices } from '../common/services';
import type { LogCommands } from './logFeature';

export function registerLogFeatures(services: ExtensionServices): void {
  let feature: Promise<LogCommands> | undefined;
  const load = () => (feature ??= import('./logFeature').then((m) => m.activateLogFeature(services)));
  const forward =
    (name: keyof LogCommands) =>
    async (...args: unknown[]) =>
      (await load())[name](...args);
  services.context.subscriptions.push(
    registerCommand(Commands.tailLogs, forward('tailLogs')),
    registerCommand(Commands.stopTail, forward('stopTail')),
    registerCommand(Commands.showRequestLines, forward('showRequestLines')),
  );
}
