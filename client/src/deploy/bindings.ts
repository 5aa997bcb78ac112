/**
 * Remembers, per definition document, where it was last deployed, so the next deploy is one command. Pure: the
 * storage is any Memento-like object (the editor passes `context.workspaceState`).
 */
import type { DeployableApiType, ImportMode } from './deployCore';

export interface DeployBinding {
  apiId: string;
  apiType: DeployableApiType;
  apiName?: string;
  stage: string;
  mode?: ImportMode;
  /** The connection it was deployed through, so a binding is only offered for the same account/endpoint. */
  region: string;
  endpoint?: string;
}

export interface KeyValueStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
}

const KEY = 'apigw.deploy.bindings';

export class DeployBindings {
  constructor(private readonly store: KeyValueStore) {}

  get(documentUri: string): DeployBinding | undefined {
    return this.store.get<Record<string, DeployBinding>>(KEY)?.[documentUri];
  }

  /** The binding when it was made through the same region and endpoint as `where`. */
  getFor(documentUri: string, where: { region: string; endpoint?: string }): DeployBinding | undefined {
    const binding = this.get(documentUri);
    return binding && binding.region === where.region && (binding.endpoint ?? '') === (where.endpoint ?? '')
      ? binding
      : undefined;
  }

  async set(documentUri: string, binding: DeployBinding): Promise<void> {
    const all = { ...(this.store.get<Record<string, DeployBinding>>(KEY) ?? {}), [documentUri]: binding };
    await this.store.update(KEY, all);
  }

  async forget(documentUri: string): Promise<void> {
    const all = { ...(this.store.get<Record<string, DeployBinding>>(KEY) ?? {}) };
    delete all[documentUri];
    await this.store.update(KEY, all);
  }
}
