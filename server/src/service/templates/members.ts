/**
 * The member catalogue of mapping templates: what `$input`, `$util`, `$context`, `$stageVariables` and the `#`
 * directives offer, as data that completion and hover both read (and a test holds to the engine: every member
 * listed here renders without an unknown-method problem). `$context` variables come from the extension
 * catalogue's list, so the two never disagree. Sources: apigateway-facts.md §5.5 and runtime facts M16–M35
 * (AWS: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html).
 */
import { contextVariablesFor } from '../catalogue/contextVariables';

export type MemberKind = 'method' | 'property' | 'directive' | 'root';

export interface TemplateMember {
  /** As written in a template: `$input.json`, `$util.base64Encode`, `$context.identity.sourceIp`, `#foreach`. */
  name: string;
  kind: MemberKind;
  /** Shown in hover and completion details: `$input.json(path: String): String`. */
  signature: string;
  doc: string;
  /** Text completion inserts, when it differs from the name (plain text: it is escaped for the YAML or JSON string around it). */
  insert?: string;
  /** A call that exercises the member, for the test that holds the catalogue to the engine. */
  example: string;
  /** The name ends with a part the user writes (`$context.authorizer.claims.` + claim). */
  open?: boolean;
}

const REFERENCE =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html';
export const MAPPING_TEMPLATE_REFERENCE = REFERENCE;

const ROOTS: TemplateMember[] = [
  {
    name: '$input',
    kind: 'root',
    signature: '$input',
    doc: 'The request (or integration response) payload and parameters.',
    example: '$input.body',
  },
  {
    name: '$util',
    kind: 'root',
    signature: '$util',
    doc: 'Escaping, JSON parsing, URL and base64 helpers.',
    example: '$util.urlEncode("a b")',
  },
  {
    name: '$context',
    kind: 'root',
    signature: '$context',
    doc: 'What API Gateway knows about the request: ids, identity, stage, resource, and the request/response overrides.',
    example: '$context.requestId',
  },
  {
    name: '$stageVariables',
    kind: 'root',
    signature: '$stageVariables',
    doc: 'The stage variables of the stage the request came through, e.g. `$stageVariables.alias`.',
    example: '$stageVariables.version',
  },
];

const INPUT: TemplateMember[] = [
  {
    name: '$input.body',
    kind: 'property',
    signature: '$input.body: String',
    doc: 'The raw payload, as a string.',
    example: '$input.body',
  },
  {
    name: '$input.json',
    kind: 'method',
    signature: '$input.json(path: String): String',
    doc: "Evaluates a JSONPath expression over the payload and returns the result **as JSON text** (strings keep their quotes). `$input.json('$')` is the whole payload.",
    insert: "$input.json('$')",
    example: "$input.json('$.a')",
  },
  {
    name: '$input.path',
    kind: 'method',
    signature: '$input.path(path: String): Object',
    doc: "Evaluates a JSONPath expression over the payload and returns **an object** (map, list, string, number) to use in Velocity, e.g. `$input.path('$.items').size()`. A map prints as `{k=v}`, a list as JSON.",
    insert: "$input.path('$')",
    example: "$input.path('$.a')",
  },
  {
    name: '$input.params',
    kind: 'method',
    signature: '$input.params(): Map · $input.params(name: String): String',
    doc: 'Without an argument: a map with `path`, `querystring` and `header`, each a map of names to values. With a name: that parameter, looked up in the path, then the query string, then the headers.',
    insert: "$input.params('')",
    example: "$input.params() $input.params('id')",
  },
];

const UTIL: TemplateMember[] = [
  {
    name: '$util.escapeJavaScript',
    kind: 'method',
    signature: '$util.escapeJavaScript(s: String): String',
    doc: "Escapes a string with JavaScript's rules (quotes, `/`, control characters). It also turns `'` into `\\'`, which JSON does not allow: AWS suggests `.replaceAll(\"\\\\'\",\"'\")` after it.",
    insert: '$util.escapeJavaScript($input.body)',
    example: '$util.escapeJavaScript("a\'b")',
  },
  {
    name: '$util.parseJson',
    kind: 'method',
    signature: '$util.parseJson(json: String): Object',
    doc: 'Turns JSON text into an object (map, list, value) usable in Velocity.',
    insert: '$util.parseJson($input.body)',
    example: '$util.parseJson(\'{"a":1}\').a',
  },
  {
    name: '$util.urlEncode',
    kind: 'method',
    signature: '$util.urlEncode(s: String): String',
    doc: 'Encodes a string as `application/x-www-form-urlencoded` (a space becomes `+`).',
    insert: '$util.urlEncode()',
    example: '$util.urlEncode("a b")',
  },
  {
    name: '$util.urlDecode',
    kind: 'method',
    signature: '$util.urlDecode(s: String): String',
    doc: 'Decodes an `application/x-www-form-urlencoded` string.',
    insert: '$util.urlDecode()',
    example: '$util.urlDecode("a+b")',
  },
  {
    name: '$util.base64Encode',
    kind: 'method',
    signature: '$util.base64Encode(s: String): String',
    doc: 'Encodes a string (UTF-8) in base64.',
    insert: '$util.base64Encode()',
    example: '$util.base64Encode("ab")',
  },
  {
    name: '$util.base64Decode',
    kind: 'method',
    signature: '$util.base64Decode(s: String): String',
    doc: 'Decodes a base64 string (to UTF-8 text).',
    insert: '$util.base64Decode()',
    example: '$util.base64Decode("YWI=")',
  },
];

