// Turns the measurements into Markdown tables and checks the targets of issue 8.

const ms = (value) =>
  value === undefined
    ? '–'
    : value >= 10_000
      ? `${(value / 1000).toFixed(1)} s`
      : value >= 100
        ? `${value.toFixed(0)} ms`
        : `${value.toFixed(1)} ms`;
const mib = (value) => (value === undefined ? '–' : `${value.toFixed(0)} MB`);

/** A measured cell, or why there is no number: 'crashed', 'timeout', 'not run'. */
function cell(result, pick, format = ms) {
  if (!result) return 'not run';
  const value = pick(result);
  if (value !== undefined) return format(value);
  return result.status === 'ok' ? '–' : result.status;
}

function ratio(ours, theirs) {
  if (ours?.firstMs === undefined || theirs?.firstMs === undefined) return '–';
  const r = ours.firstMs / theirs.firstMs;
  const speed = r <= 1 ? `${(1 / r).toFixed(1)}× faster` : `${r.toFixed(1)}× slower`;
  return `${r < 0.01 ? r.toFixed(4) : r.toFixed(2)} (${speed})`;
}

const row = (cells) => `| ${cells.join(' | ')} |`;

/** rows: [{ doc, floorMs, ours, yls, spectral }] */
export function renderTables(rows) {
  const out = [];
  out.push('### Time to first diagnostics (didOpen → first publishDiagnostics)', '');
  out.push(
    row(['File', 'Lines', 'Parse floor', 'Ours', 'yaml-language-server', 'Ours / YLS', 'Spectral CLI (whole process)']),
  );
  out.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const r of rows) {
    out.push(
      row([
        `${r.doc.label}`,
        r.doc.lines.toLocaleString('en-US'),
        ms(r.floorMs),
        cell(r.ours, (x) => x.firstMs) + diagnosticsCount(r.ours),
        cell(r.yls, (x) => x.firstMs) + diagnosticsCount(r.yls),
        ratio(r.ours, r.yls),
        r.spectral
          ? r.spectral.ms !== undefined && r.spectral.status === 'ok'
            ? `${ms(r.spectral.ms)}${r.spectral.results !== undefined ? ` (${r.spectral.results})` : ''}`
            : r.spectral.status
          : 'not run',
      ]),
    );
  }
  out.push('', '### Editing: completion, re-validation after a one-character edit, server memory', '');
  out.push(
    row([
      'File',
      'Completion ours (median / p95)',
      'Completion YLS (median / p95)',
      'Re-validation ours',
      'Re-validation YLS',
      'All diagnostics ours (settled)',
      'RSS ours (peak)',
      'RSS YLS (peak)',
      'Start-up ours',
      'Start-up YLS',
    ]),
  );
  out.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const r of rows) {
    out.push(
      row([
        r.doc.label,
        completionCell(r.ours),
        completionCell(r.yls),
        cell(r.ours, (x) => x.revalidateMs),
        cell(r.yls, (x) => x.revalidateMs),
        cell(r.ours, (x) => x.settledMs),
        memoryCell(r.ours),
        memoryCell(r.yls),
        cell(r.ours, (x) => x.startupMs),
        cell(r.yls, (x) => x.startupMs),
      ]),
    );
  }
  out.push('', '### All diagnostics, same work (OpenAPI schema included), with the floors as reference rows', '');
  out.push(row(['File', 'Who', 'First diagnostics', 'All diagnostics (settled)', 'Re-validation', 'Ours ÷ this (settled)']));
  out.push(row(['---', '---', '---:', '---:', '---:', '---:']));
  for (const r of rows) {
    const settled = r.ours?.settledMs;
    const against = (value) => (settled !== undefined && value ? `${(settled / value).toFixed(2)}×` : '–');
    out.push(row([r.doc.label, 'ours', cell(r.ours, (x) => x.firstMs) + diagnosticsCount(r.ours), cell(r.ours, (x) => x.settledMs), cell(r.ours, (x) => x.revalidateMs), '1.00×']));
    out.push(row(['', 'yaml-language-server + OpenAPI schema', cell(r.yls, (x) => x.firstMs) + diagnosticsCount(r.yls), cell(r.yls, (x) => x.settledMs), cell(r.yls, (x) => x.revalidateMs), against(r.yls?.settledMs)]));
    out.push(row(['', 'floor: empty LSP server', cell(r.empty, (x) => x.firstMs), cell(r.empty, (x) => x.settledMs), cell(r.empty, (x) => x.revalidateMs), against(r.empty?.settledMs)]));
    out.push(row(['', 'floor: a bare pass over every line', ms(r.linePassMs), ms(r.linePassMs), '–', against(r.linePassMs)]));
  }
  return out.join('\n');
}

