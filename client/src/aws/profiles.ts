/**
 * Named AWS profiles from the shared config and credentials files (INI), read the way the AWS CLI reads them:
 * AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE first, then ~/.aws/config and ~/.aws/credentials.
 * Pure (no `vscode`); never returns secret values, only names and non-secret settings.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type IniSections = Record<string, Record<string, string>>;

/** Parses INI text into sections; nested sub-sections (`s3 =` followed by indented lines) are skipped. */
export function parseIni(text: string): IniSections {
  const sections: IniSections = {};
  let current: Record<string, string> | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\uFEFF/, '');
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const header = /^\[\s*([^\]]+?)\s*\]/.exec(trimmed);
    if (header) {
      current = sections[header[1]] ??= {};
      continue;
    }
    if (!current || /^\s/.test(line)) continue;
    const eq = trimmed.indexOf('=');
    if (eq <= 0) continue;
    current[trimmed.slice(0, eq).trim()] = trimmed.slice(eq + 1).trim();
  }
  return sections;
}

export interface ProfileInfo {
  name: string;
  region?: string;
  /** Uses IAM Identity Center (SSO). */
  sso: boolean;
  /** Assumes a role from another profile or credential source. */
  role: boolean;
  /** Files the profile appears in. */
  sources: ('config' | 'credentials')[];
}

/** Combines both files into one list, in file order; `default` first when present. */
export function listProfiles(configText: string, credentialsText: string): ProfileInfo[] {
  const byName = new Map<string, ProfileInfo>();
  const add = (name: string, values: Record<string, string>, source: 'config' | 'credentials') => {
    const info = byName.get(name) ?? { name, sso: false, role: false, sources: [] };
    if (!info.sources.includes(source)) info.sources.push(source);
    info.region ||= values.region || undefined;
    info.sso ||= !!(values.sso_session || values.sso_start_url);
    info.role ||= !!values.role_arn;
    byName.set(name, info);
  };
  for (const [section, values] of Object.entries(parseIni(configText))) {
    // In the config file, profiles other than `default` are written `[profile name]`; `[sso-session x]` and
    // `[services x]` are not profiles.
    const name = section === 'default' ? 'default' : /^profile\s+(.+)$/.exec(section)?.[1]?.trim();
    if (name) add(name, values, 'config');
  }
  for (const [section, values] of Object.entries(parseIni(credentialsText)))
    add(section.replace(/^profile\s+/, ''), values, 'credentials');
  const all = [...byName.values()];
  return [...all.filter((p) => p.name === 'default'), ...all.filter((p) => p.name !== 'default')];
}

export interface SharedFilePaths {
  config: string;
  credentials: string;
}

export function sharedFilePaths(env: NodeJS.ProcessEnv = process.env): SharedFilePaths {
  const home = env.HOME || env.USERPROFILE || os.homedir();
  return {
    config: env.AWS_CONFIG_FILE || path.join(home, '.aws', 'config'),
    credentials: env.AWS_SHARED_CREDENTIALS_FILE || path.join(home, '.aws', 'credentials'),
  };
}

function readIfExists(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Reads the profiles from the shared files; missing or unreadable files count as empty. */
export function readProfiles(env: NodeJS.ProcessEnv = process.env): ProfileInfo[] {
  const files = sharedFilePaths(env);
  return listProfiles(readIfExists(files.config), readIfExists(files.credentials));
}

/** The region configured for a profile (AWS_PROFILE or `default` when no name is given). */
export function profileRegion(profile: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const name = profile || env.AWS_PROFILE || 'default';
  return readProfiles(env).find((p) => p.name === name)?.region;
}
