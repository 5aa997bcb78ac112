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
    <span id="stage-field"><label for="stage">Stage</label>
    <input id="stage" type="text" list="stages" autocomplete="off" spellcheck="false"></span>
    <datalist id="stages"></datalist>
    <fieldset id="modes"><legend>Run with</legend></fieldset>
  </div>
  <div id="mode-advice" class="row hidden">
    <p id="mode-note" class="note warn" role="note"></p>
    <button id="use-local" type="button" class="secondary hidden">Use the local gateway</button>
  </div>
  <section id="path-section">
    <h2>Path parameters</h2>
    <div id="path-fields" class="grid"></div>
  </section>
  <h2>Request</h2>
  <div class="kv-block" data-kv="query" data-sep="=">
    <div class="kv-head"><label for="query">Query string</label> <span class="hint kv-text-hint">(name=value, one per line)</span>
      <button type="button" class="link kv-toggle" data-kv="query">Edit as text</button></div>
    <div id="query-rows" class="kv-rows"></div>
    <textarea id="query" class="hidden" spellcheck="false"></textarea>
  </div>
  <div class="kv-block" data-kv="headers" data-sep=":">
    <div class="kv-head"><label for="headers">Headers</label> <span class="hint kv-text-hint">(Name: value, one per line)</span>
      <button type="button" class="link kv-toggle" data-kv="headers">Edit as text</button></div>
    <div id="headers-rows" class="kv-rows"></div>
    <textarea id="headers" class="hidden" spellcheck="false"></textarea>
  </div>
  <div id="stagevars-section" class="kv-block" data-kv="stageVariables" data-sep="=">
    <div class="kv-head"><label for="stageVariables">Stage variables</label> <span class="hint">(TestInvokeMethod only)</span> <span class="hint kv-text-hint">(name=value, one per line)</span>
      <button type="button" class="link kv-toggle" data-kv="stageVariables">Edit as text</button></div>
    <div id="stageVariables-rows" class="kv-rows"></div>
    <textarea id="stageVariables" class="hidden" spellcheck="false"></textarea>
  </div>
  <label for="body" id="body-label">Body</label>
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
    <button id="ws-connect" type="button" class="hidden">Connect</button>
    <button id="ws-close" type="button" class="secondary hidden" disabled>Disconnect</button>
    <span id="ws-close-fields" class="hidden"><label for="ws-close-code">Close code</label>
    <input id="ws-close-code" type="text" value="1000" size="5" inputmode="numeric" spellcheck="false">
    <label for="ws-close-reason">Reason</label>
    <input id="ws-close-reason" type="text" maxlength="123" spellcheck="false"></span>
    <button id="run-local" type="button" class="secondary hidden" title="Serve this definition on 127.0.0.1 (API Gateway: Run API Locally)">Run API Locally</button>
  </div>
  <p id="copied" class="note copied" role="status"></p>
</form>
<section id="ws-section" class="hidden" aria-live="polite">
  <h2>Connection <span id="ws-state" class="status">not connected</span></h2>
  <ol id="ws-frames" class="frames"></ol>
  <button id="ws-clear" type="button" class="secondary">Clear frames</button>
  <h2>Management API <span class="hint">(@connections, signed with the selected AWS credentials)</span></h2>
  <div class="row">
    <label for="conn-id">Connection id</label>
    <input id="conn-id" type="text" size="24" autocomplete="off" spellcheck="false">
    <button id="conn-get" type="button" class="secondary">GET</button>
    <button id="conn-post" type="button" class="secondary">POST the message below</button>
    <button id="conn-delete" type="button" class="secondary">DELETE (disconnect)</button>
  </div>
  <label for="conn-message">Message to push to the client</label>
  <textarea id="conn-message" spellcheck="false"></textarea>
</section>
<section id="result-section" aria-live="polite">
  <h2>Response</h2>
  <p id="status" class="status">No request sent yet.</p>
  <p id="error" class="error" role="alert"></p>
  <div id="result-details" class="hidden">
    <p id="trace-row" class="hidden"><button id="trace-link" type="button" class="secondary">Open X-Ray Trace</button> <span id="trace-id" class="hint"></span></p>
    <details id="headers-section" open><summary>Headers</summary><table id="resp-headers"></table></details>
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
