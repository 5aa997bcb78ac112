/**
 * Plain JSON from a definition's tree, with CloudFormation intrinsics reduced to what a local gateway can know:
 * a Lambda ARN built from `${Fn.Arn}` / `!GetAtt Fn.Arn` keeps the function's logical id, so the integration finds
 * the SAM function beside it; pseudo parameters get fixed local values; template parameters their defaults.
 */
import type { AstNode } from '../../service/parser/ast';
import { asIntrinsic } from '../../service/document/intrinsics';

export const LOCAL_REGION = 'us-east-1';
export const LOCAL_ACCOUNT = '123456789012';

export interface CfnScope {
  /** Template parameters with their defaults (`Ref` to one gives the default). */
  parameters: Record<string, unknown>;
  /** Logical ids of the template's resources (`Ref`/`GetAtt` to one gives a local stand-in). */
  resources: Set<string>;
}

const pseudo: Record<string, string> = {
  'AWS::Region': LOCAL_REGION, 'AWS::AccountId': LOCAL_ACCOUNT, 'AWS::Partition': 'aws', 'AWS::URLSuffix': 'amazonaws.com',
  'AWS::StackName': 'local', 'AWS::StackId': `arn:aws:cloudformation:${LOCAL_REGION}:${LOCAL_ACCOUNT}:stack/local/local`,
};

/** The ARN a local function stands for, `arn:aws:lambda:REGION:ACCOUNT:function:LOGICALID`. */
export function localFunctionArn(logicalId: string): string {
  return `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${logicalId}`;
}

function refValue(name: string, scope: CfnScope): unknown {
  if (name in pseudo) return pseudo[name];
  if (name in scope.parameters) return scope.parameters[name];
  return name;
}

function getAtt(target: string, attribute: string, scope: CfnScope): unknown {
  if (attribute === 'Arn' && scope.resources.has(target)) return localFunctionArn(target);
  return `${target}.${attribute}`;
}

function substitute(text: string, vars: Record<string, unknown>, scope: CfnScope): string {
  return text.replace(/\$\{(!?)([^}]*)\}/g, (whole, bang: string, name: string) => {
    if (bang) return `\${${name}}`;
    if (name in vars) return String(vars[name]);
    const dot = name.indexOf('.');
    if (dot > 0) return String(getAtt(name.slice(0, dot), name.slice(dot + 1), scope));
    return String(refValue(name, scope));
  });
}

export function cfnToJson(node: AstNode | undefined, scope: CfnScope, depth = 0): unknown {
  if (!node || depth > 200) return null;
  const fn = asIntrinsic(node);
  if (fn) return intrinsicValue(fn.name, node.tag ? untagged(node, scope, depth) : cfnToJson(fn.argument, scope, depth + 1), scope);
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const p of node.properties) out[p.key.value] = cfnToJson(p.value, scope, depth + 1);
      return out;
    }
    case 'array':
      return node.items.map((i) => cfnToJson(i, scope, depth + 1));
    default:
      return node.value;
  }
}

/** A short-form node's value without its tag (the tag is the function, the node its argument). */
function untagged(node: AstNode, scope: CfnScope, depth: number): unknown {
  return cfnToJson({ ...node, tag: undefined }, scope, depth + 1);
}

function intrinsicValue(name: string, arg: unknown, scope: CfnScope): unknown {
  switch (name) {
    case 'Ref':
      return typeof arg === 'string' ? refValue(arg, scope) : arg;
    case 'Fn::GetAtt': {
      const parts = typeof arg === 'string' ? arg.split('.') : Array.isArray(arg) ? arg.map(String) : [];
      return parts.length >= 2 ? getAtt(parts[0], parts.slice(1).join('.'), scope) : arg;
    }
    case 'Fn::Sub':
      if (typeof arg === 'string') return substitute(arg, {}, scope);
      if (Array.isArray(arg) && typeof arg[0] === 'string') return substitute(arg[0], (arg[1] ?? {}) as Record<string, unknown>, scope);
      return arg;
    case 'Fn::Join':
      return Array.isArray(arg) && Array.isArray(arg[1]) ? arg[1].map(String).join(String(arg[0])) : arg;
    case 'Fn::If':
      // Conditions are not evaluated locally: the first branch is the one the template's author wrote first.
      return Array.isArray(arg) ? arg[1] : arg;
    default:
      return arg;
  }
}
