/**
 * The mapping-template engine's behaviours, one by one, with the outputs Apache Velocity 1.7 gives for them (each
 * expectation was taken from the Java oracle; the differential test keeps checking them against it), and what
 * the engine promises beyond Velocity: problems with positions, bounded work on hostile templates, overrides.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseTemplate, renderTemplate, type TemplateRequest } from '../../../../server/src/service/velocity/index';
import { random } from '../../../support/random';

const render = (template: string, request: TemplateRequest = {}) => renderTemplate(template, request);
const out = (template: string, request: TemplateRequest = {}) => {
  const r = render(template, request);
  assert.deepEqual(
    r.problems.filter((p) => p.severity === 'error'),
    [],
    `errors in ${JSON.stringify(template)}`,
  );
  return r.output;
};

const body = JSON.stringify({
  name: 'Ada',
  n: 21,
  score: 1.5,
  tags: ['a', 'b'],
  items: [
    { id: 1, price: 2.5, qty: 2 },
    { id: 2, price: 1, qty: 3 },
  ],
  o: { k: 'v', list: [1, { x: 'y/z' }] },
});

describe('Velocity 1.7 semantics', () => {
  const cases: [string, string, TemplateRequest?][] = [
    // references and AWS's null deviation
    ['$undefined|$!undefined|${undefined}|$!{undefined}', '|||'],
    ['#set($e = "x")\\$e \\\\$e \\\\\\$e', '$e \\x \\$e'],
    ['\\$undefined \\\\$undefined', '\\$undefined \\'],
    ['$a-1', ''],
    ['#set($a = 1)#set($a = $undefined)$a', '1'],
    ['$undefined.', '.'],
    // whitespace exactly as 1.7 emits it
    ['#if(true)\na\n#end\nb\n', 'a\nb\n'],
    ['  #if(true)\n  a\n  #end\nb', '    a\n  b'],
    ['x\n  #set($a = 1)\ny$a', 'x\n  y1'],
    ['#set($x = 1)$x #set($y = 2)$y', '12'],
    ['#foreach($i in [1..2])\n  $i\n  #end\n', '  1\n    2\n  '],
    ['#if(false)a#else  \nb#end', 'b'],
    ['## comment\na #* b *# c', 'a  c'],
    ['#[[$x #if]]#', '$x #if'],
    // truthiness: an empty string is true, literals other than true/false are false
    ['#set($s = "")#if($s)t#end #set($l=[])#if($l)t#end', 'tt'],
    ['#if("abc")t#end#if(0)t#end#if(1 + 1)t#end#if(!"")t#end', 't'],
    ['#if($undefined == $null)yes#end', 'yes'],
    ['#set($x = 5 == "5")$x #set($y = 1 == 1.0)$y', 'truetrue'],
    // foreach
    [
      '#foreach($i in [1..2])$velocityCount $foreach.count $foreach.index $foreach.hasNext#end',
      '1 1 0 true2 2 1 false',
    ],
    ['#foreach($i in [1..5])#if($i == 3)#break#end$i#end', '12'],
    ['#set($i = "outer")#foreach($i in [1..2])$i#end$i', '12outer'],
    ['#foreach($i in [1..2])#foreach($j in [1..2])$foreach.parent.count$foreach.count #end#end', '11 12 21 22 '],
    ['#set($m = {"a": 1, "b": 2})#foreach($v in $m)$v#end', '12'],
    ['#set($a = [3..1])$a', '[3, 2, 1]'],
    // stop, break, define, macro
    ['a\n#stop\nafter', 'a\n'],
    ['x#break()y', 'x'],
    ['#define($d)D$x#end#set($x=1)$d', 'D1'],
    ['#m2(1)#macro(m2 $a)<$a>#end', '<1>'],
    ['#macro(m $x)$x$x#end#set($c = [])#m($c.add(1))$c', 'truetrue[1, 1]'],
    ['#macro(p $a $b)<$!a,$!b>#end#p(1)', '<1,>'],
    ['#foo(bar)', '#foo(bar)'],
    // literals and strings
    ['#set($m = {"a": 1, "b": [1, 2]})$m $m.a $m.keySet()', '{a=1, b=[1, 2]} 1 [a, b]'],
    ['#set($s = "a""b")$s|#set($t = \'a\'\'b\')$t|#set($u = "a\\d")$u', 'a"b|a\'b|a\\d'],
    ['#set($x = "a$undefined")[$x] #set($y = "a" + $undefined)$y', '[a] a$undefined'],
    // Java arithmetic
    ['#set($x = 2147483647 + 1)$x|#set($y = 2147483647 * 2147483647)$y', '2147483648|4611686014132420609'],
    ['#set($x = 9223372036854775807 + 1)$x', '9223372036854775808'],
    ['#set($x = -7 / 2)$x|#set($y = -7 % 3)$y|#set($z = 7.0 / 2)$z|#set($w = 7 / 0)[$w]', '-3|-1|3.5|[]'],
    [
      '#set($x = 10000000.0)$x|#set($y = 1234567.0)$y|#set($z = 0.0001)$z|#set($v = 1e3)$v',
      '1.0E7|1234567.0|1.0E-4|1000.0',
    ],
    ['#set($x = "5" + 3)$x', '53'],
    [
      '#set($d = 1.4411518807585587E17 * 1.0)$d|#set($e = 8.023351852160516E18 * 1.0)$e|#set($f = 0.1 + 0.2)$f',
      '1.44115188075855872E17|8.0233518521605161E18|0.30000000000000004',
    ],
    // Java methods
    [
      '#set($s = "a,b,,c,,")$s.split(",").size() $s.split(",", -1).size() $s.replaceAll(",+", ";") $s.replaceFirst("(\\w),(\\w)", "$2$1")',
      '4 6 a;b;c; ba,,c,,',
    ],
    [
      '#set($s = " Hello World ")$s.trim().toUpperCase() $s.indexOf("o") $s.lastIndexOf("o") $s.substring(1, 6) $s.charAt(1) $s.length()',
      'HELLO WORLD 5 8 Hello H 13',
    ],
    [
      '#set($s = "abc")$s.matches("[a-c]+") $s.matches("b") $s.contains("bc") $s.equalsIgnoreCase("ABC") $s.replace("", "-")',
      'true false true true -a-b-c-',
    ],
    ['#set($l = [1, 2, 3])$l[0] $l[-1] $l.get(1) $l.size() $l.contains(2) $l.isEmpty()', '1 3 2 3 true false'],
    ['#set($s = "x")$s.class.simpleName', 'String'],
    // AWS objects
    [
      "$input.path('$.name') $input.path('$.n') $input.path('$.o') $input.path('$.o.list') $input.json('$.o') $input.json('$.name') $input.json('$.missing')",
      'Ada 21 {k=v, list=[1,{"x":"y\\/z"}]} [1,{"x":"y\\/z"}] {"k":"v","list":[1,{"x":"y\\/z"}]} "Ada" ""',
      { body },
    ],
    [
      "$input.path('$.items[*].id') $input.path('$.items[?(@.qty > 2)].id') $input.path('$..x') $input.path('$.tags.size()')",
      '[1,2] [2] ["y\\/z"] 2',
      { body },
    ],
    [
      "#foreach($i in $input.path('$.items'))#set($t = $i.price * $i.qty)$t#if($foreach.hasNext),#end#end",
      '5.0,3',
      { body },
    ],
    ["$input.body|$input.path('$')", '{}|{}'],
    [
      "$input.params('id') $input.params('q') $input.params('x-h') $input.params()",
      '1 2 3 {path={id=1}, querystring={q=2}, header={X-H=3}}',
      { path: { id: '1' }, query: { q: '2' }, headers: { 'X-H': '3' } },
    ],
    ["$util.escapeJavaScript('it''s \"q\" a/b é\\')", 'it\\\'s \\"q\\" a\\/b \\u00E9\\\\'],
    [
      "$util.urlEncode('a b&c=d/é~*') $util.urlDecode('a+b%20c') $util.base64Encode('hé') $util.base64Decode('aMOp')",
      'a+b%26c%3Dd%2F%C3%A9%7E* a b c aMOp hé',
    ],
    ['#set($j = $util.parseJson(\'{"a":[1,{"b":2}]}\'))$j $j.a[1].b', '{a=[1,{"b":2}]} 2'],
    [
      "$context.stage $context.identity.sourceIp $stageVariables.env ${stageVariables['env']}",
      'dev 1.2.3.4 prod prod',
      { context: { stage: 'dev', identity: { sourceIp: '1.2.3.4' } }, stageVariables: { env: 'prod' } },
    ],
  ];
  for (const [template, expected, request] of cases) {
    test(JSON.stringify(template), () => assert.equal(out(template, request), expected));
  }
});

describe('what the engine promises', () => {
  test('overrides written with #set come back in the result', () => {
    const r = render(
      '#set($context.responseOverride.status = 400)#set($context.responseOverride.header.X-A = "a")#set($context.requestOverride.header.X-B = "b")#set($context.requestOverride.querystring.q = 1)#set($context.requestOverride.path.p = "v")',
    );
    assert.deepEqual(r.overrides, {
      request: { header: { 'X-B': 'b' }, querystring: { q: '1' }, path: { p: 'v' } },
      response: { status: 400, header: { 'X-A': 'a' } },
    });
  });

  test('an override set twice is a warning: API Gateway fails such a request', () => {
    const r = render(
      '#set($context.responseOverride.status = 400)\n#set($context.responseOverride.status = 500)#set($context.responseOverride.header.A = "1")',
    );
    assert.equal(r.overrides.response.status, 500);
    assert.deepEqual(
      r.problems.map((p) => [p.code, p.range.start.line]),
      [['vtl-override-twice', 1]],
    );
  });

  test('a syntax error is a problem at its place, and nothing renders', () => {
    const r = render('line one\n  #if($x)\nno end');
    assert.equal(r.output, '');
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].code, 'vtl-syntax');
    assert.equal(r.problems[0].severity, 'error');
    assert.deepEqual([r.problems[0].range.start.line, r.problems[0].range.start.character], [1, 2]);
    assert.equal(parseTemplate('#set($a = 5 -3)').problems[0].code, 'vtl-syntax');
    assert.equal(parseTemplate('$s.substring($i + 1)').problems[0].code, 'vtl-syntax');
  });

  test('a Java exception stops the render with a run-time problem where it happened', () => {
    const r = render('before #set($s = "abc")\n$s.substring(5) after');
    assert.equal(r.output, 'before ');
    const p = r.problems.find((x) => x.code === 'vtl-runtime');
    assert.ok(p, 'a vtl-runtime problem');
    assert.equal(p.range.start.line, 1);
    assert.match(p.message, /StringIndexOutOfBounds/);
  });

  test('an unknown method is a warning and gives null, as in Velocity', () => {
    const r = render('#set($s = "a")[$s.noSuchMethod()]');
    assert.equal(r.output, '[]');
    assert.ok(r.problems.some((p) => p.code === 'vtl-unknown-method' && p.severity === 'warning'));
  });

  test('members $input and $util do not have are warnings that name what they do have', () => {
    const property = render('$input.bdy');
    assert.deepEqual(
      property.problems.map((p) => [p.code, p.severity]),
      [['vtl-unknown-property', 'warning']],
    );
    assert.match(property.problems[0].message, /body, json\(path\), path\(path\)/);
    const method = render('$util.escapeJson("x")');
    assert.deepEqual(
      method.problems.map((p) => [p.code, p.severity]),
      [['vtl-unknown-method', 'warning']],
    );
    assert.match(method.problems[0].message, /\$util/);
    for (const known of [
      '$input.body',
      "$input.json('$')",
      "$input.path('$')",
      '$input.params()',
      "$input.params('x')",
      '$util.escapeJavaScript("a")',
      '$util.parseJson("{}")',
      '$util.urlEncode("a")',
      '$util.urlDecode("a")',
      '$util.base64Encode("a")',
      '$util.base64Decode("YQ==")',
    ]) {
      assert.deepEqual(render(known).problems, [], known);
    }
  });

  test('a parsed template renders again with other requests', () => {
    const parsed = parseTemplate('$input.params("id")');
    assert.equal(renderTemplate(parsed, { path: { id: '1' } }).output, '1');
    assert.equal(renderTemplate(parsed, { path: { id: '2' } }).output, '2');
  });

  test('hostile templates are bounded: loops, recursion, output', () => {
    assert.equal(
      render('#foreach($i in [1..5000])x#end').output.length,
      1000,
      'AWS stops a #foreach at 1000 iterations',
    );
    const recursion = render('#macro(r)#r()#end#r()');
    assert.ok(recursion.problems.some((p) => p.severity === 'error'));
    const define = render('#define($d)$d$d$d$d#end$d');
    assert.ok(define.output.length < 1000);
    const big = renderTemplate(
      '#foreach($i in [1..1000])#foreach($j in [1..1000])xxxxxxxxxx#end#end',
      {},
      { maxOutputBytes: 100_000 },
    );
    assert.ok(big.output.length <= 100_000);
    assert.ok(big.problems.some((p) => p.severity === 'error'));
    const nested = render('#if(true)'.repeat(5000) + '#end'.repeat(5000));
    assert.ok(nested.problems.length > 0);
    assert.ok(render('#set($a = [1..100000000])').problems.some((p) => p.severity === 'error'));
    for (const growing of [
      '#set($s = "x")#foreach($i in [1..1000])#set($s = "$s$s")#end',
      '#set($s = "x")#foreach($i in [1..1000])#set($s = $s + $s)#end',
      '#set($s = "ab")#foreach($i in [1..1000])#set($s = $s.replace("", $s))#end',
    ]) {
      assert.ok(
        render(growing).problems.some((p) => p.severity === 'error'),
        `a string doubling without end is stopped: ${growing}`,
      );
    }
    const exponential = render(`#set($s = "${'a'.repeat(40)}")$s.matches("(a+)+b")`);
    assert.ok(
      exponential.problems.some((p) => p.severity === 'error' && /exponential/.test(p.message)),
      'a catastrophic regex is refused, not run',
    );
  });

  test('an interpolated string or a #define does not count against the output cap', () => {
    const r = renderTemplate('#foreach($i in [1..100])#set($s = "0123456789")#end$s', {}, { maxOutputBytes: 20 });
    assert.equal(r.output, '0123456789');
    assert.ok(
      renderTemplate('#set($s = "é")$s$s$s', {}, { maxOutputBytes: 5 }).problems.length > 0,
      'the cap counts UTF-8 bytes',
    );
  });

  test('never throws, whatever the text', () => {
    const next = random(17);
    const alphabet = [
      '$',
      '!',
      '{',
      '}',
      '#',
      'if',
      'set',
      'foreach',
      'end',
      'else',
      '(',
      ')',
      '[',
      ']',
      '..',
      '"',
      "'",
      '\\',
      ' ',
      '\n',
      'a',
      '1',
      '.',
      'x',
      '=',
      '+',
      '*',
      '#*',
      '*#',
      '##',
      'macro',
      'define',
      'in',
      ',',
      ':',
      '$input.path(',
      '$util.',
      'break',
      'stop',
    ];
    for (let i = 0; i < 2000; i++) {
      let t = '';
      const n = Math.floor(next() * 40);
      for (let j = 0; j < n; j++) t += alphabet[Math.floor(next() * alphabet.length)];
      const r = renderTemplate(t, { body: '{"a": [1]}' });
      assert.equal(typeof r.output, 'string');
    }
  });
});
