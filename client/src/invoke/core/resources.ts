/** REST API resources: TestInvokeMethod needs the id of the resource whose path is being tested. */
import { GetResourcesCommand, type APIGatewayClient, type Resource } from '@aws-sdk/client-api-gateway';

type Sender = Pick<APIGatewayClient, 'send'>;

export async function listResources(client: Sender, restApiId: string, signal?: AbortSignal): Promise<Resource[]> {
  const out: Resource[] = [];
  let position: string | undefined;
  do {
    const page = await client.send(new GetResourcesCommand({ restApiId, position, limit: 500, embed: ['methods'] }), {
      abortSignal: signal,
    });
    out.push(...(page.items ?? []));
    position = page.position && page.position !== position ? page.position : undefined;
  } while (position);
  return out;
}

/** Paths compare without a trailing slash (except the root). */
export function normalizeResourcePath(path: string): string {
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  return withSlash.length > 1 ? withSlash.replace(/\/+$/, '') : withSlash;
}

export class ResourceNotFoundError extends Error {
  constructor(readonly path: string) {
    super(
      `The deployed API has no resource "${path}". Deploy the definition first, or pick the API it was deployed to.`,
    );
  }
}

export async function findResourceId(
  client: Sender,
  restApiId: string,
  pathTemplate: string,
  signal?: AbortSignal,
): Promise<string> {
  const wanted = normalizeResourcePath(pathTemplate);
  const found = (await listResources(client, restApiId, signal)).find(
    (r) => r.path !== undefined && normalizeResourcePath(r.path) === wanted,
  );
  if (!found?.id) throw new ResourceNotFoundError(wanted);
  return found.id;
}
