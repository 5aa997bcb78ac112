/**
 * A seeded generator of mapping templates and requests for the differential test: it composes the constructs
 * the engine claims (references in every form, #set with literals and arithmetic, #if/#elseif/#else, #foreach
 * with $foreach and $velocityCount, #break, #stop, #define, #macro, ranges, lists, maps, string interpolation,
 * escapes, comments, Java String/List/Map methods, $input/$util/$context/$stageVariables) with random
 * whitespace and newlines around directives. It avoids what Java prints with an identity hash (arrays,
 * objects such as $input), whose text differs on every run of the JVM itself.
 */
import type { TemplateRequest } from '../../../../server/src/service/velocity/index';
import { random } from '../../../support/random';

export interface GeneratedCase {
  template: string;
  request: TemplateRequest;
}

const REQUESTS: TemplateRequest[] = [
  {},
  {
    body: JSON.stringify({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      age: 36,
      score: 12.5,
      big: 12345678901,
      active: true,
      none: null,
      tags: ['math', 'poetry', 'engines'],
      address: { city: 'London', zip: 'W1', lines: ['12 St James', 'Floor 2'] },
      items: [
        { id: 1, price: 9.99, qty: 2, name: 'gear' },
        { id: 2, price: 0.5, qty: 10, name: 'cog "small"' },
        { id: 3, price: 100, qty: 1, name: 'lever/arm' },
      ],
      text: 'a,b,,c,,',
      path: '/x/y/z',
      html: '<b>bold</b> & "quoted" \'single\'',
      unicode: 'café ☕ naïve',
    }),
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'X-Trace': 'abc-123',
      Authorization: 'Bearer t0k3n',
    },
    query: { page: '2', filter: 'name eq "x"', empty: '' },
    path: { id: '42', proxy: 'a/b/c' },
    stageVariables: { env: 'prod', table: 'Orders', url: 'https://example.com/api' },
    context: {
      requestId: 'req-1',
      stage: 'prod',
      httpMethod: 'POST',
      resourcePath: '/items/{id}',
      accountId: '123456789012',
      identity: { sourceIp: '198.51.100.1', userAgent: 'Mozilla/5.0', caller: null },
      authorizer: { principalId: 'p-1', claims: { sub: 's-1' }, count: '3' },
      requestTimeEpoch: 1700000000123,
    },
  },
  { body: '[1, 2, 3, {"k": "v"}, [4, 5]]', headers: { accept: 'text/plain' }, query: { q: 'x y' } },
  { body: 'plain text body, not JSON', stageVariables: { env: 'dev' } },
  {
    body: '{"list": [], "obj": {}, "nested": {"deep": {"deeper": [{"x": 1}, {"x": 2, "y": "two"}]}}, "n": -7, "f": 1.0E10, "s": "  padded  "}',
  },
];

const WORDS = [
  'alpha',
  'Beta',
  'gamma delta',
  '',
  ' x ',
  'a,b,,c',
  'Hello World',
  'café',
  'x.y.z',
  '123',
  '-5',
  'tab\there',
  "it's",
  'a"b',
  'CamelCaseName',
  'snake_case_name',
  'a/b',
];
const REGEXES = [
  '[aeiou]',
  '\\s+',
  '\\d',
  '^a',
  'o$',
  '(\\w+) (\\w+)',
  '[^a-z]',
  'l+',
  ',',
  '\\.',
  '[A-Z]',
  '(?i)A',
  'x*',
  '\\W',
  'a|b',
  '\\\\',
  "'",
];
const REPLACEMENTS = ['', '-', '$1', '[$0]', '\\$', 'X', '$2$1'];
const PATHS = [
  '$',
  '$.name',
  '$.age',
  '$.score',
  '$.big',
  '$.active',
  '$.none',
  '$.missing',
  '$.tags',
  '$.tags[0]',
  '$.tags[-1]',
  '$.tags[*]',
  '$.address',
  '$.address.city',
  '$.address.lines',
  '$.items',
  '$.items[*].name',
  '$.items[1].price',
  "$['name']",
  '$.items[?(@.qty > 1)].id',
  '$..x',
  '$.nested.deep.deeper[1]',
  '$.list',
  '$.obj',
  '$.n',
  '$.f',
  '$.s',
  '$[0]',
  '$[3].k',
  '$[4]',
  'name',
  '$.text',
  '$.html',
  '$.unicode',
];

