import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBody } from '../../../../client/src/invoke/core/formatBody';
import { shellQuote, toCurl } from '../../../../client/src/invoke/core/curl';
import { execFileSync } from 'node:child_process';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('response bodies by content type', () => {
  test('JSON is pretty-printed; invalid JSON is shown as it came', () => {
    assert.equal(formatBody(bytes('{"a":[1]}'), 'application/json; charset=utf-8').text, '{\n  "a": [\n    1\n  ]\n}');
    assert.equal(formatBody(bytes('{"a":'), 'application/problem+json').kind, 'text');
    assert.equal(formatBody(bytes('[1]'), undefined).kind, 'json', 'sniffed without a content type');
  });

  test('text, empty and binary', () => {
    assert.deepEqual(formatBody(bytes('<b>hi</b>'), 'text/html'), {
      kind: 'text',
      text: '<b>hi</b>',
      size: 9,
      contentType: 'text/html',
    });
    assert.equal(formatBody(new Uint8Array(), 'text/plain').kind, 'empty');
    assert.equal(formatBody(bytes('plain'), 'application/octet-stream').kind, 'binary', 'declared binary');
    assert.equal(formatBody(new Uint8Array([0xff, 0xfe, 0x00]), undefined).kind, 'binary', 'not UTF-8');
    assert.equal(formatBody(bytes('a\u0000b'), undefined).kind, 'binary', 'control characters');
  });
});

describe('copy as curl', () => {
  test('quotes every argument safely for a POSIX shell', () => {
    assert.equal(shellQuote('simple-value'), 'simple-value');
    assert.equal(shellQuote(`it's $(rm -rf /) \`x\``), `'it'\\''s $(rm -rf /) \`x\`'`);
  });

  test('the shell reads back exactly the original arguments', () => {
    const nasty = `a'b"c $HOME \`id\` $(id) \\ ; | & \n end`;
    const cmd = toCurl({
      method: 'POST',
      url: 'https://x.example/p?q=1&r=2',
      headers: { 'x-weird': nasty },
      body: nasty,
    });
    // Replace curl by printf to see how the shell splits the command.
    const out = execFileSync('sh', ['-c', cmd.replace(/^curl/, `printf '%s\\0'`)], { encoding: 'utf8' });
    assert.deepEqual(out.split('\0').slice(0, -1), [
      '-i',
      '-X',
      'POST',
      'https://x.example/p?q=1&r=2',
      '-H',
      `x-weird: ${nasty}`,
      '--data-binary',
      nasty,
    ]);
  });

  test('signed requests use --aws-sigv4 and never hold keys', () => {
    const cmd = toCurl(
      {
        method: 'GET',
        url: 'https://a.execute-api.us-east-1.amazonaws.com/prod/',
        headers: {
          authorization: 'AWS4-HMAC-SHA256 Credential=AKID/...',
          'x-amz-date': '2024',
          accept: 'application/json',
        },
      },
      { sigv4Region: 'us-east-1', sessionToken: true },
    );
    assert.doesNotMatch(cmd, /AKID|AWS4-HMAC/);
    assert.match(cmd, /--aws-sigv4 aws:amz:us-east-1:execute-api --user "\$AWS_ACCESS_KEY_ID:\$AWS_SECRET_ACCESS_KEY"/);
    assert.match(cmd, /-H "x-amz-security-token: \$AWS_SESSION_TOKEN"/);
    assert.match(cmd, /-H 'accept: application\/json'/);
  });
});
