/**
 * The markup of the stage dashboard's and the trace view's pages: static only, filled in by their scripts
 * (media/dashboard/main.js, media/trace/main.js). Pure, so the tests load the same pages in a browser. The same
 * strict CSP as the test-invoke panel: our own style sheets, and our own scripts by nonce.
 */
import { contentSecurityPolicy, createNonce } from '../invoke/panel/panelHtml';

export interface PageOptions {
  cspSource: string;
  /** Scripts in load order (a vendored library before the page's own script). */
  scripts: string[];
  styles: string[];
  nonce?: string;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function page(title: string, body: string, options: PageOptions): string {
  const nonce = options.nonce ?? createNonce();
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(options.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${options.styles.map((s) => `<link rel="stylesheet" href="${attr(s)}">`).join('\n')}
<title>${attr(title)}</title>
</head>
<body>
${body}
${options.scripts.map((s) => `<script nonce="${attr(nonce)}" src="${attr(s)}"></script>`).join('\n')}
</body>
</html>`;
}

export function dashboardHtml(options: PageOptions): string {
  return page(
    'Stage Dashboard',
    `<header>
  <h1 id="title">Stage dashboard</h1>
  <p id="subtitle" class="hint"></p>
</header>
<div class="toolbar" role="toolbar">
  <label for="range">Range</label>
  <select id="range">
    <option value="1h">Last hour</option>
    <option value="3h">Last 3 hours</option>
    <option value="24h">Last 24 hours</option>
    <option value="7d">Last 7 days</option>
  </select>
  <label for="route" id="route-label" hidden>Route</label>
  <select id="route" hidden><option value="">Whole stage</option></select>
  <button id="refresh" type="button">Refresh</button>
  <label class="check"><input id="auto" type="checkbox"> Auto-refresh every minute</label>
  <button id="traces" type="button" class="secondary">Recent Traces…</button>
  <span id="status" class="hint" role="status" aria-live="polite"></span>
</div>
<p id="error" class="error" role="alert"></p>
<ul id="notes" class="notes"></ul>
<section id="empty" class="empty" hidden>
  <h2>No traffic in this range</h2>
  <p id="empty-text"></p>
</section>
<section id="charts" class="charts"></section>
<section id="routes">
  <h2>Routes</h2>
  <p id="routes-note" class="hint"></p>
  <div class="tables">
    <div><h3>Busiest</h3><table id="busiest"></table></div>
    <div><h3>Slowest</h3><table id="slowest"></table></div>
  </div>
</section>`,
    options,
  );
}

export function traceHtml(options: PageOptions): string {
  return page(
    'X-Ray Trace',
    `<header>
  <h1 id="title">Trace</h1>
  <p id="subtitle" class="hint"></p>
  <p id="links"></p>
</header>
<p id="error" class="error" role="alert"></p>
<div id="axis" class="axis"></div>
<div id="rows" class="rows" role="table" aria-label="Segments and subsegments"></div>
<section id="details" class="details" hidden>
  <h2 id="detail-title"></h2>
  <dl id="detail-list"></dl>
</section>`,
    options,
  );
}
