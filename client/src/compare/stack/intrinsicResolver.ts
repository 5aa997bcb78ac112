/**
 * Resolves CloudFormation intrinsics in a template's API definition with what a deployed stack knows: its
 * parameters, its resources' physical ids, the pseudo parameters, the template's conditions and mappings. What the
 * stack cannot tell stays in the value as a clearly marked placeholder and is listed, so that a comparison can show
 * it as unknown rather than as drift. Pure (no `vscode`, no AWS calls).
 *
 * Intrinsic function reference: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
 * Pseudo parameters: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html
 */

export interface StackResource {
  physicalId: string;
  type: string;
}

export interface StackContext {
  stackName: string;
  /** The stack's ARN (AWS::StackId). */
  stackId: string;
  region: string;
  accountId: string;
  partition: string;
  /** Parameter values as DescribeStacks returns them (list parameters comma-joined). */
  parameters: Record<string, string>;
  /** Logical id → physical id and type, from ListStackResources (SAM's generated resources included). */
  resources: Record<string, StackResource>;
  /** The template's `Parameters`, `Conditions`, `Mappings` and `Resources` sections (for types and paths). */
  template?: {
    Parameters?: Record<string, unknown>;
    Conditions?: Record<string, unknown>;
    Mappings?: Record<string, unknown>;
    Resources?: Record<string, unknown>;
  };
}

export interface Unresolved {
  /** JSON Pointer of the value inside the resolved document. */
  path: string;
  /** The intrinsic as written, e.g. "Fn::GetAtt Api.RootResourceId". */
  expression: string;
  reason: string;
}

export interface Resolution {
  value: unknown;
  unresolved: Unresolved[];
}

/** Placeholders look like `«unresolved: Fn::GetAtt Api.RootResourceId»`; nothing AWS returns contains `«`. */
export const PLACEHOLDER_START = '«unresolved: ';
export const PLACEHOLDER_END = '»';
export const placeholder = (expression: string) => `${PLACEHOLDER_START}${expression}${PLACEHOLDER_END}`;
export const hasPlaceholder = (value: unknown): boolean =>
  typeof value === 'string' && value.includes(PLACEHOLDER_START);

/** `Ref AWS::NoValue`: the property (or list item) is left out. */
const NO_VALUE = Symbol('AWS::NoValue');
const MAX_DEPTH = 200;

class Unknown {
  constructor(
    readonly expression: string,
    readonly reason: string,
  ) {}
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const pointerSegment = (p: string | number) => String(p).replace(/~/g, '~0').replace(/\//g, '~1');

export function resolveIntrinsics(value: unknown, ctx: StackContext): Resolution {
  const unresolved: Unresolved[] = [];
  const resolver = new Resolver(ctx);
  const walk = (node: unknown, path: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) return node;
    if (Array.isArray(node))
      return node.map((item, i) => walk(item, `${path}/${i}`, depth + 1)).filter((v) => v !== NO_VALUE);
    if (!isObject(node)) return node;
    if (isIntrinsicObject(node)) {
      const result = resolver.evaluate(node, depth);
      if (result instanceof Unknown) {
        unresolved.push({ path: path || '/', expression: result.expression, reason: result.reason });
        return placeholder(result.expression);
      }
      for (const u of resolver.takePartial()) unresolved.push({ path: path || '/', ...u });
      return result;
    }
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      const resolved = walk(child, `${path}/${pointerSegment(key)}`, depth + 1);
      if (resolved !== NO_VALUE) out[key] = resolved;
    }
    return out;
  };
  const resolved = walk(value, '', 0);
  return { value: resolved === NO_VALUE ? null : resolved, unresolved };
}

