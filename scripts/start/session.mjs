// A private VS Code profile for one `npm start` session, in a temporary folder: user settings that point the
// extension at the emulator, the extension linked into its extensions folder, and AWS config files of its own
// so the editor never reads the machine's real profiles while it talks to the emulator.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { awsIdentityVariables, withoutAwsIdentity } from '../lib/awsEnvironment.mjs';

/** `emulator`: `{ endpoint, region }`, or undefined to use the user's own AWS setup (--aws). */
export function createSession({ root, emulator }) {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-start-'));
  const userDataDir = path.join(base, 'user');
  const extensionsDir = path.join(base, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });

  // code-server loads what its extensions folder holds; a link named like an installed copy loads the working tree.
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const extensionFolder = `${pkg.publisher}.${pkg.name}-${pkg.version}`;
  fs.symlinkSync(root, path.join(extensionsDir, extensionFolder), 'dir');

  writeJson(path.join(userDataDir, 'User', 'settings.json'), {
    // The examples' README opens first: it says what to try.
    'workbench.startupEditor': 'readme',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'security.workspace.trust.enabled': false,
    'chat.disableAIFeatures': true,
    // examples/ sits inside the repository; its git prompt is not what the session is about.
    'git.openRepositoryInParentFolders': 'never',
    ...(emulator ? { 'apigw.aws.endpoint': emulator.endpoint, 'apigw.aws.region': emulator.region } : {}),
    // Test Invoke from a definition runs it on the local gateway: the emulator cannot run deployed APIs.
    ...(emulator ? { 'apigw.invoke.preferLocal': true } : {}),
  });

  let awsConfigFile;
  let awsCredentialsFile;
  if (emulator) {
    const awsDir = path.join(base, 'aws');
    fs.mkdirSync(awsDir, { recursive: true });
    awsConfigFile = path.join(awsDir, 'config');
    awsCredentialsFile = path.join(awsDir, 'credentials');
    fs.writeFileSync(awsConfigFile, `[default]\nregion = ${emulator.region}\n`);
    fs.writeFileSync(awsCredentialsFile, '[default]\naws_access_key_id = test\naws_secret_access_key = test\n');
  }
  return {
    base,
    userDataDir,
    extensionsDir,
    extensionFolder,
    awsConfigFile,
    awsCredentialsFile,
    remove: () => fs.rmSync(base, { recursive: true, force: true }),
  };
}

/** Variables that choose whose AWS identity is used; emulator sessions drop them (scripts/lib/awsEnvironment.mjs). */
export { awsIdentityVariables };

/** The editor's environment: with the emulator, its test credentials only; with --aws, the user's own. */
export function editorEnv(session, emulator, env = process.env) {
  const out = { ...env };
  // Variables of a surrounding VS Code (npm start run from its terminal) would redirect this one.
  for (const key of Object.keys(out)) if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete out[key];
  if (!emulator) return out;
  return {
    ...withoutAwsIdentity(out),
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_REGION: emulator.region,
    AWS_DEFAULT_REGION: emulator.region,
    AWS_CONFIG_FILE: session.awsConfigFile,
    AWS_SHARED_CREDENTIALS_FILE: session.awsCredentialsFile,
  };
}

function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}