/**
 * Half the cases are composed freely (every construct, in any order and spacing); the other half are shaped like
 * real mapping templates (a JSON document built from the body with loops, arithmetic and string methods), so
 * that the semantics of values, not only the lexing, are compared on data.
 */
export function generateCases(count: number, seed: number): GeneratedCase[] {
  const cases: GeneratedCase[] = [];
  for (let i = 0; i < count; i++) {
    const g = new Generator(random(seed + i * 7919));
    const realistic = i % 2 === 1;
    cases.push({
      template: realistic ? g.realisticTemplate() : g.template(),
      request: realistic ? REQUESTS[1 + ((i >> 1) % 2) * 3] : REQUESTS[i % REQUESTS.length],
    });
  }
  return cases;
}

class Generator {
  vars = ['a', 'b', 's', 'l', 'm', 'n', 'd', 'x'];
  depth = 0;
  macros: { name: string; params: number }[] = [];
  constructor(readonly rnd: () => number) {}

  int(n: number): number {
    return Math.floor(this.rnd() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  chance(p: number): boolean {
    return this.rnd() < p;
  }
  quote(s: string): string {
    return this.chance(0.5) ? `"${s.replace(/"/g, '""')}"` : `'${s.replace(/'/g, "''")}'`;
  }

  /** A JSON document built from the body, as integration request templates are. */
  realisticTemplate(): string {
    const root = this.pick(['$inputRoot', "$input.path('$')"]);
    const lines: string[] = [];
    if (root === '$inputRoot') lines.push("#set($inputRoot = $input.path('$'))");
    lines.push('{');
    const fields = 3 + this.int(6);
    for (let i = 0; i < fields; i++) {
      const key = `"f${i}"`;
      const sep = i < fields - 1 ? ',' : '';
      lines.push(`${this.pick(['  ', '    ', '\t'])}${key}: ${this.realisticValue(root)}${sep}`);
    }
    lines.push('}');
    return lines.join(this.pick(['\n', '\n', '\r\n']));
  }

  realisticValue(root: string): string {
    const num = () =>
      this.pick([
        `${root}.age`,
        `${root}.score`,
        `${root}.big`,
        `${root}.n`,
        `${root}.f`,
        '$n',
        `${root}.items[0].price`,
        `${root}.items.size()`,
        `${root}.tags.size()`,
        String(this.int(100)),
        '2.5',
        '-3',
        '2147483647',
        '0',
      ]);
    const str = () =>
      this.pick([
        `${root}.name`,
        `${root}.email`,
        `${root}.text`,
        `${root}.html`,
        `${root}.unicode`,
        `${root}.address.city`,
        `${root}.s`,
        `${root}.path`,
        `${root}.missing`,
      ]);
    switch (this.int(10)) {
      case 0: {
        const op = this.pick(['+', '-', '*', '/', '%']);
        return `#set($v = ${num()} ${op} ${num()})$v`;
      }
      case 1: {
        const op = this.pick(['+', '*', '/']);
        return `#set($v = (${num()} ${op} ${num()}) ${this.pick(['+', '-', '*'])} ${num()})"$!v"`;
      }
      case 2:
        return `"$util.escapeJavaScript(${str()})"`;
      case 3: {
        const call = this.pick([
          'toUpperCase()',
          'toLowerCase()',
          'trim()',
          'length()',
          `substring(${this.int(3)})`,
          `indexOf("${this.pick(['a', 'e', ' ', '@'])}")`,
          `replaceAll("${this.pick(REGEXES.filter((r) => !r.includes('"')))}", "${this.pick(REPLACEMENTS)}")`,
          `split("${this.pick([',', '\\s+', '@', '/', ''])}").size()`,
          `contains("${this.pick(['a', 'London', '@'])}")`,
          `matches("${this.pick(['.*@.*', '[A-Z].*', '\\w+', '.*\\d.*'])}")`,
          `replace("${this.pick(['a', ' ', '/'])}", "${this.pick(['_', '', '--'])}")`,
          'isEmpty()',
          `startsWith("${this.pick(['A', 'a', '/'])}")`,
          `charAt(0)`,
        ]);
        return `"$!{${str().slice(1)}.${call}}"`;
      }
      case 4: {
        const v = this.pick(['it', 'item', 'e']);
        const body = this.pick([
          `{"id": $${v}.id, "total": #set($t = $${v}.price * $${v}.qty)$t, "name": "$${v}.name"}`,
          `"$${v}.name.toUpperCase()"`,
          `$${v}.price`,
          `"$util.escapeJavaScript($${v}.name)"`,
          `$foreach.index`,
          `"$velocityCount:$${v}.id"`,
        ]);
        const source = this.pick([
          `${root}.items`,
          `${root}.tags`,
          `${root}.address.lines`,
          `${root}.list`,
          `${root}.nested.deep.deeper`,
          `${root}.address.keySet()`,
        ]);
        return `[${this.pick(['', '\n'])}#foreach($${v} in ${source})${this.pick(['', '\n'])}${body}#if($foreach.hasNext),#end${this.pick(['', '\n'])}#end${this.pick(['', '\n'])}]`;
      }
      case 5:
        return `#if(${num()} ${this.pick(['>', '<', '==', '!=', '>=', '<='])} ${num()})"yes"#elseif(${str()} == "${this.pick(['Ada Lovelace', 'London', ''])}")"name"#{else}"no"#end`;
      case 6:
        return `$input.json('${this.pick(PATHS.filter((p) => !p.includes("'")))}')`;
      case 7:
        return `"$util.urlEncode(${str()})|$util.base64Encode(${str()})"`;
      case 8:
        return `#set($parts = ${str()}.split("${this.pick([',', ' ', '\\.', '@'])}"))[#foreach($p in $parts)"$p"#if($foreach.hasNext), #end#end]`;
      default:
        return `"$context.${this.pick(['requestId', 'stage', 'identity.sourceIp', 'authorizer.claims.sub', 'requestTimeEpoch', 'httpMethod'])}|$stageVariables.${this.pick(['env', 'table', 'url'])}|$input.params('${this.pick(['id', 'page', 'X-Trace', 'missing'])}')"`;
    }
  }

  template(): string {
    const parts: string[] = [];
    // Most templates start by giving the common variables values, as real ones do.
    const setup = [
      `#set($s = ${this.quote(this.pick(WORDS))})`,
      `#set($n = ${this.pick(['0', '7', '-3', '2147483647', '12', '1.5', '100'])})`,
      `#set($l = ${this.listLiteral()})`,
      `#set($m = ${this.mapLiteral()})`,
    ];
    for (const s of setup) if (this.chance(0.8)) parts.push(s + this.pick(['\n', '', ' ', '  \n', '\r\n']));
    const n = 1 + this.int(5);
    for (let i = 0; i < n; i++) parts.push(this.statement());
    return parts.join('');
  }

  ws(): string {
    return this.pick(['', '', '\n', ' ', '  ', '\n  ', ' \n', '\t', '\n\n']);
  }

  statement(): string {
    if (this.depth > 2) return this.textOrRef();
    this.depth++;
    try {
      const k = this.int(18);
      switch (k) {
        case 0:
        case 1:
          return this.textOrRef() + this.ws();
        case 2:
        case 3:
          return `${this.indent()}#set(${this.lhs()} = ${this.expr(0)})${this.ws()}`;
        case 4:
        case 5:
          return this.ifStatement();
        case 6:
        case 7:
          return this.foreach();
        case 8:
          return this.macro();
        case 9:
          return this.define();
        case 10:
          return `${this.indent()}${this.jsonLine()}${this.ws()}`;
        case 11:
          return this.escapes();
        case 12:
          return this.comment();
        case 13:
          return this.stringMethods();
        case 14:
          return this.collectionMethods();
        case 15:
          return this.aws();
        case 16:
          return this.chance(0.15) ? `${this.indent()}#stop${this.ws()}` : this.textOrRef();
        default:
          return `"${this.ref()}"${this.pick([',', '', ' +', '\n'])}`;
      }
    } finally {
      this.depth--;
    }
  }

  indent(): string {
    return this.pick(['', '', '  ', '    ', '\t', '\n', '\n  ']);
  }

  lhs(): string {
    const r = this.chance(0.85)
      ? `$${this.pick(this.vars)}`
      : this.pick([
          '$m.key',
          '$m.a',
          '$context.responseOverride.status',
          '$context.requestOverride.header.X-Out',
          '$context.responseOverride.header.Location',
          '$l[0]',
        ]);
    return r;
  }

  name(): string {
    return this.chance(0.85)
      ? this.pick(this.vars)
      : this.pick(['undefined', 'a-1', 'velocityCount', 'foreach', 'stageVariables', 'context']);
  }

  ref(): string {
    const name = this.name();
    const quiet = this.chance(0.2) ? '!' : '';
    const tail = this.chance(0.4)
      ? this.pick([
          '.length()',
          '.size()',
          '.toUpperCase()',
          '.key',
          '.a',
          '[0]',
          '[1]',
          '.get(0)',
          '.isEmpty()',
          '.empty',
          '.keySet()',
          '.trim()',
          '.class.simpleName',
          '.toString()',
          '.stage',
          '.env',
        ])
      : '';
    if (this.chance(0.3)) return `$${quiet}{${name}${tail}}`;
    return `$${quiet}${name}${tail}`;
  }

  textOrRef(): string {
    const texts = [
      '{',
      '}',
      '"key": ',
      ',',
      ' ',
      'text',
      '$',
      '#',
      '$5',
      '# not a directive',
      '#hash',
      'a.b',
      '\\',
      '\\n',
      'x$',
      '$!',
      '${',
      'email@example.com',
      'end',
    ];
    let out = '';
    const n = 1 + this.int(4);
    for (let i = 0; i < n; i++) {
      const piece = this.chance(0.5) ? this.ref() : this.pick(texts);
      // Velocity 1.7 lexes `{`, `[` or `(` right after a reference in undocumented ways (see
      // differential.test.ts); real templates put a space or a quote there.
      const glue = i === 0 ? '' : /^[{[(]/.test(piece) ? this.pick([' ', '\n']) : this.pick(['', ' ', '-', '.', '\n']);
      out += glue + piece;
    }
    return out;
  }

  jsonLine(): string {
    const key = this.pick(['id', 'name', 'value', 'count']);
    const v = this.chance(0.5) ? `"${this.ref()}"` : this.ref();
    return `"${key}": ${v}${this.pick([',', ''])}`;
  }

  literal(): string {
    switch (this.int(9)) {
      case 0:
        return this.quote(this.pick(WORDS));
      case 1:
        return `"${this.pick(['x', 'pre-'])}$${this.pick(this.vars)}${this.pick(['', '-post', '.'])}"`;
      case 2:
        return String(this.pick([0, 1, -1, 2, 10, 255, 2147483647, -2147483648, 9223372036854775807n, 1000000]));
      case 3:
        return this.pick(['1.5', '0.1', '-2.25', '3.0', '1e3', '2.5E-4', '10000000.0', '0.001']);
      case 4:
        return this.pick(['true', 'false']);
      case 5:
        return this.listLiteral();
      case 6:
        return this.mapLiteral();
      case 7:
        return `[${this.pick(['1', '-2', '$n', '0', '5'])}..${this.pick(['3', '0', '-1', '$n', '4'])}]`;
      default:
        return `$${this.pick(this.vars)}`;
    }
  }

  listLiteral(): string {
    const n = this.int(4);
    const items: string[] = [];
    for (let i = 0; i < n; i++)
      items.push(this.pick(['1', '"two"', '3.5', 'true', "'x'", '$s', '$undefined', '[1, 2]', '{"k": "v"}', '-4']));
    return `[${items.join(this.pick([', ', ',', ' , ']))}]`;
  }

  mapLiteral(): string {
    const n = this.int(4);
    const entries: string[] = [];
    for (let i = 0; i < n; i++)
      entries.push(
        `${this.pick(['"key"', '"a"', "'b'", '"c d"'])}: ${this.pick(['1', '"v"', '$s', '[1, 2]', 'false', '2.5', '$undefined'])}`,
      );
    return `{${entries.join(', ')}}`;
  }

  expr(level: number): string {
    if (level > 2 || this.chance(0.45)) return this.chance(0.6) ? this.literal() : this.ref();
    const op = this.pick([
      '+',
      '-',
      '*',
      '/',
      '%',
      '==',
      '!=',
      '<',
      '>',
      '<=',
      '>=',
      '&&',
      '||',
      'eq',
      'ne',
      'lt',
      'gt',
      'and',
      'or',
    ]);
    const left = this.expr(level + 1);
    const right = this.expr(level + 1);
    if (this.chance(0.1)) return `!${this.chance(0.5) ? `(${left})` : this.ref()}`;
    const e = `${left} ${op} ${right}`;
    return this.chance(0.3) ? `(${e})` : e;
  }

  condition(): string {
    if (this.chance(0.3)) return this.ref();
    return this.expr(1);
  }

  body(): string {
    const n = this.int(3) + (this.chance(0.7) ? 1 : 0);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(this.statement());
    return parts.join('');
  }

  ifStatement(): string {
    let s = `${this.indent()}#if${this.pick(['', ' '])}(${this.condition()})${this.ws()}${this.body()}`;
    const elseifs = this.int(3);
    for (let i = 0; i < elseifs; i++) s += `${this.indent()}#elseif(${this.condition()})${this.ws()}${this.body()}`;
    if (this.chance(0.5)) s += `${this.indent()}${this.pick(['#else', '#{else}'])}${this.ws()}${this.body()}`;
    return `${s}${this.indent()}${this.pick(['#end', '#end', '#{end}'])}${this.ws()}`;
  }

  foreach(): string {
    const v = this.pick(['i', 'item', 'x', 's']);
    const source = this.pick([
      '$l',
      '[1..4]',
      '$m',
      '$m.keySet()',
      '$m.entrySet()',
      "$input.path('$.items')",
      "$input.path('$.tags')",
      "$input.path('$')",
      '$s',
      '$undefined',
      '[]',
      '$l.subList(0, 1)',
      '$input.params().keySet()',
      '$stageVariables',
      "$s.split(',')",
      '[5..1]',
    ]);
    const inner: string[] = [];
    const n = 1 + this.int(3);
    for (let i = 0; i < n; i++) {
      inner.push(
        this.pick([
          `$${v}`,
          `$!${v}`,
          '$foreach.count',
          '$foreach.index',
          '$foreach.hasNext',
          '$velocityCount',
          '#if($foreach.hasNext),#end',
          `#if($foreach.first)first#end`,
          `#if($foreach.last)last#end`,
          `$${v}.key=$${v}.value`,
          `#if($velocityCount == 2)#break#end`,
          `"$${v}"`,
          `#set($n = $foreach.index + 1)`,
          this.statement(),
        ]),
      );
      inner.push(this.ws());
    }
    return `${this.indent()}#foreach(${this.pick(['', ' '])}$${v} in ${source}${this.pick(['', ' '])})${this.ws()}${inner.join('')}${this.indent()}#end${this.ws()}$!${v}`;
  }

  macro(): string {
    const name = this.pick(['show', 'wrap', 'pair']);
    const params = this.int(3);
    const names = ['p', 'q', 'r'].slice(0, params);
    const body = this.chance(0.5)
      ? names.map((p) => `[$${p}]`).join('-')
      : `<${names.map((p) => `$!${p}`).join(',')}>${this.ws()}`;
    const def = `#macro(${name}${names.map((p) => ` $${p}`).join('')})${this.ws()}${body}#end${this.ws()}`;
    const calls: string[] = [];
    for (let i = 0; i < 1 + this.int(2); i++) {
      const args: string[] = [];
      const count = this.chance(0.85) ? params : params + 1;
      for (let j = 0; j < count; j++) args.push(this.pick(['1', '"s"', '$s', '$undefined', '[1, 2]', '$n', "'q'"]));
      calls.push(`#${name}(${args.join(this.pick([' ', ', ']))})${this.ws()}`);
    }
    return def + calls.join('');
  }

  define(): string {
    return `#define($d)${this.ws()}D[${this.ref()}]${this.ws()}#end${this.ws()}$d${this.ws()}#set($s = 'changed')$d${this.ws()}`;
  }

  escapes(): string {
    return (
      this.pick([
        `\\$${this.pick(this.vars)}`,
        `\\\\$${this.pick(this.vars)}`,
        `\\\\\\$${this.pick(this.vars)}`,
        '\\$undefined',
        '\\\\$undefined',
        '\\#if',
        '\\#set($x = 1)',
        '\\\\#if(true)y#end',
        '#[[$s #if]]#',
        '\\!',
        'a\\b',
        '\\${s}',
        `\\$!${this.pick(this.vars)}`,
      ]) + this.ws()
    );
  }

  comment(): string {
    return this.pick([
      '## a comment\n',
      '## comment $s #if\n',
      '#* block\ncomment *#',
      '#** doc *#',
      'x ## trailing\n',
      '  ## indented\n',
    ]);
  }

  stringArg(): string {
    return this.chance(0.8)
      ? this.quote(this.pick(WORDS.filter((w) => w.length < 8)))
      : this.pick(['$s', '$undefined', '1']);
  }

  stringMethods(): string {
    const target = this.pick([
      '$s',
      this.quote(this.pick(WORDS)),
      "$input.path('$.name')",
      "$input.path('$.text')",
      "$input.path('$.html')",
      '$!undefined',
    ]);
    const base = target.startsWith('$') ? target : null;
    const call = this.pick([
      'length()',
      'toUpperCase()',
      'toLowerCase()',
      'trim()',
      'isEmpty()',
      `contains(${this.stringArg()})`,
      `startsWith(${this.stringArg()})`,
      `endsWith(${this.stringArg()})`,
      `indexOf(${this.stringArg()})`,
      `lastIndexOf(${this.stringArg()})`,
      `substring(${this.int(5)})`,
      `substring(${this.int(3)}, ${this.int(6)})`,
      `charAt(${this.int(4)})`,
      `equals(${this.stringArg()})`,
      `equalsIgnoreCase(${this.stringArg()})`,
      `concat(${this.stringArg()})`,
      `replace(${this.stringArg()}, ${this.stringArg()})`,
      `replaceAll(${this.quote(this.pick(REGEXES))}, ${this.quote(this.pick(REPLACEMENTS))})`,
      `replaceFirst(${this.quote(this.pick(REGEXES))}, ${this.quote(this.pick(REPLACEMENTS))})`,
      `matches(${this.quote(this.pick(REGEXES))})`,
      `split(${this.quote(this.pick(REGEXES))}).size()`,
      `split(${this.quote(this.pick([',', '\\s', 'a', '']))})[0]`,
      `split(',', ${this.pick([-1, 0, 2])}).size()`,
      'hashCode()',
      `compareTo(${this.stringArg()})`,
      'toString()',
      `repeat(${this.int(3)})`,
      'strip()',
      'isBlank()',
    ]);
    if (base) return `${this.indent()}${base.replace(/^\$/, '$').replace(/\)$/, ')')}.${call}${this.ws()}`;
    return `${this.indent()}#set($t = ${target})$t.${call}${this.ws()}`;
  }

  collectionMethods(): string {
    const target = this.pick([
      '$l',
      '$m',
      "$input.path('$.items')",
      "$input.path('$.address')",
      '$util.parseJson(\'{"a": [1, 2], "b": {"c": null}}\')',
      '$input.params()',
    ]);
    const call = this.pick([
      'size()',
      'isEmpty()',
      'get(0)',
      'get(1)',
      'get("a")',
      "get('key')",
      'keySet()',
      'values()',
      'entrySet()',
      'contains(1)',
      'contains("two")',
      'containsKey("a")',
      'containsKey("key")',
      '[0]',
      '["a"]',
      'add("new")',
      'put("z", 26)',
      'remove("a")',
      'indexOf(1)',
      'toString()',
      'empty',
    ]);
    return `${this.indent()}#set($t = ${target})$!t.${call.startsWith('[') ? call.slice(0) : call}${this.pick(['', ' $t'])}${this.ws()}`.replace(
      '$!t.[',
      '$!t[',
    );
  }

  aws(): string {
    return `${this.indent()}${this.pick([
      '$input.body',
      `$input.json(${this.quote(this.pick(PATHS))})`,
      `$input.path(${this.quote(this.pick(PATHS))})`,
      `#set($p = $input.path(${this.quote(this.pick(PATHS))}))$!p #if($p)yes#{else}no#end`,
      `$input.params(${this.quote(this.pick(['id', 'page', 'X-Trace', 'x-trace', 'accept', 'missing', 'q', 'proxy', 'empty']))})`,
      '$input.params()',
      '$input.params().header.get("Accept")',
      `$util.escapeJavaScript(${this.pick(["$input.path('$.html')", '$input.body', '$s', "$input.json('$')", "'a\\b'", '"it\'s"', "$input.path('$.unicode')"])})`,
      `$util.escapeJavaScript($input.path('$.html')).replaceAll("\\\\'", "'")`,
      `$util.urlEncode(${this.pick(["$input.path('$.html')", '$s', "$input.json('$.address')", "$input.path('$.unicode')", '$undefined'])})`,
      `$util.urlDecode(${this.pick(["'a+b%20c%2F'", '$s', "'100%25'", "'%E2%98%95'"])})`,
      `$util.base64Encode(${this.pick(['$input.body', '$s', "$input.path('$.unicode')"])})`,
      `$util.base64Decode(${this.pick(["'aGVsbG8='", "'Y2Fmw6k'", '$util.base64Encode($s)', "'bad*'"])})`,
      `#set($j = $util.parseJson($input.json(${this.quote(this.pick(['$', '$.address', '$.items', '$.tags']))})))$j`,
      '$context.requestId $context.stage $context.identity.sourceIp $!context.identity.caller $context.authorizer.claims.sub $context.requestTimeEpoch',
      '$context.httpMethod $context.resourcePath $context.missing',
      "$stageVariables.env ${stageVariables.table} $stageVariables['url'] $!stageVariables.none",
      '#set($context.responseOverride.status = 404)#set($context.responseOverride.header.X-Reason = "$s")',
      '#set($context.requestOverride.header.X-User = $context.authorizer.principalId)#set($context.requestOverride.querystring.page = "3")',
      '#foreach($k in $input.params().header.keySet())$k=$input.params().header.get($k)#if($foreach.hasNext)&#end#end',
      "#foreach($e in $input.path('$.items'))$e.name:$e.price*$e.qty=#set($t = $e.price * $e.qty)$t;#end",
    ])}${this.ws()}`;
  }
}

const REGEX_INPUTS = [
  'Hello World',
  'a,b,,c,,',
  '  padded  ',
  'line1\nline2\n',
  'café ☕ naïve',
  'x.y.z',
  'ABC-def_123',
  '',
  'aaa',
  'tab\there',
  'it\'s "q"',
  'a1b2c3',
  '\\back\\slash',
  '$dollar$',
];
const REGEX_PATTERNS = [
  '[aeiou]',
  '\\s+',
  '\\d',
  '^a',
  'o$',
  '(\\w+) (\\w+)',
  '[^a-z]',
  'l+',
  ',',
  '\\.',
  '[A-Z]',
  '(?i)a',
  'x*',
  '\\W',
  'a|b',
  '\\\\',
  "'",
  '\\p{Alpha}+',
  '\\p{Punct}',
  '\\p{Upper}',
  '\\Q.\\E',
  '\\bW',
  '(?<first>\\w)(\\w)',
  'a{2}',
  '[\\w&&[^a]]',
  '\\A.',
  '.\\z',
  '\\Z',
  '(?m)^l',
  '(?s)1.l',
  '[.]',
  '[-a]',
  '\\t',
  '\\n',
  '$',
  '^',
  '\\$',
  '(a)(b)?',
  'a++',
  '(?>a+)b',
  '\\h',
  '[[:alpha:]]',
  '\\u0041',
  '\\x41',
  '\\0101',
  '[\\u00e0-\\u00ff]',
  '\\R',
  '(?x) a b # comment',
  '\\G.',
];
const REGEX_REPLACEMENTS = ['-', '$1', '[$0]', '\\$', '', '$2$1', '${first}', '\\\\', '$$', 'x$'];

/** Every pattern on every input through replaceAll, replaceFirst, matches and split (Java's regex dialect). */
export function regexCases(): GeneratedCase[] {
  const q = (x: string) => `'${x.replace(/'/g, "''")}'`;
  const cases: GeneratedCase[] = [];
  REGEX_PATTERNS.forEach((r, i) => {
    REGEX_INPUTS.forEach((s, j) => {
      const rep = REGEX_REPLACEMENTS[(i + j) % REGEX_REPLACEMENTS.length];
      cases.push({
        template: `#set($s = ${q(s)})[$s.replaceAll(${q(r)}, ${q(rep)})|$s.replaceFirst(${q(r)}, ${q(rep)})|$s.matches(${q(r)})|$s.split(${q(r)}).size()|$s.split(${q(r)}, -1).size()|$s.split(${q(r)}, 2).get(0)]`,
        request: {},
      });
    });
  });
  return cases;
}