function diagnosticsCount(result) {
  return result?.firstMs !== undefined ? ` (${result.diagnostics})` : '';
}

function completionCell(result) {
  if (!result) return 'not run';
  const c = result.completion;
  if (!c) return result.status === 'ok' ? '–' : result.status;
  if (c.count === 0) return result.status === 'ok' ? 'timeout' : result.status;
  return `${ms(c.medianMs)} / ${ms(c.p95Ms)}${c.count < c.planned ? ` (${c.count} of ${c.planned}, then out of time)` : ''}`;
}

function memoryCell(result) {
  if (!result) return 'not run';
  if (!result.memory) return result.status === 'ok' ? '–' : result.status;
  return `${mib(result.memory.rssMiB)} (${mib(result.memory.peakMiB)})`;
}

/** Notes on anything unusual: failures with their reason, a schema that did not apply, empty completion lists. */
export function renderNotes(rows) {
  const notes = [];
  for (const r of rows) {
    for (const [name, result] of [
      ['ours', r.ours],
      ['yaml-language-server', r.yls],
    ]) {
      if (!result) continue;
      if (result.status !== 'ok')
        notes.push(`- ${r.doc.label}, ${name}: ${result.status} during ${result.failedPhase}: ${result.detail}`);
      if (result.note) notes.push(`- ${r.doc.label}, ${name}: ${result.note}`);
      const c = result.completion;
      if (c) notes.push(`- ${r.doc.label}, ${name}: ${c.nonEmpty} of ${c.count} completion lists were non-empty`);
    }
    if (r.spectral && r.spectral.status !== 'ok')
      notes.push(
        `- ${r.doc.label}, Spectral: ${r.spectral.status}${r.spectral.detail ? `: ${r.spectral.detail}` : ''}`,
      );
  }
  return notes.join('\n');
}

/**
 * The targets of issue 8, each { text, verdict: 'PASS' | 'MISS' | 'n/a', measured }.
 * `target` is the Twilio row, `largest` the row of the largest file run.
 */
export function checkTargets(target, largest, budgetMs) {
  const checks = [];
  const add = (text, ok, measured) =>
    checks.push({ text, verdict: ok === undefined ? 'n/a' : ok ? 'PASS' : 'MISS', measured });
  const ours = target?.ours;
  const yls = target?.yls;
  // A time-out while waiting for YLS's first diagnostics still bounds the ratio from below.
  const ylsTimedOutOnOpen = yls?.status === 'timeout' && yls.failedPhase === 'first diagnostics';
  add(
    `${target?.doc.label ?? 'Twilio'}: first diagnostics ≥ 10× faster than yaml-language-server`,
    ours?.firstMs !== undefined && yls?.firstMs !== undefined
      ? yls.firstMs / ours.firstMs >= 10
      : ours?.firstMs !== undefined && ylsTimedOutOnOpen
        ? budgetMs / ours.firstMs >= 10
        : undefined,
    ours?.firstMs !== undefined && yls?.firstMs !== undefined
      ? `${(yls.firstMs / ours.firstMs).toFixed(1)}× (${ms(ours.firstMs)} vs ${ms(yls.firstMs)})`
      : ours?.firstMs !== undefined && ylsTimedOutOnOpen
        ? `≥ ${(budgetMs / ours.firstMs).toFixed(1)}× (${ms(ours.firstMs)} vs YLS timeout after ${ms(budgetMs)})`
        : `ours ${cell(ours, (x) => x.firstMs)}, YLS ${cell(yls, (x) => x.firstMs)}`,
  );
  add(
    `${target?.doc.label ?? 'Twilio'}: first diagnostics within 2× of the bare parse`,
    ours?.firstMs !== undefined && target.floorMs !== undefined ? ours.firstMs <= 2 * target.floorMs : undefined,
    ours?.firstMs !== undefined
      ? `${(ours.firstMs / target.floorMs).toFixed(2)}× (${ms(ours.firstMs)} vs parse ${ms(target.floorMs)})`
      : cell(ours, (x) => x.firstMs),
  );
  add(
    `${target?.doc.label ?? 'Twilio'}: completion p95 < 20 ms`,
    ours?.completion?.p95Ms !== undefined ? ours.completion.p95Ms < 20 : undefined,
    ours?.completion ? `p95 ${ms(ours.completion.p95Ms)}` : cell(ours, () => undefined),
  );
  add(
    `${target?.doc.label ?? 'Twilio'}: re-validation after a one-character edit < 100 ms`,
    ours?.revalidateMs !== undefined ? ours.revalidateMs < 100 : undefined,
    cell(ours, (x) => x.revalidateMs),
  );
  add(
    `${largest?.doc.label ?? 'largest spec'}: server memory < 300 MB`,
    largest?.ours?.memory?.rssMiB !== undefined ? largest.ours.memory.rssMiB < 300 : undefined,
    largest?.ours?.memory
      ? `RSS ${mib(largest.ours.memory.rssMiB)}, peak ${mib(largest.ours.memory.peakMiB)}`
      : cell(largest?.ours, () => undefined),
  );
  return checks;
}

