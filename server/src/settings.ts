/** Reads the `apigw` settings for a document (pulled from the client, cached until they change). */
import type { Connection } from 'vscode-languageserver';
import type { ApigwSettings, ReferencedFilesSetting } from '../../contract/settings';
import type { ServiceSettings } from './service/languageService';
import { DEFAULT_REFERENCED_FILES } from './refFiles/access';

export interface DocumentSettings extends ServiceSettings {
  openApiSchema: boolean;
  /** Which files `$ref`s may make the server read (in a trusted workspace; see refFiles/access.ts). */
  referencedFiles: ReferencedFilesSetting;
}

export class SettingsCache {
  private readonly cache = new Map<string, Promise<DocumentSettings>>();
  supportsPull = false;

  constructor(private readonly connection: Connection) {}

  get(uri: string): Promise<DocumentSettings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.fetch(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  clear(uri?: string): void {
    if (uri) this.cache.delete(uri);
    else this.cache.clear();
  }

  private async fetch(uri: string): Promise<DocumentSettings> {
    let section: ApigwSettings = {};
    if (this.supportsPull) {
      try {
        section =
          ((await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'apigw' })) as ApigwSettings) ??
          {};
      } catch {
        section = {};
      }
    }
    return {
      apiTypeOverrides: section.apiType?.overrides ?? {},
      enable: section.validation?.enable ?? true,
      severity: section.validation?.severity ?? {},
      openApiSchema: section.validation?.openApiSchema ?? true,
      referencedFiles: section.validation?.referencedFiles ?? DEFAULT_REFERENCED_FILES,
    };
  }
}
