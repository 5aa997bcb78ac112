/**
 * Evaluates the IAM policy a Lambda authorizer returns against the request's method ARN, as API Gateway does:
 * an explicit Deny on a matching statement wins, else a matching Allow lets the request through, else the
 * request is implicitly denied. Resources may use the `*` and `?` wildcards of IAM.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */

export type PolicyDecision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

export interface PolicyCheck {
  decision: PolicyDecision;
  /** Set when the document is not a policy API Gateway can read (a 500 AUTHORIZER_CONFIGURATION_ERROR). */
  invalid?: string;
}

/** arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{VERB}/{resource path without the leading slash} */
export function methodArn(p: { region: string; accountId: string; apiId: string; stage: string; method: string; path: string }): string {
  return `arn:aws:execute-api:${p.region}:${p.accountId}:${p.apiId}/${p.stage}/${p.method.toUpperCase()}/${p.path.replace(/^\/+/, '')}`;
}

function wildcard(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 's');
}

function asList(v: unknown): string[] | undefined {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v;
  return undefined;
}

const actionMatches = (action: string) => ['execute-api:Invoke', 'execute-api:*', '*'].some((a) => a.toLowerCase() === action.toLowerCase()) || wildcard(action.toLowerCase()).test('execute-api:invoke');

export function evaluatePolicy(policyDocument: unknown, arn: string): PolicyCheck {
  if (!policyDocument || typeof policyDocument !== 'object') return { decision: 'ImplicitDeny', invalid: 'the authorizer response has no policyDocument' };
  const raw = (policyDocument as { Statement?: unknown }).Statement;
  const statements = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? [raw] : undefined;
  if (!statements) return { decision: 'ImplicitDeny', invalid: 'the policyDocument has no Statement' };
  let allowed = false;
  for (const s of statements) {
    if (!s || typeof s !== 'object') return { decision: 'ImplicitDeny', invalid: 'a Statement is not an object' };
    const st = s as Record<string, unknown>;
    const effect = typeof st.Effect === 'string' ? st.Effect.toLowerCase() : '';
    const actions = asList(st.Action);
    const resources = asList(st.Resource);
    if ((effect !== 'allow' && effect !== 'deny') || !actions || !resources) return { decision: 'ImplicitDeny', invalid: 'a Statement needs Effect (Allow or Deny), Action and Resource' };
    if (!actions.some(actionMatches) || !resources.some((r) => wildcard(r).test(arn))) continue;
    if (effect === 'deny') return { decision: 'ExplicitDeny' };
    allowed = true;
  }
  return { decision: allowed ? 'Allow' : 'ImplicitDeny' };
}
