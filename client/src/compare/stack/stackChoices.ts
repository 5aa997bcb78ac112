/**
 * Remembers, per template document, which stack its APIs were compared with, so the next comparison asks nothing.
 * Only offered again through the same region and endpoint. Pure: any Memento-like store (the editor passes
 * `context.workspaceState`).
 */
import type { KeyValueStore } from '../../deploy/bindings';

export interface StackChoiceRecord {
  stackName: string;
  region: string;
  endpoint?: string;
}

const KEY = 'apigw.compare.stacks';

export class StackChoices {
  constructor(private readonly store: KeyValueStore) {}

  /** The stack name remembered for this template through the same region and endpoint as `where`. */
  getFor(templateUri: string, where: { region: string; endpoint?: string }): string | undefined {
    const record = this.store.get<Record<string, StackChoiceRecord>>(KEY)?.[templateUri];
    return record && record.region === where.region && (record.endpoint ?? '') === (where.endpoint ?? '')
      ? record.stackName
      : undefined;
  }

  async set(templateUri: string, record: StackChoiceRecord): Promise<void> {
    const all = { ...(this.store.get<Record<string, StackChoiceRecord>>(KEY) ?? {}), [templateUri]: record };
    await this.store.update(KEY, all);
  }

  async forget(templateUri: string): Promise<void> {
    const all = { ...(this.store.get<Record<string, StackChoiceRecord>>(KEY) ?? {}) };
    delete all[templateUri];
    await this.store.update(KEY, all);
  }
}