export function isIntrinsicObject(node: unknown): node is Record<string, unknown> {
  if (!isObject(node)) return false;
  const keys = Object.keys(node);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

/** The intrinsic as one short line, for placeholders and the summary. */
export function describeIntrinsic(node: Record<string, unknown>): string {
  const [name, arg] = Object.entries(node)[0];
  const text = typeof arg === 'string' ? arg : brief(arg, 0);
  return `${name} ${text.length > 80 ? `${text.slice(0, 77)}…` : text}`;
}

/** JSON, shallow: deeper levels as `…` (an expression is named on every level of a nested intrinsic). */
function brief(value: unknown, depth: number): string {
  if (depth > 3) return '…';
  if (Array.isArray(value)) return `[${value.map((v) => brief(v, depth + 1)).join(',')}]`;
  if (isObject(value))
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${brief(v, depth + 1)}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

class Resolver {
  /** Placeholders that ended up inside a string that was otherwise resolved (a Sub or Join with one unknown part). */
  private partial: { expression: string; reason: string }[] = [];

  constructor(private readonly ctx: StackContext) {}

  takePartial() {
    return this.partial.splice(0);
  }

  /** A value, NO_VALUE, or Unknown when the whole value cannot be known. */
  evaluate(node: unknown, depth: number): unknown {
    if (depth > MAX_DEPTH) return new Unknown('(nested too deeply)', 'the value nests intrinsics too deeply');
    if (Array.isArray(node)) {
      const out: unknown[] = [];
      for (const item of node) {
        const v = this.evaluate(item, depth + 1);
        if (v instanceof Unknown) return v;
        if (v !== NO_VALUE) out.push(v);
      }
      return out;
    }
    if (!isObject(node)) return node;
    if (!isIntrinsicObject(node)) {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node)) {
        const v = this.evaluate(child, depth + 1);
        if (v instanceof Unknown) {
          // Keep the rest of the object: only this member is unknown.
          this.partial.push({ expression: v.expression, reason: v.reason });
          out[key] = placeholder(v.expression);
        } else if (v !== NO_VALUE) out[key] = v;
      }
      return out;
    }
    const [name, arg] = Object.entries(node)[0];
    const expression = describeIntrinsic(node);
    switch (name) {
      case 'Ref':
        return typeof arg === 'string' ? this.ref(arg, expression) : new Unknown(expression, 'Ref needs a name');
      case 'Fn::GetAtt':
        return this.getAtt(arg, expression, depth);
      case 'Fn::Sub':
        return this.sub(arg, expression, depth);
      case 'Fn::Join':
        return this.join(arg, expression, depth);
      case 'Fn::Select':
        return this.select(arg, expression, depth);
      case 'Fn::Split':
        return this.split(arg, expression, depth);
      case 'Fn::If':
        return this.fnIf(arg, expression, depth);
      case 'Fn::FindInMap':
        return this.findInMap(arg, expression, depth);
      case 'Fn::Base64': {
        const v = this.evaluate(arg, depth + 1);
        if (v instanceof Unknown) return v;
        return typeof v === 'string'
          ? Buffer.from(v, 'utf8').toString('base64')
          : new Unknown(expression, 'not a string');
      }
      default:
        return new Unknown(expression, `${name} is not resolved from a stack`);
    }
  }

  private ref(name: string, expression: string): unknown {
    const c = this.ctx;
    switch (name) {
      case 'AWS::Region':
        return c.region;
      case 'AWS::AccountId':
        return c.accountId;
      case 'AWS::Partition':
        return c.partition;
      case 'AWS::StackName':
        return c.stackName;
      case 'AWS::StackId':
        return c.stackId;
      case 'AWS::URLSuffix':
        return c.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
      case 'AWS::NoValue':
        return NO_VALUE;
    }
    if (name in c.parameters) {
      const type = (c.template?.Parameters?.[name] as { Type?: unknown } | undefined)?.Type;
      const value = c.parameters[name];
      // List parameters are given comma-joined; Ref returns the list.
      return typeof type === 'string' && (type === 'CommaDelimitedList' || type.startsWith('List<'))
        ? value.split(',')
        : value;
    }
    const resource = c.resources[name];
    if (resource) return resource.physicalId;
    if (name.startsWith('AWS::')) return new Unknown(expression, `the pseudo parameter ${name} is not known`);
    return new Unknown(expression, `${name} is neither a parameter of the stack nor one of its resources`);
  }

  private getAtt(arg: unknown, expression: string, depth: number): unknown {
    let parts: unknown[] | undefined;
    if (typeof arg === 'string') {
      const dot = arg.indexOf('.');
      parts = dot > 0 ? [arg.slice(0, dot), arg.slice(dot + 1)] : undefined;
    } else if (Array.isArray(arg) && arg.length === 2) {
      const attribute = this.evaluate(arg[1], depth + 1);
      if (attribute instanceof Unknown) return attribute;
      parts = [arg[0], attribute];
    }
    if (!parts || typeof parts[0] !== 'string' || typeof parts[1] !== 'string')
      return new Unknown(expression, 'Fn::GetAtt needs a resource and an attribute');
    return this.attribute(parts[0], parts[1], expression);
  }

  /** An attribute from the resource's physical id, for the types whose attribute follows from it. */
  private attribute(logicalId: string, attribute: string, expression: string): unknown {
    const resource = this.ctx.resources[logicalId];
    if (!resource) return new Unknown(expression, `${logicalId} is not a resource of the stack`);
    const { physicalId: id, type } = resource;
    const { partition: p, region: r, accountId: a } = this.ctx;
    const lastSegment = (arn: string, sep: string) => arn.slice(arn.lastIndexOf(sep) + 1);
    const known: Record<string, Record<string, () => string>> = {
      'AWS::Lambda::Function': { Arn: () => `arn:${p}:lambda:${r}:${a}:function:${id}` },
      'AWS::IAM::Role': { Arn: () => `arn:${p}:iam::${a}:role${this.rolePath(logicalId)}${id}` },
      'AWS::SQS::Queue': {
        Arn: () => `arn:${p}:sqs:${r}:${a}:${lastSegment(id, '/')}`,
        QueueName: () => lastSegment(id, '/'),
        QueueUrl: () => id,
      },
      'AWS::SNS::Topic': { TopicArn: () => id, TopicName: () => lastSegment(id, ':') },
      'AWS::DynamoDB::Table': { Arn: () => `arn:${p}:dynamodb:${r}:${a}:table/${id}` },
      'AWS::StepFunctions::StateMachine': { Arn: () => id, Name: () => lastSegment(id, ':') },
      'AWS::S3::Bucket': { Arn: () => `arn:${p}:s3:::${id}` },
      'AWS::Kinesis::Stream': { Arn: () => `arn:${p}:kinesis:${r}:${a}:stream/${id}` },
      'AWS::Cognito::UserPool': {
        Arn: () => `arn:${p}:cognito-idp:${r}:${a}:userpool/${id}`,
        ProviderName: () => `cognito-idp.${r}.amazonaws.com/${id}`,
      },
      'AWS::ApiGateway::RestApi': { RestApiId: () => id },
      'AWS::ApiGatewayV2::Api': {
        ApiId: () => id,
        ApiEndpoint: () => `https://${id}.execute-api.${r}.amazonaws.com`,
      },
    };
    const make = known[type]?.[attribute];
    if (!make) return new Unknown(expression, `${type}'s ${attribute} does not follow from the stack's resource list`);
    return make();
  }

  /** A role's ARN holds its Path ("/" unless the template says otherwise). */
  private rolePath(logicalId: string): string {
    const props = (this.ctx.template?.Resources?.[logicalId] as { Properties?: { Path?: unknown } } | undefined)
      ?.Properties;
    return typeof props?.Path === 'string' && /^\/(.*\/)?$/.test(props.Path) ? props.Path : '/';
  }

  private sub(arg: unknown, expression: string, depth: number): unknown {
    let text: unknown = arg;
    let variables: Record<string, unknown> = {};
    if (Array.isArray(arg)) {
      text = (arg as unknown[])[0];
      if (arg.length !== 2 || !isObject(arg[1])) return new Unknown(expression, 'Fn::Sub takes a string and a map');
      variables = arg[1];
    }
    if (typeof text !== 'string') return new Unknown(expression, 'Fn::Sub needs a string');
    const result = text.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
      if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
      const name = inner.trim();
      let value: unknown;
      if (name in variables) value = this.evaluate(variables[name], depth + 1);
      else if (name.includes('.') && !name.startsWith('AWS::')) {
        const dot = name.indexOf('.');
        value = this.attribute(name.slice(0, dot), name.slice(dot + 1), `Fn::GetAtt ${name}`);
      } else value = this.ref(name, `Ref ${name}`);
      if (value instanceof Unknown) {
        this.partial.push({ expression: `\${${name}}`, reason: value.reason });
        return placeholder(`\${${name}}`);
      }
      if (typeof value !== 'string' && typeof value !== 'number') {
        this.partial.push({ expression: `\${${name}}`, reason: 'its value is not a string' });
        return placeholder(`\${${name}}`);
      }
      return String(value);
    });
    return result;
  }

  private join(arg: unknown, expression: string, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string')
      return new Unknown(expression, 'Fn::Join takes a delimiter and a list');
    // A written list keeps its known parts: only an unknown item becomes a placeholder, as in Fn::Sub.
    const list = Array.isArray(arg[1])
      ? arg[1].map((item) => {
          const v = this.evaluate(item, depth + 1);
          if (!(v instanceof Unknown)) return v;
          this.partial.push({ expression: v.expression, reason: v.reason });
          return placeholder(v.expression);
        })
      : this.evaluate(arg[1], depth + 1);
    if (list instanceof Unknown) return list;
    if (!Array.isArray(list)) return new Unknown(expression, 'Fn::Join needs a list');
    return list
      .filter((item) => item !== NO_VALUE)
      .map((item) => (typeof item === 'string' || typeof item === 'number' ? String(item) : ''))
      .join(arg[0]);
  }

  private select(arg: unknown, expression: string, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length !== 2) return new Unknown(expression, 'Fn::Select takes an index and a list');
    const index = this.evaluate(arg[0], depth + 1);
    const list = this.evaluate(arg[1], depth + 1);
    if (index instanceof Unknown) return index;
    if (list instanceof Unknown) return list;
    const i = Number(index);
    return Array.isArray(list) && Number.isInteger(i) && i >= 0 && i < list.length
      ? list[i]
      : new Unknown(expression, 'the index is outside the list');
  }

  private split(arg: unknown, expression: string, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string')
      return new Unknown(expression, 'Fn::Split takes a delimiter and a string');
    const text = this.evaluate(arg[1], depth + 1);
    if (text instanceof Unknown) return text;
    return typeof text === 'string' ? text.split(arg[0]) : new Unknown(expression, 'Fn::Split needs a string');
  }

  private findInMap(arg: unknown, expression: string, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length < 3) return new Unknown(expression, 'Fn::FindInMap takes three keys');
    const keys = arg.slice(0, 3).map((k) => this.evaluate(k, depth + 1));
    const unknown = keys.find((k) => k instanceof Unknown);
    if (unknown) return unknown;
    const [map, top, second] = keys.map(String);
    const value = (this.ctx.template?.Mappings?.[map] as Record<string, Record<string, unknown>> | undefined)?.[top]?.[
      second
    ];
    return value === undefined ? new Unknown(expression, `the mapping ${map} has no ${top}.${second}`) : value;
  }

  private fnIf(arg: unknown, expression: string, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string')
      return new Unknown(expression, 'Fn::If takes a condition name and two values');
    const condition = this.condition(arg[0], depth + 1, new Set());
    if (condition === undefined)
      return new Unknown(`Fn::If ${arg[0]}`, `the condition ${arg[0]} cannot be decided from the stack`);
    return this.evaluate(condition ? arg[1] : arg[2], depth + 1);
  }

  /** A condition's truth, or undefined when it depends on something unknown. */
  private condition(name: string, depth: number, visiting: Set<string>): boolean | undefined {
    const definition = this.ctx.template?.Conditions?.[name];
    if (definition === undefined || visiting.has(name) || depth > MAX_DEPTH) return undefined;
    visiting.add(name);
    const result = this.conditionValue(definition, depth + 1, visiting);
    visiting.delete(name);
    return result;
  }

  private conditionValue(node: unknown, depth: number, visiting: Set<string>): boolean | undefined {
    if (typeof node === 'boolean') return node;
    if (!isObject(node) || depth > MAX_DEPTH) return undefined;
    const [[name, arg]] = Object.entries(node);
    const values = (list: unknown) =>
      Array.isArray(list) ? list.map((c) => this.conditionValue(c, depth + 1, visiting)) : [undefined];
    switch (name) {
      case 'Condition':
        return typeof arg === 'string' ? this.condition(arg, depth + 1, visiting) : undefined;
      case 'Fn::Not': {
        const [v] = values(arg);
        return v === undefined ? undefined : !v;
      }
      case 'Fn::And': {
        const vs = values(arg);
        return vs.includes(false) ? false : vs.includes(undefined) ? undefined : true;
      }
      case 'Fn::Or': {
        const vs = values(arg);
        return vs.includes(true) ? true : vs.includes(undefined) ? undefined : false;
      }
      case 'Fn::Equals': {
        if (!Array.isArray(arg) || arg.length !== 2) return undefined;
        const [a, b] = arg.map((v) => this.evaluate(v, depth + 1));
        if (a instanceof Unknown || b instanceof Unknown || hasPlaceholder(a) || hasPlaceholder(b)) {
          this.partial.splice(0);
          return undefined;
        }
        return JSON.stringify(a) === JSON.stringify(b) || String(a) === String(b);
      }
      default:
        return undefined;
    }
  }
}
