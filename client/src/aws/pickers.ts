/** "Select AWS Profile…" and "Select AWS Region…": quick picks that write the user settings. */
import * as vscode from 'vscode';
import { readProfiles, sharedFilePaths } from './profiles';
import { AWS_REGIONS } from './regions';
import type { AwsSession } from './session';

async function updateSetting(key: 'profile' | 'region', value: string): Promise<void> {
  const cfg = vscode.workspace.getConfiguration('apigw.aws');
  await cfg.update(key, value, vscode.ConfigurationTarget.Global);
  // A workspace value hides the user setting we just wrote: say so instead of silently doing nothing.
  const shadow = cfg.inspect<string>(key);
  if (shadow?.workspaceFolderValue !== undefined || shadow?.workspaceValue !== undefined) {
    void vscode.window.showWarningMessage(
      `The workspace sets "apigw.aws.${key}", which overrides the user setting just changed.`,
    );
  }
}

export async function selectProfile(session: AwsSession): Promise<void> {
  const current = session.connection.profile ?? '';
  const profiles = readProfiles();
  type Item = vscode.QuickPickItem & { value: string };
  const items: Item[] = [
    {
      label: 'Default credential chain',
      description: current === '' ? '(current)' : undefined,
      detail: 'Environment variables, AWS_PROFILE or default profile, SSO, container or instance role',
      value: '',
    },
    ...profiles.map((p) => ({
      label: p.name,
      description: [
        p.name === current ? '(current)' : undefined,
        p.region,
        p.sso ? 'SSO' : undefined,
        p.role ? 'assume role' : undefined,
      ]
        .filter(Boolean)
        .join(' · '),
      detail: `from ${p.sources.join(' and ')}`,
      value: p.name,
    })),
  ];
  const files = sharedFilePaths();
  const pick = await vscode.window.showQuickPick(items, {
    title: 'Select AWS Profile',
    placeHolder: profiles.length
      ? 'Profile for the API Gateway explorer, deploy, test invoke and logs'
      : `No profiles found in ${files.config} or ${files.credentials}`,
    matchOnDescription: true,
  });
  if (pick) await updateSetting('profile', pick.value);
}

export async function selectRegion(session: AwsSession): Promise<void> {
  const current = session.connection.region;
  type Item = vscode.QuickPickItem & { value: string };
  const items: Item[] = [
    {
      label: 'From profile or environment',
      detail: "The profile's region, then AWS_REGION, then us-east-1",
      value: '',
    },
    ...AWS_REGIONS.map((r) => ({
      label: r.id,
      description: `${r.name}${r.id === current ? ' (current)' : ''}`,
      value: r.id,
    })),
  ];
  const pick = await vscode.window.showQuickPick(items, {
    title: 'Select AWS Region',
    placeHolder: `Current: ${current}`,
    matchOnDescription: true,
  });
  if (pick) await updateSetting('region', pick.value);
}
