/** Registers the AWS connection's commands (choose a profile, a region) and its status bar item. */
import { Commands, registerCommand } from '../common/commands';
import type { ExtensionServices } from '../common/services';
import { selectProfile, selectRegion } from './pickers';
import { registerAwsStatusBar } from './statusBar';

export function registerAwsFeatures(services: ExtensionServices): void {
  const { aws } = services;
  services.context.subscriptions.push(
    registerAwsStatusBar(aws),
    registerCommand(Commands.selectProfile, () => selectProfile(aws)),
    registerCommand(Commands.selectRegion, () => selectRegion(aws)),
  );
}
