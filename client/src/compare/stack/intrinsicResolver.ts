/**
 * A deployed stack as the source of values for CloudFormation intrinsics (the evaluator is common/cloudFormation's,
 * shared with the local gateway): its parameters, its resources' physical ids, the pseudo parameters, the template's
 * conditions and mappings. What the stack cannot tell stays in the value as a clearly marked placeholder and is
 * listed, so that a comparison can show it as unknown rather than as drift. Pure (no `vscode`, no AWS calls).
 *
 * Pseudo parameters: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html
 */
import {
  resolveIntrinsics as resolveWith,
  unknown,
  type IntrinsicValues,
  type Resolution,
} from '../../../../common/cloudFormation/intrinsics';

export {
  hasPlaceholder,
  placeholder,
  type Resolution,
  type Unresolved,
} from '../../../../common/cloudFormation/intrinsics';

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
  /**
   * The region's exports (ListExports), for `Fn::ImportValue`; undefined when they could not be listed, with the
   * reason in `exportsUnavailable`.
   */
  exports?: Record<string, string>;
  exportsUnavailable?: string;
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

export function resolveIntrinsics(value: unknown, ctx: StackContext): Resolution {
  return resolveWith(value, new StackValues(ctx));
}

class StackValues implements IntrinsicValues {
  readonly undecidedIf = 'unknown';
  readonly sourceName = 'the stack';

  constructor(private readonly ctx: StackContext) {}

  get template() {
    return this.ctx.template;
  }

  importValue(name: string, expression: string): unknown {
    const value = this.ctx.exports?.[name];
    if (value !== undefined) return value;
    return unknown(
      expression,
      this.ctx.exports
        ? `no stack in ${this.ctx.region} exports ${name}`
        : `the region's exports could not be listed${this.ctx.exportsUnavailable ? ` (${this.ctx.exportsUnavailable})` : ''}`,
    );
  }

  ref(name: string, expression: string): unknown {
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
    if (name.startsWith('AWS::')) return unknown(expression, `the pseudo parameter ${name} is not known`);
    return unknown(expression, `${name} is neither a parameter of the stack nor one of its resources`);
  }

  /** An attribute from the resource's physical id, for the types whose attribute follows from it. */
  attribute(logicalId: string, attribute: string, expression: string): unknown {
    const resource = this.ctx.resources[logicalId];
    if (!resource) return unknown(expression, `${logicalId} is not a resource of the stack`);
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
    if (!make) return unknown(expression, `${type}'s ${attribute} does not follow from the stack's resource list`);
    return make();
  }

  /** A role's ARN holds its Path ("/" unless the template says otherwise). */
  private rolePath(logicalId: string): string {
    const props = (this.ctx.template?.Resources?.[logicalId] as { Properties?: { Path?: unknown } } | undefined)
      ?.Properties;
    return typeof props?.Path === 'string' && /^\/(.*\/)?$/.test(props.Path) ? props.Path : '/';
  }
}
