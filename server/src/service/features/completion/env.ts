/** The template's own resources, by kind, for snippets and reference completions. */
import type { SnippetEnv } from '../../catalogue/snippets';
import type { ApiDocument } from '../../document/model';

const functionTypes = new Set(['AWS::Serverless::Function', 'AWS::Lambda::Function']);

export function snippetEnv(doc: ApiDocument): SnippetEnv {
  const env: SnippetEnv = { template: !!doc.template, functions: [], roles: [], userPools: [] };
  for (const r of doc.template?.resources.values() ?? []) {
    if (functionTypes.has(r.type)) env.functions.push(r.logicalId);
    else if (r.type === 'AWS::IAM::Role') env.roles.push(r.logicalId);
    else if (r.type === 'AWS::Cognito::UserPool') env.userPools.push(r.logicalId);
  }
  return env;
}
