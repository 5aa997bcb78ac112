/**
 * What a SAM / CloudFormation template says beyond its definitions: the functions that can run locally
 * (`AWS::Serverless::Function` with `Globals.Function`), the API events of those functions (SAM's implicit
 * APIs), and each API resource's stage name and stage variables.
 */
import path from 'node:path';
import type { LocalFunction } from '../types';
import { isObject, stringMap } from './refs';
import { scalarText } from '../../../../common/scalarText';

export interface FunctionEvent {
  functionId: string;
  eventName: string;
  kind: 'REST' | 'HTTP';
  path: string;
  method: string;
  /** The API resource the event names (`RestApiId` / `ApiId`), else SAM's implicit API. */
  apiId: string;
  payloadFormatVersion: '1.0' | '2.0';
  /** The event's `Auth` (Authorizer, ApiKeyRequired, AuthorizationScopes), read by gateway/auth/samAuth.ts. */
  auth?: Record<string, unknown>;
}

/** SAM's names for the APIs it creates for events that name none (SAM specification, "Implicit APIs"). */
export const IMPLICIT_REST_API = 'ServerlessRestApi';
export const IMPLICIT_HTTP_API = 'ServerlessHttpApi';

export function samFunctions(
  resources: Record<string, unknown>,
  globals: Record<string, unknown>,
  templateDir: string,
): LocalFunction[] {
  const out: LocalFunction[] = [];
  for (const [logicalId, raw] of Object.entries(resources)) {
    if (!isObject(raw) || raw.Type !== 'AWS::Serverless::Function') continue;
    const props = { ...globals, ...(isObject(raw.Properties) ? raw.Properties : {}) };
    const env = isObject(props.Environment) ? stringMap(props.Environment.Variables) : {};
    const globalEnv = isObject(globals.Environment) ? stringMap(globals.Environment.Variables) : {};
    const codeUri = typeof props.CodeUri === 'string' ? props.CodeUri : undefined;
    out.push({
      logicalId,
      functionName: typeof props.FunctionName === 'string' ? props.FunctionName : undefined,
      runtime: scalarText(props.Runtime) ?? '',
      handler: scalarText(props.Handler) ?? '',
      codeDir: codeUri && !/^s3:\/\//i.test(codeUri) ? path.resolve(templateDir, codeUri) : undefined,
      inlineCode: typeof props.InlineCode === 'string' ? props.InlineCode : undefined,
      // SAM's default function timeout is 3 seconds, memory 128 MB (SAM specification, AWS::Serverless::Function).
      timeoutMs: (Number(props.Timeout) > 0 ? Number(props.Timeout) : 3) * 1000,
      environment: { ...globalEnv, ...env },
      memoryMb: Number(props.MemorySize) > 0 ? Number(props.MemorySize) : 128,
    });
  }
  return out;
}

export function functionEvents(resources: Record<string, unknown>): FunctionEvent[] {
  const out: FunctionEvent[] = [];
  for (const [functionId, raw] of Object.entries(resources)) {
    if (!isObject(raw) || raw.Type !== 'AWS::Serverless::Function' || !isObject(raw.Properties)) continue;
    const events = isObject(raw.Properties.Events) ? raw.Properties.Events : {};
    for (const [eventName, event] of Object.entries(events)) {
      if (!isObject(event) || (event.Type !== 'Api' && event.Type !== 'HttpApi')) continue;
      const props = isObject(event.Properties) ? event.Properties : {};
      const kind = event.Type === 'Api' ? 'REST' : 'HTTP';
      const apiRef = kind === 'REST' ? props.RestApiId : props.ApiId;
      // An HttpApi event with no Path and Method is the `$default` route (SAM specification, HttpApi event).
      const pathText = typeof props.Path === 'string' ? props.Path : kind === 'HTTP' ? '$default' : '/';
      out.push({
        functionId,
        eventName,
        kind,
        path: pathText,
        method: (scalarText(props.Method) ?? 'ANY').toUpperCase().replace(/^X-AMAZON-APIGATEWAY-ANY-METHOD$/, 'ANY'),
        apiId: typeof apiRef === 'string' ? apiRef : kind === 'REST' ? IMPLICIT_REST_API : IMPLICIT_HTTP_API,
        // SAM's HttpApi events default to payload format 2.0; REST proxy events are always 1.0.
        payloadFormatVersion:
          kind === 'HTTP' && (scalarText(props.PayloadFormatVersion) ?? '2.0') === '1.0'
            ? '1.0'
            : kind === 'HTTP'
              ? '2.0'
              : '1.0',
        ...(isObject(props.Auth) ? { auth: props.Auth } : {}),
      });
    }
  }
  return out;
}

/** `StageName` and stage variables of an API resource. */
export function stageSettings(
  properties: Record<string, unknown>,
  kind: 'REST' | 'HTTP',
): { stageName?: string; variables: Record<string, string> } {
  const stage = properties.StageName;
  return {
    stageName: typeof stage === 'string' ? stage : kind === 'HTTP' ? '$default' : undefined,
    variables: stringMap(kind === 'REST' ? properties.Variables : properties.StageVariables),
  };
}
