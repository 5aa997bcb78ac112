/** An integration or authorizer URI explained: which service, Region, function or endpoint, and stage variables. */
const lambdaUri =
  /^arn:([^:]+):apigateway:([^:]+):lambda:path\/([^/]+)\/functions\/(.+)\/(invocations|response-streaming-invocations)$/;
const functionArn = /^arn:[^:]+:lambda:([^:]+):([^:]*):function:([^:]+)(?::(.+))?$/;
const serviceUri = /^arn:[^:]+:apigateway:([^:]+):([^:/]+):(action|path)\/(.+)$/;
const privateTarget = /^arn:[^:]+:(elasticloadbalancing|servicediscovery):([^:]+):([^:]*):(.+)$/;

/** Describes a `${...}` placeholder of a `!Sub` or a stage variable. */
function placeholder(inner: string): string {
  if (inner === 'AWS::Region') return "the stack's Region";
  if (inner === 'AWS::AccountId') return "the stack's account";
  if (inner === 'AWS::Partition') return "the stack's partition";
  if (inner.startsWith('stageVariables.')) return `stage variable \`${inner.slice('stageVariables.'.length)}\``;
  const getAtt = /^([A-Za-z0-9]+)\.Arn$/.exec(inner);
  if (getAtt) return `the ARN of \`${getAtt[1]}\` (a resource of this template)`;
  return `\`${inner}\``;
}

/** `${...}` placeholders may hold colons (`${AWS::Region}`): they are swapped for tokens while the URI is parsed. */
const TOKEN = '\u00a7';

export function explainUri(uri: string, sub: boolean): string | undefined {
  const placeholders: string[] = [];
  const text = uri
    .trim()
    .replace(/\$\{([^}]+)\}/g, (_m, inner: string) => `${TOKEN}${placeholders.push(inner) - 1}${TOKEN}`);
  const show = (part: string): string => {
    const m = new RegExp(`^${TOKEN}(\\d+)${TOKEN}$`).exec(part);
    if (m) return placeholder(placeholders[Number(m[1])]);
    return `\`${part.replace(new RegExp(`${TOKEN}(\\d+)${TOKEN}`, 'g'), (_x, i: string) => `\${${placeholders[Number(i)]}}`)}\``;
  };
  const lines: string[] = [];
  const lambda = lambdaUri.exec(text);
  const fn = functionArn.exec(lambda ? lambda[4] : text);
  if (lambda) {
    lines.push(
      `**Lambda invocation URI**${lambda[5] === 'response-streaming-invocations' ? ' (response streaming)' : ''}`,
      '',
      `- API Gateway calls Lambda in Region ${show(lambda[2])} (API version ${lambda[3]}).`,
    );
    if (fn)
      lines.push(
        `- Function ${show(fn[3])} in account ${show(fn[2] || '?')}, Region ${show(fn[1])}${fn[4] ? `, alias or version ${show(fn[4])}` : ''}.`,
      );
    else lines.push(`- Function: ${show(lambda[4])}.`);
  } else if (fn) {
    lines.push(
      '**Lambda function ARN** (HTTP APIs take it as it is)',
      '',
      `- Function ${show(fn[3])} in account ${show(fn[2] || '?')}, Region ${show(fn[1])}${fn[4] ? `, alias or version ${show(fn[4])}` : ''}.`,
    );
  } else if (serviceUri.test(text)) {
    const m = serviceUri.exec(text)!;
    lines.push(
      '**AWS service integration**',
      '',
      `- Service ${show(m[2])} in Region ${show(m[1])}.`,
      m[3] === 'action'
        ? `- Action ${show(m[4].split('&')[0])} (query API).`
        : `- Path \`${m[4]}\` (REST-style API of the service).`,
    );
  } else if (/^https?:\/\//i.test(text)) {
    try {
      const url = new URL(text.replace(new RegExp(`${TOKEN}\\d+${TOKEN}`, 'g'), 'x'));
      lines.push(
        '**HTTP endpoint**',
        '',
        `- ${url.protocol === 'https:' ? 'HTTPS' : 'HTTP'} to host ${show(text.replace(/^https?:\/\//i, '').split(/[/:?#]/)[0])}${url.port ? `, port ${url.port}` : ''}.`,
      );
      const params = [...text.matchAll(/\{([^}]+)\}/g)].map((p) => `\`${p[1]}\``);
      if (params.length) lines.push(`- Path parameters filled from the request: ${params.join(', ')}.`);
    } catch {
      return undefined;
    }
  } else if (privateTarget.test(text)) {
    const m = privateTarget.exec(text)!;
    lines.push(
      '**Private integration target**',
      '',
      `- ${m[1] === 'elasticloadbalancing' ? 'Load balancer listener' : 'Cloud Map service'} in Region ${show(m[2])}, reached through a VPC link.`,
    );
  } else return undefined;
  const vars = placeholders
    .filter((p) => p.startsWith('stageVariables.'))
    .map((p) => `\`${p.slice('stageVariables.'.length)}\``);
  if (vars.length) lines.push(`- Set per stage through stage variables ${[...new Set(vars)].join(', ')}.`);
  if (sub)
    lines.push(
      '- Written with `Fn::Sub`: CloudFormation fills the `${...}` placeholders at deploy time (stage variables stay for API Gateway).',
    );
  return lines.join('\n');
}
