// The standard way to run the editor suites on a machine with internet: `npx vscode-test` downloads desktop
// VS Code (@vscode/test-electron) and runs the same *.editor.test.ts suites as test/editor/run-offline.mjs.
// Build first (`node scripts/build.mjs`). Like the offline runner, it starts a moto server and opens a fresh copy
// of the fixture workspace whose settings point the extension at it. Screenshots are taken only offline.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@vscode/test-cli';
import { startMoto } from './scripts/lib/moto.mjs';
import { prepareRunDirs } from './test/editor/lib/workspace.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const moto = await startMoto();
const dirs = prepareRunDirs(path.join(root, 'test', 'editor', 'workspace'), { motoEndpoint: moto.endpoint });
process.on('exit', () => {
  moto.stopNow();
  dirs.remove();
});

export default defineConfig({
  label: 'editor',
  files: 'out/test/editor/suite/*.editor.test.js',
  workspaceFolder: dirs.workspace,
  mocha: { ui: 'tdd', timeout: 60_000 },
  launchArgs: ['--disable-workspace-trust', '--skip-welcome', '--disable-extensions'],
  env: {
    APIGW_TEST_MOTO_ENDPOINT: moto.endpoint,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_REGION: 'us-east-1',
    AWS_CONFIG_FILE: dirs.awsConfigFile,
    AWS_SHARED_CREDENTIALS_FILE: dirs.awsCredentialsFile,
  },
});
