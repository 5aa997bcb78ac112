/**
 * Template diagnostics land on the exact document character the engine names, through escapes and block
 * scalars; and the member catalogue is held to the engine (every member renders without an unknown-member problem).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getLanguageService } from '../../../../server/src/service/languageService';
import { templateMembers } from '../../../../server/src/service/templates/members';
import { parseTemplate, renderTemplate } from '../../../../server/src/service/velocity';

const service = getLanguageService();

function templateDiagnostics(
  text: string,
  languageId = 'yaml',
  uri = `file:///t/doc.${languageId === 'json' ? 'json' : 'yaml'}`,
) {
  const doc = service.parseDocument(uri, languageId, 1, text);
  return service
    .validate(doc)
    .filter((d) => String(d.code).startsWith('template'))
    .map((d) => ({
      ...d,
      at: doc.text.getText().slice(doc.text.offsetAt(d.range.start), doc.text.offsetAt(d.range.end)),
    }));
}

const restOp = (templates: string) =>
  `openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    post:\n      responses: {'200': {description: ok}}\n      x-amazon-apigateway-integration:\n        type: mock\n        requestTemplates:\n${templates}`;

describe('template diagnostics', () => {
  test('a syntax error after escapes in a JSON string points at the exact characters', () => {
    const text =
      '{"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}, "x-amazon-apigateway-integration": {"type": "mock", "requestTemplates": {"application/json": "{\\"a\\": \\"\\u00e9\\", \\"b\\": #if($x == \\"1\\" ) 1 #end #foreach($i in [1..2])"}}}}}}';
    const [d] = templateDiagnostics(text, 'json');
    assert.equal(d.code, 'template-syntax');
    const engine = parseTemplate(
      JSON.parse(text).paths['/a'].get['x-amazon-apigateway-integration'].requestTemplates['application/json'],
    ).problems[0];
    assert.ok(engine, 'the engine reports the unclosed #foreach');
    assert.ok(d.at.startsWith('#foreach'), `diagnostic covers ${JSON.stringify(d.at)}`);
  });

  test('in a literal block scalar: the line and column of the template', () => {
    const text = restOp(
      '          application/json: |\n            {\n              "a": $input.json(\'$.a\'),\n              "b": $input.path(\'$.b\'\n            }\n',
    );
    const [d] = templateDiagnostics(text);
    // The missing `)` is found at the `}` on the next line, as Velocity finds it.
    assert.equal(d.range.start.line, 13);
    assert.equal(d.range.start.character, 12);
    assert.equal(d.at, '}');
  });

  test('in a folded, double-quoted string with an escaped line break', () => {
    const text = restOp('          application/json: "{\\"x\\": 1,\\\n            \\ \\"y\\": #set($a = )}"\n');
    const [d] = templateDiagnostics(text);
    assert.equal(d.range.start.line, 10);
    assert.equal(d.at, ')');
  });

  test('valid templates, gateway responses and Fn::Sub with substitutions give no syntax diagnostic', () => {
    const text = restOp(
      '          application/json: \'#set($b = $input.path(\'\'$\'\')) {"n": "$b.name"} #if($b.size() > 0)x#end\'\n          text/plain: !Sub \'{"r": "${AWS::Region}"}\'\n',
    );
    assert.deepEqual(
      templateDiagnostics(text).map((d) => d.code),
      [],
    );
  });

  test('a .vtl file is checked as a whole', () => {
    const d = templateDiagnostics('#set($a = 1)\n#if($a\n', 'velocity', 'file:///t/m.vtl');
    assert.deepEqual(
      d.map((x) => `${x.code} ${x.range.start.line}`),
      ['template-syntax 2'],
    );
  });
});

describe('member catalogue', () => {
  test('every member the catalogue lists is implemented by the engine', () => {
    const request = {
      body: '{"a": 1, "b": [1, 2]}',
      headers: { h: 'v' },
      query: { q: '1' },
      path: { id: '7' },
      stageVariables: { version: 'v1' },
      context: { requestId: 'r' },
    };
    const members = templateMembers();
    assert.ok(members.length > 60, `${members.length} members`);
    for (const m of members) {
      const result = renderTemplate(m.example, request);
      const bad = result.problems.filter(
        (p) => p.code !== 'vtl-runtime' || /unknown|not (a|an) (method|member)|no method/i.test(p.message),
      );
      assert.deepEqual(
        bad.map((p) => `${p.code}: ${p.message}`),
        [],
        `${m.name}: ${m.example}`,
      );
      assert.ok(
        m.example.includes(m.name.replace(/^\$/, '').split('.').pop()!.replace(/^#/, '')) || m.kind === 'root',
        `${m.name}'s example calls it`,
      );
    }
  });
});

describe('hostile templates', () => {
  test('validation, completion and hover answer on pathological .vtl and YAML texts', () => {
    const bodies = [
      '#*'.repeat(20000),
      '${'.repeat(20000),
      '$util.'.repeat(10000),
      '\\'.repeat(20000),
      '#if('.repeat(5000),
      "$input.path('$.".repeat(5000),
      '##'.repeat(20000),
    ];
    for (const body of bodies) {
      for (const [uri, languageId, text] of [
        ['file:///h.vtl', 'velocity', body],
        ['file:///h.yaml', 'yaml', restOp(`          application/json: '${body.replace(/'/g, "''")}'\n`)],
      ]) {
        const doc = service.parseDocument(uri, languageId, 1, text);
        const diagnostics = service.validate(doc);
        assert.ok(Array.isArray(diagnostics));
        service.complete(doc, doc.text.positionAt(text.length - 3));
        service.hover(doc, doc.text.positionAt(text.length >> 1));
      }
    }
  });
});