/** `$context` members usable in REST mapping templates (access-log-only variables excluded). */
function contextMembers(): TemplateMember[] {
  return contextVariablesFor('REST', 'template').map((v) => ({
    name: `$context.${v.name}`,
    kind: 'property' as const,
    signature: `$context.${v.name}${v.open ? '<name>' : ''}`,
    doc: v.doc,
    example:
      v.name.startsWith('requestOverride') || v.name.startsWith('responseOverride')
        ? `#set($context.${v.name}${v.open ? 'X' : ''} = "1")`
        : `$context.${v.name}${v.open ? 'x' : ''}`,
    ...(v.open ? { open: true } : {}),
  }));
}

const DIRECTIVES: TemplateMember[] = [
  {
    name: '#set',
    kind: 'directive',
    signature: '#set($name = value)',
    doc: 'Assigns a variable (or a `$context.requestOverride` / `responseOverride` entry). A null right-hand side leaves a variable unchanged.',
    insert: '#set($name = )',
    example: '#set($a = 1)',
  },
  {
    name: '#if',
    kind: 'directive',
    signature: '#if(condition) … #elseif(…) … #else … #end',
    doc: 'Conditional output. Null and `false` are false; an empty string is true.',
    insert: '#if()',
    example: '#if(true)x#end',
  },
  {
    name: '#elseif',
    kind: 'directive',
    signature: '#elseif(condition)',
    doc: 'Another branch of an `#if`.',
    insert: '#elseif()',
    example: '#if(false)#elseif(true)x#end',
  },
  {
    name: '#else',
    kind: 'directive',
    signature: '#else',
    doc: 'The branch taken when no condition of the `#if` held.',
    example: '#if(false)#{else}x#end',
  },
  {
    name: '#end',
    kind: 'directive',
    signature: '#end',
    doc: 'Ends an `#if`, `#foreach`, `#define` or `#macro`.',
    example: '#if(true)#end',
  },
  {
    name: '#foreach',
    kind: 'directive',
    signature: '#foreach($item in list) … #end',
    doc: 'Repeats for each item of a list, map values or range (`[1..3]`). Inside: `$foreach.hasNext`, `$foreach.count` (from 1), `$foreach.index` (from 0). API Gateway stops a loop after 1000 iterations.',
    insert: '#foreach($item in $list)',
    example: '#foreach($i in [1..2])$i#end',
  },
  {
    name: '#break',
    kind: 'directive',
    signature: '#break',
    doc: 'Leaves the innermost `#foreach`.',
    example: '#foreach($i in [1..2])#break#end',
  },
  {
    name: '#stop',
    kind: 'directive',
    signature: '#stop',
    doc: 'Stops rendering the template here.',
    example: 'a#stop',
  },
  {
    name: '#define',
    kind: 'directive',
    signature: '#define($name) … #end',
    doc: 'Defines a block of template text that `$name` renders.',
    insert: '#define($name)',
    example: '#define($b)x#end$b',
  },
  {
    name: '#macro',
    kind: 'directive',
    signature: '#macro(name $arg …) … #end',
    doc: 'Defines a macro, called as `#name(...)`.',
    insert: '#macro(name $arg)',
    example: '#macro(m $a)$a#end#m(1)',
  },
];

const FOREACH: TemplateMember[] = [
  {
    name: '$foreach.hasNext',
    kind: 'property',
    signature: '$foreach.hasNext: boolean',
    doc: 'True unless this is the last item: write separators with `#if($foreach.hasNext),#end`.',
    example: '#foreach($i in [1..2])$foreach.hasNext#end',
  },
  {
    name: '$foreach.count',
    kind: 'property',
    signature: '$foreach.count: int',
    doc: 'The 1-based number of the current item.',
    example: '#foreach($i in [1..2])$foreach.count#end',
  },
  {
    name: '$foreach.index',
    kind: 'property',
    signature: '$foreach.index: int',
    doc: 'The 0-based index of the current item.',
    example: '#foreach($i in [1..2])$foreach.index#end',
  },
];

let all: TemplateMember[] | undefined;

/** Every member, roots first. */
export function templateMembers(): readonly TemplateMember[] {
  return (all ??= [...ROOTS, ...INPUT, ...UTIL, ...contextMembers(), ...FOREACH, ...DIRECTIVES]);
}

/** The member that `name` (a full expression such as `$context.identity.sourceIp`) stands for. */
export function findMember(name: string): TemplateMember | undefined {
  const members = templateMembers();
  return (
    members.find((m) => m.name === name) ??
    members.find((m) => m.open && name.startsWith(m.name) && name.length > m.name.length)
  );
}

/**
 * Gateway response templates are not Velocity: API Gateway only substitutes these (runtime facts G2), so
 * completion there offers `$context`, `$stageVariables` and the method request parameters alone.
 */
export const GATEWAY_RESPONSE_SOURCES = [
  'method.request.path.',
  'method.request.querystring.',
  'method.request.header.',
];
