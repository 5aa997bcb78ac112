// A fresh copy of the fixture workspace and a fresh VS Code profile for each run, in a temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function prepareRunDirs(fixtureDir, { motoEndpoint }) {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-editor-'));
  const workspace = path.join(base, 'workspace');
  fs.cpSync(fixtureDir, workspace, { recursive: true });
  writeJson(path.join(workspace, '.vscode', 'settings.json'), {
    'apigw.aws.endpoint': motoEndpoint,
    'apigw.aws.region': 'us-east-1',
  });
  const userDataDir = path.join(base, 'user');
  // Quiet, predictable workbench: nothing opens by itself, nothing phones home.
  writeJson(path.join(userDataDir, 'User', 'settings.json'), {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'chat.disableAIFeatures': true,
  });
  const extensionsDir = path.join(base, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  // Keep the AWS SDK in the extension host away from the machine's real profiles and credentials.
  const awsDir = path.join(base, 'aws');
  fs.mkdirSync(awsDir, { recursive: true });
  fs.writeFileSync(path.join(awsDir, 'config'), '[default]\nregion = us-east-1\n');
  fs.writeFileSync(
    path.join(awsDir, 'credentials'),
    '[default]\naws_access_key_id = test\naws_secret_access_key = test\n',
  );
  return {
    base,
    workspace,
    userDataDir,
    extensionsDir,
    awsConfigFile: path.join(awsDir, 'config'),
    awsCredentialsFile: path.join(awsDir, 'credentials'),
    remove: () => fs.rmSync(base, { recursive: true, force: true }),
  };
}

function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}
