/**
 * Plain JSON from a definition's tree, with CloudFormation intrinsics reduced to what a local gateway can know:
 * a Lambda ARN built from `${Fn.Arn}` / `!GetAtt Fn.Arn` keeps the function's logical id, so the integration finds
 * the SAM function beside it; pseudo parameters get fixed local values; template parameters their defaults, which
 * also decide the template's conditions. The functions themselves are evaluated by common/cloudFormation's evaluator, the
 * one Compare with Stack uses with a deployed stack's values.
 */
import { resolveIntrinsics, type IntrinsicValues } from '../../../../common/cloudFormation/intrinsics';
import type { AstNode } from '../../service/parser/ast';
import { longForm } from '../../service/features/templateJson';

export const LOCAL_REGION = 'us-east-1';
export const LOCAL_ACCOUNT = '123456789012';

export interface CfnScope {
  /** Template parameters with their defaults (`Ref` to one gives the default). */
  parameters: Record<string, unknown>;
  /** Logical ids of the template's resources (`Ref`/`GetAtt` to one gives a local stand-in). */
  resources: Set<string>;
  /** The template's `Conditions` and `Mappings`, as written (long form). */
  template?: { Conditions?: Record<string, unknown>; Mappings?: Record<string, unknown> };
}

const pseudo: Record<string, string> = {
  'AWS::Region': LOCAL_REGION,
  'AWS::AccountId': LOCAL_ACCOUNT,
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::StackName': 'local',
  'AWS::StackId': `arn:aws:cloudformation:${LOCAL_REGION}:${LOCAL_ACCOUNT}:stack/local/local`,
};

/** The ARN a local function stands for, `arn:aws:lambda:REGION:ACCOUNT:function:LOGICALID`. */
export function localFunctionArn(logicalId: string): string {
  return `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${logicalId}`;
}

/** Local stand-ins never leave a name unknown: a name the template does not define is kept as written. */
function localValues(scope: CfnScope): IntrinsicValues {
  return {
    ref: (name) => (name in pseudo ? pseudo[name] : name in scope.parameters ? scope.parameters[name] : name),
    attribute: (target, attribute) =>
      attribute === 'Arn' && scope.resources.has(target) ? localFunctionArn(target) : `${target}.${attribute}`,
    template: scope.template,
    // No stack decides a condition that the defaults leave open: take the value the author wrote first.
    undecidedIf: 'first',
    sourceName: 'the local template',
  };
}

/** The long form JSON of a template's tree (`!Sub x` → `{"Fn::Sub": "x"}`), intrinsics not evaluated. */
export function writtenJson(node: AstNode | undefined): unknown {
  return longForm(node, 0);
}

export function cfnToJson(node: AstNode | undefined, scope: CfnScope): unknown {
  return resolveIntrinsics(writtenJson(node), localValues(scope)).value;
}
