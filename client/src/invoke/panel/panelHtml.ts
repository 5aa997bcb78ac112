/**
 * The panel's page: static markup only, filled in by media/invoke/main.js. Pure, so the same page can be
 * loaded in a browser by the tests. Strict CSP: nothing but our own style sheet and our own script (by nonce).
 */
import crypto from 'node:crypto';

export interface PanelHtmlOptions {
  /** The webview's `cspSource` (where our files are served from). */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  nonce?: string;
}

export function createNonce(): string {
  return crypto.randomBytes(18).toString('base64url');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    `default-src 'none'`,
    `style-src ${cspSource}`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

export function panelHtml(options: PanelHtmlOptions): string {
  const nonce = options.nonce ?? createNonce();
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(options.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(options.styleUri)}">
<title>Test Invoke</title>
</head>
<body>
<header>
  <h1 id="title">Test Invoke</h1>
  <p id="url" class="url"></p>
  <p id="note" class="note"></p>
</header>
<form id="form" novalidate>
  <div class="row">
    <label for="method">Method</label>
    <select id="method"></select>
    <label for="stage">Stage</label>
    <input id="stage" type="text" list="stages" autocomplete="off" spellcheck="false">
    <datalist id="stages"></datalist>
    <fieldset id="modes"><legend>Run with</legend></fieldset>
  </div>
  <section id="path-section">
    <h2>Path parameters</h2>
    <div id="path-fields" class="grid"></div>
  </section>
  <h2>Request</h2>
  <label for="query">Query string <span class="hint">(name=value, one per line)</span></label>
  <textarea id="query" spellcheck="false"></textarea>
  <label for="headers">Headers <span class="hint">(Name: value, one per line)</span></label>
  <textarea id="headers" spellcheck="false"></textarea>
  <div id="stagevars-section">
    <label for="stageVariables">Stage variables <span class="hint">(name=value, one per line; TestInvokeMethod only)</span></label>
    <textarea id="stageVariables" spellcheck="false"></textarea>
  </div>
  <label for="body">Body</label>
  <textarea id="body" class="body" spellcheck="false"></textarea>
  <div id="auth-section" class="row">
    <label><input id="sign" type="checkbox"> Sign with the selected AWS credentials (SigV4, for IAM-authorised routes)</label>
    <label for="apiKey">API key <span class="hint">(sent as x-api-key)</span></label>
    <input id="apiKey" type="password" autocomplete="off" spellcheck="false">
  </div>
  <div class="row">
    <button id="send" type="submit">Send</button>
    <span class="hint">Ctrl+Enter</span>
    <button id="cancel" type="button" class="secondary" disabled>Cancel</button>
    <button id="curl" type="button" class="secondary">Copy as curl</button>
  </div>
</form>
<section id="result-section" aria-live="polite">
  <h2>Response</h2>
  <p id="status" class="status">No request sent yet.</p>
  <p id="error" class="error" role="alert"></p>
  <div id="result-details" class="hidden">
    <details open><summary>Headers</summary><table id="resp-headers"></table></details>
    <h3>Body <span id="body-info" class="hint"></span></h3>
    <pre id="resp-body" tabindex="0"></pre>
    <details id="log-section"><summary>Execution log</summary><pre id="resp-log" tabindex="0"></pre></details>
  </div>
</section>
<section id="history-section" class="hidden">
  <h2>History</h2>
  <ul id="history" class="history"></ul>
  <button id="clear-history" type="button" class="secondary">Clear history</button>
</section>
<script nonce="${attr(nonce)}" src="${attr(options.scriptUri)}"></script>
</body>
</html>`;
}
