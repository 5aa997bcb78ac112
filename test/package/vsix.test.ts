// Packages the current build with vsce (as `npm run package` does, minus the production rebuild, which would
// rewrite dist/ under other tests) and checks that the .vsix holds only what the .vscodeignore whitelist allows.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

/** Entry names of a zip file, read from its central directory. */
function zipEntries(file: string): string[] {
  const zip = fs.readFileSync(file);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, `${file} is not a zip file`);
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(offset), 0x02014b50, 'broken central directory');
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

const allowed = [/^dist\/(client|server|aws-sdk|gatewayHost)\.js$/, /^media\//, /^syntaxes\/[\w.-]+\.json$/, /^package\.json$/, /^readme\.md$/i, /^license(\.(md|txt))?$/i, /^changelog\.md$/i];

describe('extension package', () => {
  test('the .vsix holds only the bundles, media, grammars, package.json and docs', () => {
    for (const bundle of ['dist/client.js', 'dist/server.js'])
      assert.ok(fs.existsSync(path.join(root, bundle)), `${bundle} is missing: run node scripts/build.mjs first`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-vsix-'));
    try {
      const vsix = path.join(dir, 'apigateway-studio.vsix');
      execFileSync(
        process.execPath,
        [
          path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'),
          'package',
          '--no-dependencies',
          '--no-rewrite-relative-links',
          '--out',
          vsix,
        ],
        { cwd: root, stdio: 'pipe' },
      );
      const files = zipEntries(vsix)
        .filter((name) => name.startsWith('extension/'))
        .map((name) => name.slice('extension/'.length));
      const unexpected = files.filter((f) => !allowed.some((re) => re.test(f)));
      assert.deepEqual(unexpected, [], `files that should not ship: ${unexpected.join(', ')}`);
      for (const required of ['package.json', 'dist/client.js', 'dist/server.js', 'dist/aws-sdk.js', 'dist/gatewayHost.js', 'syntaxes/apigw-extension-keys.injection.tmLanguage.json', 'syntaxes/apigw-velocity.injection.tmLanguage.json', 'media/apigw.svg']) {
        assert.ok(files.includes(required), `${required} is not in the package`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