/**
 * The targets of issue 14: on Twilio with two schema errors, all diagnostics settled within 150 ms and at least 8×
 * faster than yaml-language-server (same work); Stripe settled within 500 ms; re-validation after a one-character
 * edit on Twilio, schema check included, under 50 ms.
 */
export function checkSchemaTargets(twilioErrors, stripe, twilio, budgetMs) {
  const checks = [];
  const add = (text, ok, measured) => checks.push({ text, verdict: ok === undefined ? 'n/a' : ok ? 'PASS' : 'MISS', measured });
  const label = twilioErrors?.doc.label ?? 'Twilio + 2 schema errors';
  const ours = twilioErrors?.ours;
  const yls = twilioErrors?.yls;
  const schemaFindings = ours?.schemaDiagnostics;
  add(`${label}: all diagnostics settled within 150 ms`, ours?.settledMs !== undefined ? ours.settledMs <= 150 : undefined, `${cell(ours, (x) => x.settledMs)}${ours?.diagnostics !== undefined ? ` (${ours.diagnostics} diagnostics${schemaFindings !== undefined ? `, ${schemaFindings} of them openapi-schema` : ''})` : ''}`);
  const ylsOpenTimeout = yls?.status === 'timeout' && yls.failedPhase === 'first diagnostics';
  add(
    `${label}: all diagnostics ≥ 8× faster than yaml-language-server`,
    ours?.settledMs !== undefined && yls?.settledMs !== undefined ? yls.settledMs / ours.settledMs >= 8 : ours?.settledMs !== undefined && ylsOpenTimeout ? budgetMs / ours.settledMs >= 8 : undefined,
    ours?.settledMs !== undefined && yls?.settledMs !== undefined ? `${(yls.settledMs / ours.settledMs).toFixed(1)}× (${ms(ours.settledMs)} vs ${ms(yls.settledMs)})` : `ours ${cell(ours, (x) => x.settledMs)}, YLS ${cell(yls, (x) => x.settledMs)}`,
  );
  add(`${stripe?.doc.label ?? 'Stripe spec3.yaml'}: all diagnostics settled within 500 ms`, stripe?.ours?.settledMs !== undefined ? stripe.ours.settledMs <= 500 : undefined, cell(stripe?.ours, (x) => x.settledMs));
  const edited = twilioErrors?.ours?.revalidateMs !== undefined ? twilioErrors : twilio;
  add(
    `${edited?.doc.label ?? 'Twilio'}: re-validation after a one-character edit, schema check included, < 50 ms`,
    edited?.ours?.revalidateMs !== undefined ? edited.ours.revalidateMs < 50 : undefined,
    cell(edited?.ours, (x) => x.revalidateMs),
  );
  add(`${stripe?.doc.label ?? 'Stripe spec3.yaml'}: server memory < 300 MB`, stripe?.ours?.memory?.rssMiB !== undefined ? stripe.ours.memory.rssMiB < 300 : undefined, stripe?.ours?.memory ? `RSS ${mib(stripe.ours.memory.rssMiB)}, peak ${mib(stripe.ours.memory.peakMiB)}` : cell(stripe?.ours, () => undefined));
  return checks;
}

export function renderTargets(checks) {
  return checks.map((c) => `- **${c.verdict}** ${c.text}: ${c.measured}`).join('\n');
}
