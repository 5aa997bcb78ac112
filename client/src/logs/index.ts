/**
 * Log tail: the commands are registered at activation; the feature behind them (and with it the CloudWatch Logs
 * SDK) loads on the first use of one of them, so activation stays cheap.
 */
import { Commands, registerCommand } from '../common/commands';
import type { ExtensionServices } from '../common/services';
import type { LocalLogSource, LogCommands } from './logFeature';

/** `local`: the local gateways, whose execution logs are tailed as log groups of their own. */
export function registerLogFeatures(services: ExtensionServices, local?: LocalLogSource): void {
  let feature: Promise<LogCommands> | undefined;
  const load = () => (feature ??= import('./logFeature').then((m) => m.activateLogFeature(services, local)));
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
