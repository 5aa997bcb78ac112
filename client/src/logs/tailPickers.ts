/**
 * The questions "API Gateway: Tail Logs…" asks: which log groups (a stage's, or any found by prefix), a filter
 * pattern and a start time. Each returns undefined when the user cancels.
 */
import * as vscode from 'vscode';
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { describeError } from './logErrors';
import { listLogGroups, type StageLogGroups } from './logGroups';
import { startChoices } from './startTime';

interface GroupItem extends vscode.QuickPickItem {
  group: string;
}

const kindIcons = { execution: '$(server-process)', access: '$(globe)', lambda: '$(symbol-function)' } as const;

/** Multi-select among a stage's groups, all preselected. `existing` holds names that exist in CloudWatch. */
export async function pickStageGroups(
  found: StageLogGroups,
  existing: Set<string>,
  stage: string,
): Promise<string[] | undefined> {
  for (const note of found.notes) void vscode.window.showInformationMessage(note);
  if (found.groups.length === 0) {
    void vscode.window.showWarningMessage(
      `Stage ${stage} has no log groups to tail: turn on execution or access logging, or add Lambda integrations.`,
    );
    return undefined;
  }
  const items: GroupItem[] = found.groups.map((g) => ({
    label: `${kindIcons[g.kind]} ${g.name}`,
    description: g.description,
    detail: existing.has(g.name)
      ? undefined
      : 'Does not exist (yet): logging may be off, or nothing was logged so far.',
    picked: existing.has(g.name),
    group: g.name,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: `Tail logs of stage ${stage}`,
    placeHolder: 'Log groups to tail',
    canPickMany: true,
    matchOnDescription: true,
    ignoreFocusOut: true,
  });
  return picked && picked.length > 0 ? picked.map((p) => p.group) : undefined;
}

/** Multi-select over log groups found by the prefix the user types (DescribeLogGroups, paginated). */
export function pickAnyGroups(logs: Pick<CloudWatchLogsClient, 'send'>): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<GroupItem>();
    const title = 'Tail logs: choose log groups';
    pick.title = title;
    pick.placeholder = 'Type the start of a log group name, e.g. /aws/lambda/ or API-Gateway-Execution-Logs_';
    pick.canSelectMany = true;
    pick.ignoreFocusOut = true;
    pick.matchOnDescription = true;
    const selected = new Map<string, GroupItem>();
    let search: AbortController | undefined;
    let debounce: ReturnType<typeof setTimeout> | undefined;
    const load = (prefix: string) => {
      search?.abort();
      if (!/^[.\-_/#A-Za-z0-9]*$/.test(prefix.trim())) {
        pick.items = [...selected.values()];
        pick.title = `${title}: names contain only letters, digits and . - _ / #`;
        return;
      }
      const controller = (search = new AbortController());
      pick.busy = true;
      listLogGroups(logs, prefix.trim(), controller.signal, 200).then(
        (groups) => {
          if (controller.signal.aborted) return;
          const items = [
            ...selected.values(),
            ...groups.filter((g) => !selected.has(g.name)).map((g) => ({ label: g.name, group: g.name })),
          ];
          pick.items = items;
          pick.selectedItems = items.filter((i) => selected.has(i.group));
          pick.busy = false;
          pick.title = groups.length === 0 ? `${title}: no log group starts with "${prefix}"` : title;
        },
        (err: unknown) => {
          if (controller.signal.aborted) return;
          pick.busy = false;
          pick.items = [...selected.values()];
          void vscode.window.showErrorMessage(describeError(err, 'logs:DescribeLogGroups'));
        },
      );
    };
    pick.onDidChangeValue((value) => {
      if (debounce) clearTimeout(debounce);
      debounce = setTimeout(() => load(value), 300);
    });
    pick.onDidChangeSelection((items) => {
      for (const i of pick.items) if (!items.includes(i)) selected.delete(i.group);
      for (const i of items) selected.set(i.group, i);
    });
    let accepted = false;
    pick.onDidAccept(() => {
      accepted = true;
      resolve(selected.size > 0 ? [...selected.keys()] : undefined);
      pick.hide();
    });
    pick.onDidHide(() => {
      search?.abort();
      if (debounce) clearTimeout(debounce);
      if (!accepted) resolve(undefined);
      pick.dispose();
    });
    pick.show();
    load('');
  });
}

/** Empty string: no filter. */
export function askFilterPattern(): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Tail logs: filter pattern',
    prompt:
      'CloudWatch Logs filter pattern, e.g. ERROR, "request failed", { $.status = 5* } or %timeout|throttl%. Leave empty for all events.',
    placeHolder: 'All events',
    ignoreFocusOut: true,
    validateInput: (v) => (v.length > 1024 ? 'A filter pattern has at most 1024 characters.' : undefined),
  });
}

/** A duration such as "5m"; the setting's default comes first. */
export async function askStart(defaultStart: string): Promise<string | undefined> {
  const items = startChoices.map((c) => ({
    label: c.label,
    value: c.value,
    description: c.value === defaultStart || (c.value === '60m' && defaultStart === '1h') ? 'default' : undefined,
  }));
  items.sort((a, b) => Number(!!b.description) - Number(!!a.description));
  const choice = await vscode.window.showQuickPick(items, {
    title: 'Tail logs: start from',
    placeHolder: 'How far back to start',
    ignoreFocusOut: true,
  });
  return choice?.value;
}
