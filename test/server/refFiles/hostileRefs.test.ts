/**
 * `$ref`s to hostile targets, through the server's real reader (refFiles/) on real files in a temporary folder:
 * devices, a FIFO, a directory, /proc, a sparse 60 MB file, malformed URIs, files outside the workspace with and
 * without Workspace Trust. Each reference is reported on its own, and nothing blocks.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { getLanguageService } from '../../../server/src/service/languageService';
import { FileAccessState, ReferencedFilesSetting } from '../../../server/src/refFiles/access';
import { referencedFilesHost } from '../../../server/src/refFiles/referencedFilesHost';
import { readRegularFile } from '../../../server/src/refFiles/safeRead';
import { definitionWithRefs } from '../../support/hostile';

const service = getLanguageService();
const posix = process.platform !== 'win32';

describe('$ref targets that must not hang, leak or hide the others', () => {
  let root: string;
  let workspace: string;
  let api: string;
  before(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-refs-')));
    workspace = path.join(root, 'workspace');
    api = path.join(workspace, 'api');
    fs.mkdirSync(path.join(api, 'dir'), { recursive: true });
    fs.mkdirSync(path.join(root, 'outside'));
    fs.writeFileSync(path.join(api, 'params.yaml'), 'Limit: {name: limit, in: query, schema: {type: integer}}\n');
    fs.writeFileSync(path.join(root, 'outside', 'secret.yaml'), 'Secret: {name: s, in: query}\n');
    // Sparse: 60 MB by its size, nothing on disk.
    fs.writeFileSync(path.join(api, 'big.yaml'), '');
    fs.truncateSync(path.join(api, 'big.yaml'), 60 * 1024 * 1024);
    if (posix) {
      execFileSync('mkfifo', [path.join(api, 'fifo.yaml')]);
      fs.symlinkSync(path.join(root, 'outside', 'secret.yaml'), path.join(api, 'link.yaml'));
      fs.symlinkSync(path.join(root, 'outside', 'gone.yaml'), path.join(api, 'dangling.yaml'));
    }
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  async function check(
    refs: string[],
    access: FileAccessState = { trusted: true, folders: [workspace] },
    setting?: ReferencedFilesSetting,
  ) {
    const uri = pathToFileURL(path.join(api, 'def.yaml')).toString();
    const doc = service.parseDocument(uri, 'yaml', 1, definitionWithRefs(refs));
    const host = await referencedFilesHost(service.referencedFiles(doc), uri, access, setting);
    const diagnostics = service.validate(doc, {}, host).filter((d) => String(d.code).startsWith('ref-'));
    // One line per reference, in the order written: `ref → code: message`.
    return diagnostics.map((d) => {
      const line = doc.text.getText().split('\n')[d.range.start.line];
      return { ref: /\$ref: '(.*)'/.exec(line)?.[1], code: d.code, message: String(d.message) };
    });
  }

  test('malformed references, a directory and missing targets are each reported; the rest are still checked', async () => {
    const found = await check([
      './a%zz.yaml',
      '//host:1/x',
      './dir',
      './missing.yaml',
      './params.yaml#/Nope',
      './params.yaml#/Limit',
      '#/nowhere',
    ]);
    assert.deepEqual(
      found.map((f) => [f.ref, f.code]),
      [
        ['./a%zz.yaml', 'ref-missing'],
        ['//host:1/x', 'ref-missing'],
        ['./dir', 'ref-missing'],
        ['./missing.yaml', 'ref-missing'],
        ['./params.yaml#/Nope', 'ref-missing'],
        ['#/nowhere', 'ref-missing'],
      ],
    );
    assert.match(found[2].message, /is a directory, not a file/);
    assert.match(found[3].message, /does not exist/);
  });

  test('a 60 MB file is too large to check, not missing', async () => {
    const [big] = await check(['./big.yaml']);
    assert.equal(big.code, 'ref-unchecked');
    assert.match(big.message, /is 60 MB, larger than the 16 MB that are checked/);
  });

  test(
    'devices, a FIFO and /proc are never read, and nothing waits on them',
    { skip: !posix && 'POSIX devices' },
    async () => {
      const found = await check([
        '/dev/zero',
        '/dev/urandom',
        './fifo.yaml',
        '/proc/self/environ',
        './params.yaml#/Limit',
      ]);
      assert.deepEqual(
        found.map((f) => f.ref),
        ['/dev/zero', '/dev/urandom', './fifo.yaml', '/proc/self/environ'],
      );
      assert.match(found[0].message, /system file/);
      assert.match(found[2].message, /not a regular file/);
      assert.match(found[3].message, /system file/);
    },
  );

  test(
    'the reader itself takes regular files only, whatever the access rules let through',
    { skip: !posix && 'POSIX devices' },
    async () => {
      for (const p of ['/dev/zero', '/dev/urandom', path.join(api, 'fifo.yaml')]) {
        const outcome = await readRegularFile(p);
        assert.ok('reason' in outcome && outcome.broken, `${p}: ${JSON.stringify(outcome)}`);
      }
      assert.deepEqual(await readRegularFile(path.join(api, 'dir')), {
        reason: 'is a directory, not a file',
        broken: true,
      });
      // /proc files say they are empty; the cap is counted while reading.
      const proc = await readRegularFile('/proc/self/status', 16);
      assert.ok('reason' in proc && /larger than/.test(proc.reason), JSON.stringify(proc));
    },
  );

  test("trusted, by default: the workspace folders and the definition's folder tree, nothing else", async () => {
    const outsideExisting = '../../outside/secret.yaml';
    const outsideMissing = '../../outside/nothing.yaml';
    const found = await check([
      outsideExisting,
      outsideMissing,
      '../../../../../../../../etc/passwd',
      './params.yaml#/Limit',
    ]);
    assert.deepEqual(
      found.map((f) => [f.ref, f.code]),
      [
        [outsideExisting, 'ref-unchecked'],
        [outsideMissing, 'ref-unchecked'],
        ['../../../../../../../../etc/passwd', 'ref-unchecked'],
      ],
    );
    // The same words whether the file exists or not: a diagnostic must not tell.
    assert.equal(found[0].message.replace(outsideExisting, 'X'), found[1].message.replace(outsideMissing, 'X'));
    assert.match(found[0].message, /outside the workspace folders and the definition's folder/);
    // Without workspace folders (a single file opened), the definition's own folder tree is still read.
    assert.deepEqual(
      await check(['./params.yaml#/Nope'], { trusted: true, folders: [] }).then((f) => f.map((x) => x.code)),
      ['ref-missing'],
    );
  });

  test('trusted, "anywhere": files outside are read; "none": no file is', async () => {
    assert.deepEqual(
      await check(['../../outside/secret.yaml#/Secret', '../../outside/secret.yaml#/Nope'], undefined, 'anywhere').then(
        (f) => f.map((x) => [x.ref, x.code]),
      ),
      [['../../outside/secret.yaml#/Nope', 'ref-missing']],
    );
    assert.deepEqual(await check(['./params.yaml#/Nope'], undefined, 'none').then((f) => f.map((x) => x.code)), [
      'ref-unchecked',
    ]);
  });

  test('untrusted (Restricted Mode): only the workspace folders, whatever the setting says', async () => {
    const untrusted = { trusted: false, folders: [api] };
    for (const setting of ['anywhere', 'workspaceAndDefinitionFolder'] as const) {
      const found = await check(
        ['../../outside/secret.yaml#/Secret', '../params.yaml', './params.yaml#/Nope'],
        untrusted,
        setting,
      );
      assert.deepEqual(
        found.map((f) => [f.ref, f.code]),
        [
          ['../../outside/secret.yaml#/Secret', 'ref-unchecked'],
          ['../params.yaml', 'ref-unchecked'],
          ['./params.yaml#/Nope', 'ref-missing'],
        ],
      );
      assert.match(found[0].message, /not trusted/);
    }
    // No workspace folder at all: nothing is read.
    assert.deepEqual(
      await check(['./params.yaml#/Nope'], { trusted: false, folders: [] }).then((f) => f.map((x) => x.code)),
      ['ref-unchecked'],
    );
  });

  test(
    'a link inside the workspace to a file outside is not followed, dangling or not',
    { skip: !posix && 'symbolic links' },
    async () => {
      const found = await check(['./link.yaml#/Secret', './dangling.yaml']);
      assert.deepEqual(
        found.map((f) => [f.ref, f.code]),
        [
          ['./link.yaml#/Secret', 'ref-unchecked'],
          ['./dangling.yaml', 'ref-unchecked'],
        ],
      );
    },
  );
});
