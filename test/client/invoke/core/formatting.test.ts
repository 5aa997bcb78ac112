import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBody, formatTextBody } from '../../../../client/src/invoke/core/formatBody';
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

describe('response bodies: which content types are text', () => {
  const kind = (body: string, type?: string) => formatBody(bytes(body), type).kind;

  test('JSON types are pretty-printed whatever their parameters or case', () => {
    for (const type of ['application/json', 'Application/JSON; charset=utf-8', 'text/json', 'application/hal+json'])
      assert.equal(kind('{"a":1}', type), 'json', type);
    assert.equal(formatBody(bytes(' [1,2]'), '').text, '[\n  1,\n  2\n]', 'sniffed after leading space');
    assert.equal(kind('1', 'application/json'), 'json', 'a declared JSON scalar');
    assert.equal(kind('1', undefined), 'text', 'an undeclared scalar is not sniffed');
    assert.equal(kind('x{"a":1}', undefined), 'text', 'sniffed only from the start');
    assert.equal(kind('{"a":1}', 'text/plain'), 'text', 'a declared text type is not sniffed');
  });

  test('text types are shown as text, others as binary', () => {
    for (const type of [
      'text/csv',
      'application/xml',
      'application/atom+xml',
      'application/javascript',
      'application/x-www-form-urlencoded',
      'application/yaml',
      'application/x-yaml',
      'application/graphql',
    ])
      assert.equal(kind('a=1', type), 'text', type);
    for (const type of ['image/png', 'application/pdf', 'application/jsonx', 'application/xmlx', 'xtext/plain'])
      assert.equal(kind('a=1', type), 'binary', type);
  });

  test('the size, content type and truncation travel with every kind', () => {
    assert.deepEqual(formatBody(bytes('abc'), 'image/png', true), {
      kind: 'binary',
      text: '',
      size: 3,
      contentType: 'image/png',
      truncated: true,
    });
    assert.deepEqual(formatBody(new Uint8Array(), undefined), { kind: 'empty', text: '', size: 0 });
    assert.deepEqual(formatBody(bytes('{"a":1}'), undefined, false), { kind: 'json', text: '{\n  "a": 1\n}', size: 7 });
  });

  test('tabs, newlines and form feeds are text; other control characters are binary', () => {
    assert.equal(kind('a\tb\r\nc\u000bd\u000ce'), 'text');
    for (const c of ['\u0001', '\u0008', '\u000e', '\u001f']) assert.equal(kind(`a${c}b`), 'binary', JSON.stringify(c));
    assert.equal(kind('é ü 😀'), 'text', 'multi-byte UTF-8');
  });

  test("TestInvokeMethod's string bodies go through the same rules", () => {
    assert.deepEqual(formatTextBody('{"a":1}', 'application/json'), {
      kind: 'json',
      text: '{\n  "a": 1\n}',
      size: 7,
      contentType: 'application/json',
    });
    assert.equal(formatTextBody(undefined, undefined).kind, 'empty');
  });
});

describe('copy as curl: each part of the command', () => {
  test('only characters a shell never interprets stay unquoted', () => {
    for (const plain of ['AZaz09', 'a_b@c%d+e=f:g,h.i/j-k', 'https://x.example/p'])
      assert.equal(shellQuote(plain), plain);
    for (const quoted of ['', 'a b', 'a;b', 'a$b', 'a*b', 'a?b', 'a~b', 'a\nb', 'x y'])
      assert.equal(shellQuote(quoted), `'${quoted}'`, JSON.stringify(quoted));
  });

  test('GET has no -X and no body; other methods name themselves', () => {
    assert.equal(toCurl({ method: 'GET', url: 'https://x.example/', headers: {} }), 'curl -i https://x.example/');
    assert.equal(
      toCurl({ method: 'DELETE', url: 'https://x.example/a b', headers: { accept: '*/*' } }),
      `curl -i -X DELETE 'https://x.example/a b' -H 'accept: */*'`,
    );
    assert.equal(
      toCurl({ method: 'POST', url: 'https://x.example/', headers: {}, body: '' }),
      `curl -i -X POST https://x.example/ --data-binary ''`,
      'an empty body is still sent',
    );
  });

  test('unsigned requests keep their headers as they are; signed ones drop what --aws-sigv4 recomputes', () => {
    const headers = {
      authorization: 'Bearer t',
      'x-amz-date': 'd',
      'x-amz-security-token': 't',
      'x-amz-content-sha256': 'h',
      'x-api-key': 'k',
    };
    const unsigned = toCurl({ method: 'GET', url: 'https://x.example/', headers });
    for (const name of Object.keys(headers)) assert.match(unsigned, new RegExp(`-H '${name}: `), name);
    assert.doesNotMatch(unsigned, /aws-sigv4|AWS_SESSION_TOKEN/);
    const signed = toCurl({ method: 'GET', url: 'https://x.example/', headers }, { sigv4Region: 'eu-west-1' });
    assert.equal(
      signed,
      `curl -i https://x.example/ -H 'x-api-key: k' --aws-sigv4 aws:amz:eu-west-1:execute-api --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"`,
      'no session token header without temporary credentials',
    );
  });
});
