// @ts-check
// Script of the test-invoke panel. Everything that came from outside (the API's answer, the model, history)
// is shown with textContent only; no HTML is ever parsed from data. The extension checks every message
// this page sends, and this page ignores messages it does not recognise.
(function () {
  const vscode = acquireVsCodeApi();
  const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
  const SENSITIVE = ['authorization', 'x-api-key', 'cookie', 'x-amz-security-token', 'proxy-authorization'];
  const MAX_ECHO = 1024 * 1024;
  /** @type {Record<string, string>} */
  const MODE_LABELS = {
    local: 'Local gateway (127.0.0.1, execution log)',
    testInvoke: 'TestInvokeMethod (no auth, execution log)',
    http: 'HTTPS request to the stage',
  };
  /** @type {Record<string, string>} */
  const MODE_NAMES = { local: 'Local', testInvoke: 'TestInvokeMethod', http: 'HTTPS' };

  /** @param {string} id */
  const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
  /** @param {string} id */
  const input = (id) => /** @type {HTMLInputElement} */ (document.getElementById(id));

  /** @type {any} */
  let model = null;
  let busy = false;
  // What this panel saved before it was hidden or reloaded: its own data, read field by field with checks.
  const saved = /** @type {Record<string, any>} */ (vscode.getState() || {});
  /** The X-Ray trace id of the result shown, if AWS named one. @type {string | undefined} */
  let traceId;
  let lastResult = saved.result || null;
  let lastError = typeof saved.error === 'string' ? saved.error : '';
  let wsState = 'closed';
  const MAX_FRAMES = 500;

  /** @param {any} frame */
  function renderFrame(frame) {
    if (!frame || typeof frame !== 'object' || typeof frame.text !== 'string') return;
    /** @type {'in' | 'out' | 'info' | 'error'} */
    const direction = ['in', 'out', 'info', 'error'].includes(frame.direction) ? frame.direction : 'info';
    const arrow = { in: '↓ in', out: '↑ out', info: '• ', error: '! ' }[direction];
    const li = el('li', undefined, `frame ${direction}`);
    const when = new Date(Number(frame.at) || 0);
    const time = `${when.toLocaleTimeString(undefined, { hour12: false })}.${String(when.getMilliseconds()).padStart(3, '0')}`;
    li.append(
      el('span', time, 'when'),
      el('span', arrow, 'dir'),
      el('pre', frame.binary ? `(binary frame, ${Number(frame.size) || 0} bytes)` : frame.text),
    );
    const list = $('ws-frames');
    list.append(li);
    while (list.childElementCount > MAX_FRAMES && list.firstElementChild) list.firstElementChild.remove();
    li.scrollIntoView({ block: 'nearest' });
  }

  /** @param {string} state @param {unknown} [connectionId] */
  function renderWsState(state, connectionId) {
    wsState = ['connecting', 'open', 'closing', 'closed'].includes(state) ? state : 'closed';
    const labels = { connecting: 'connecting…', open: 'open', closing: 'closing…', closed: 'not connected' };
    $('ws-state').textContent = labels[/** @type {'open'} */ (wsState)];
    $('ws-state').className = `status ${wsState === 'open' ? 'ok' : ''}`;
    /** @type {HTMLButtonElement} */ ($('ws-connect')).disabled = wsState === 'connecting' || wsState === 'open';
    /** @type {HTMLButtonElement} */ ($('ws-close')).disabled = wsState !== 'open' && wsState !== 'connecting';
    /** @type {HTMLButtonElement} */ ($('send')).disabled = busy || wsState !== 'open';
    if (typeof connectionId === 'string' && connectionId && !input('conn-id').value) {
      input('conn-id').value = connectionId;
      saveState();
    }
  }

  /** @param {'GET' | 'POST' | 'DELETE'} action */
  function callConnections(action) {
    if (!model) return;
    vscode.postMessage({
      type: 'connections',
      action,
      connectionId: input('conn-id').value.trim(),
      stage: input('stage').value.trim(),
      message: input('conn-message').value,
    });
  }

  /**
   * @param {string} tag
   * @param {unknown} [text]
   * @param {string} [className]
   */
  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  }

  /**
   * "name=value" (or "Name: value") lines to [name, value] rows.
   * @param {string} text
   * @param {string} sep
   */
  function parseLines(text, sep) {
    /** @type {[string, string][]} */
    const rows = [];
    for (const line of text.split(/\r?\n/)) {
      if (!line.trim()) continue;
      const at = line.indexOf(sep);
      const name = (at < 0 ? line : line.slice(0, at)).trim();
      const value = at < 0 ? '' : line.slice(at + sep.length).trim();
      rows.push([name, value]);
    }
    return rows.slice(0, 100);
  }

  /**
   * @param {unknown} rows
   * @param {string} sep
   */
  function formatLines(rows, sep) {
    if (!Array.isArray(rows)) return '';
    return rows.map((r) => `${String(r[0])}${sep}${String(r[1])}`).join('\n');
  }

  /** Key-value rows over the textareas: the textarea stays the one place the values live (and the text mode). */
  const KV = [
    { id: 'query', sep: '=', out: '=' },
    { id: 'headers', sep: ':', out: ': ' },
    { id: 'stageVariables', sep: '=', out: '=' },
  ];
  /** @type {Record<string, boolean>} */
  const textMode = saved.textMode && typeof saved.textMode === 'object' ? { ...saved.textMode } : {};

  /** @param {{ id: string, sep: string, out: string }} kv */
  function renderRows(kv) {
    const box = $(`${kv.id}-rows`);
    box.replaceChildren();
    const rows = parseLines(input(kv.id).value, kv.sep);
    const sync = () => {
      /** @type {[string, string][]} */
      const current = [];
      for (const row of box.querySelectorAll('.kv-row')) {
        const [name, value] = /** @type {NodeListOf<HTMLInputElement>} */ (row.querySelectorAll('input'));
        if (name.value.trim() || value.value) current.push([name.value.trim(), value.value]);
      }
      input(kv.id).value = formatLines(current, kv.out);
    };
    /** @param {string} name @param {string} value */
    const addRow = (name, value) => {
      const row = el('div', undefined, 'kv-row');
      const n = /** @type {HTMLInputElement} */ (el('input'));
      const v = /** @type {HTMLInputElement} */ (el('input'));
      n.type = v.type = 'text';
      n.spellcheck = v.spellcheck = false;
      n.placeholder = 'name';
      v.placeholder = 'value';
      n.value = name;
      v.value = value;
      n.setAttribute('aria-label', `${kv.id} name`);
      v.setAttribute('aria-label', `${kv.id} value`);
      n.addEventListener('input', sync);
      v.addEventListener('input', sync);
      const remove = el('button', '×', 'secondary kv-remove');
      remove.setAttribute('type', 'button');
      remove.setAttribute('aria-label', `Remove ${kv.id} row`);
      remove.addEventListener('click', () => {
        row.remove();
        sync();
        updateView();
        saveState();
      });
      row.append(n, v, remove);
      box.insertBefore(row, box.querySelector('.kv-add'));
      return n;
    };
    const add = el('button', '+ Add', 'secondary kv-add');
    add.setAttribute('type', 'button');
    add.setAttribute('aria-label', `Add a ${kv.id} row`);
    add.addEventListener('click', () => addRow('', '').focus());
    box.append(add);
    for (const [name, value] of rows) addRow(name, value);
    applyTextMode(kv);
  }

  /** @param {{ id: string }} kv */
  function applyTextMode(kv) {
    const text = textMode[kv.id] === true;
    $(`${kv.id}-rows`).classList.toggle('hidden', text);
    input(kv.id).classList.toggle('hidden', !text);
    const block = /** @type {HTMLElement} */ (input(kv.id).closest('.kv-block'));
    const hint = block.querySelector('.kv-text-hint');
    if (hint) hint.classList.toggle('hidden', !text);
    const toggle = block.querySelector('.kv-toggle');
    if (toggle) toggle.textContent = text ? 'Edit as rows' : 'Edit as text';
  }

  function renderAllRows() {
    for (const kv of KV) renderRows(kv);
  }

  function readForm() {
    /** @type {Record<string, string>} */
    const pathParams = {};
    for (const field of /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('#path-fields input')))
      pathParams[field.dataset.name || ''] = field.value;
    const mode = /** @type {HTMLInputElement | null} */ (document.querySelector('input[name="mode"]:checked'));
    return {
      method: input('method').value,
      stage: input('stage').value.trim(),
      mode: mode ? mode.value : 'http',
      pathParams,
      query: parseLines(input('query').value, '='),
      headers: parseLines(input('headers').value, ':'),
      body: input('body').value,
      stageVariables: parseLines(input('stageVariables').value, '='),
      sign: input('sign').checked,
      apiKey: input('apiKey').value,
    };
  }

  /** @param {any} form */
  function writeForm(form) {
    if (!form || typeof form !== 'object') return;
    if (METHODS.includes(form.method)) input('method').value = form.method;
    input('stage').value = String(form.stage ?? '');
    for (const radio of /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('input[name="mode"]')))
      radio.checked = radio.value === form.mode;
    if (!document.querySelector('input[name="mode"]:checked')) {
      const first = /** @type {HTMLInputElement | null} */ (document.querySelector('input[name="mode"]'));
      if (first) first.checked = true;
    }
    for (const field of /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('#path-fields input'))) {
      const value = form.pathParams && form.pathParams[field.dataset.name || ''];
      field.value = typeof value === 'string' ? value : '';
    }
    input('query').value = formatLines(form.query, '=');
    input('headers').value = formatLines(form.headers, ': ');
    input('stageVariables').value = formatLines(form.stageVariables, '=');
    input('body').value = String(form.body ?? '');
    input('sign').checked = form.sign === true;
    if (typeof form.apiKey === 'string' && form.apiKey) input('apiKey').value = form.apiKey;
    renderAllRows();
    updateView();
  }

  // The API key is not kept in the page's saved state: it is a credential.
  function saveState() {
    // restore: what the serializer needs to bring the panel back after a window reload.
    vscode.setState({
      form: { ...readForm(), apiKey: '' },
      result: lastResult,
      error: lastError,
      textMode,
      restore: model && model.restore,
      connectionId: input('conn-id').value,
    });
  }

  function renderModel() {
    $('title').textContent = `Test Invoke: ${model.title}`;
    $('note').textContent = model.note || '';
    const method = $('method');
    method.replaceChildren();
    const fixed = METHODS.includes(model.operationMethod);
    for (const m of fixed ? [model.operationMethod] : METHODS) method.append(el('option', m));
    /** @type {HTMLSelectElement} */ (method).disabled = fixed;
    const stages = $('stages');
    stages.replaceChildren();
    for (const s of model.stages) {
      const option = el('option');
      /** @type {HTMLOptionElement} */ (option).value = String(s);
      stages.append(option);
    }
    const modes = $('modes');
    modes.replaceChildren(el('legend', 'Run with'));
    for (const mode of model.modes) {
      const label = el('label');
      const radio = /** @type {HTMLInputElement} */ (el('input'));
      radio.type = 'radio';
      radio.name = 'mode';
      radio.value = mode;
      label.append(radio, ` ${MODE_LABELS[mode] || mode} `);
      modes.append(label);
    }
    const fields = $('path-fields');
    fields.replaceChildren();
    model.pathParams.forEach((/** @type {string} */ name, /** @type {number} */ i) => {
      const label = el('label', `{${name}}`);
      const field = /** @type {HTMLInputElement} */ (el('input'));
      field.type = 'text';
      field.id = `path-param-${i}`;
      field.dataset.name = name;
      field.spellcheck = false;
      label.setAttribute('for', field.id);
      fields.append(label, field);
    });
    $('path-section').classList.toggle('hidden', model.pathParams.length === 0);
    $('run-local').classList.toggle('hidden', model.canRunLocal !== true);
    const ws = model.apiType === 'WEBSOCKET';
    // WebSocket routes: the form is the $connect request, the body is the message; no method, no path, no curl.
    for (const id of ['ws-section', 'ws-connect', 'ws-close', 'ws-close-fields']) $(id).classList.toggle('hidden', !ws);
    $('curl').classList.toggle('hidden', ws);
    $('cancel').classList.toggle('hidden', ws);
    /** @type {HTMLElement} */ ($('cancel').previousElementSibling).classList.toggle('hidden', ws);
    $('modes').classList.toggle('hidden', ws);
    $('method').classList.toggle('hidden', ws);
    /** @type {HTMLElement} */ ($('method').previousElementSibling).classList.toggle('hidden', ws);
    $('send').textContent = ws ? 'Send message' : 'Send';
    $('body-label').textContent = ws
      ? 'Message (sent on the open connection; prefilled from the route selection expression)'
      : 'Body';
    if (ws) {
      /** @type {HTMLButtonElement} */ ($('send')).disabled = true;
      $('status').textContent = 'Connect, then send messages. @connections answers show here.';
    }
  }

  function updateView() {
    if (!model) return;
    const form = readForm();
    const testInvoke = form.mode === 'testInvoke';
    $('stagevars-section').classList.toggle('hidden', !testInvoke);
    // What the chosen mode cannot do here, before anything is sent, and the mode that works.
    const note = model.modeNotes && typeof model.modeNotes[form.mode] === 'string' ? model.modeNotes[form.mode] : '';
    $('mode-note').textContent = note;
    $('mode-advice').classList.toggle('hidden', !note);
    $('use-local').classList.toggle('hidden', !note || !model.modes.includes('local') || form.mode === 'local');
    // The local gateway serves one stage of its own (setting apigw.local.stage).
    $('stage-field').classList.toggle('hidden', form.mode === 'local');
    input('sign').disabled = testInvoke;
    if (model.apiType === 'WEBSOCKET') {
      const q = form.query
        .filter(([n]) => n)
        .map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`)
        .join('&');
      $('url').textContent = `$connect ${model.baseUrl}/${form.stage || '{stage}'}${q ? `?${q}` : ''}`;
    } else if (testInvoke) {
      $('url').textContent =
        `TestInvokeMethod: ${form.method} ${model.pathTemplate} (API Gateway runs the method without authorisation)`;
    } else if (form.mode === 'local') {
      $('url').textContent =
        `Local gateway: ${form.method} ${model.pathTemplate} on 127.0.0.1 (Run API Locally; started on the first send if it is not running)`;
    } else {
      const stage = form.stage === '$default' ? '' : `/${form.stage || '{stage}'}`;
      let path =
        model.pathTemplate === '$default' || model.pathTemplate === '/$default'
          ? form.pathParams.path || '/'
          : model.pathTemplate;
      for (const [name, value] of Object.entries(form.pathParams))
        if (value) path = path.split(`{${name}}`).join(value).split(`{${name}+}`).join(value);
      $('url').textContent = `${form.method} ${model.baseUrl}${stage}${path.startsWith('/') ? '' : '/'}${path}`;
    }
  }

  /** @param {boolean} value */
  function setBusy(value) {
    busy = value;
    /** @type {HTMLButtonElement} */ ($('send')).disabled =
      value || (!!model && model.apiType === 'WEBSOCKET' && wsState !== 'open');
    /** @type {HTMLButtonElement} */ ($('cancel')).disabled = !value;
    if (value) {
      $('status').textContent = 'Sending…';
      $('status').className = 'status';
      $('error').textContent = '';
    }
  }

  function echoRendered() {
    vscode.postMessage({
      type: 'rendered',
      summary: `${$('status').textContent || ''}${$('error').textContent ? `\n${$('error').textContent}` : ''}`.slice(
        0,
        8000,
      ),
      body: ($('resp-body').textContent || '').slice(0, MAX_ECHO),
      ...(lastResult && typeof lastResult.log === 'string' ? { log: lastResult.log.slice(0, MAX_ECHO) } : {}),
    });
  }

  /** @param {any} result */
  function renderResult(result) {
    if (!result || typeof result.status !== 'number' || !result.body || typeof result.body !== 'object') return;
    const mode = MODE_NAMES[result.mode] || 'HTTPS';
    $('status').textContent =
      `${result.status}${result.statusText ? ` ${result.statusText}` : ''} · ${Number(result.latencyMs) || 0} ms · ${mode}`;
    $('status').className = `status ${result.status >= 200 && result.status < 400 ? 'ok' : 'fail'}`;
    $('error').textContent = '';
    const table = $('resp-headers');
    table.replaceChildren();
    for (const row of Array.isArray(result.headers) ? result.headers : []) {
      const tr = el('tr');
      tr.append(el('td', row[0]), el('td', row[1]));
      table.append(tr);
    }
    const body = result.body;
    const size = `${Number(body.size) || 0} bytes`;
    $('body-info').textContent =
      `(${body.kind}${body.contentType ? `, ${body.contentType}` : ''}, ${size}${body.truncated ? ', cut at the display limit' : ''})`;
    $('resp-body').textContent =
      body.kind === 'binary'
        ? `Binary body: ${size}. Not shown.`
        : body.kind === 'empty'
          ? '(empty body)'
          : String(body.text ?? '');
    const hasLog = typeof result.log === 'string';
    $('log-section').classList.toggle('hidden', !hasLog);
    $('resp-log').textContent = hasLog ? result.log : '';
    // The local gateway's log is what Local mode is for: shown open.
    if (hasLog && result.mode === 'local') {
      // The body and the execution log first; the headers are one click away.
      /** @type {HTMLDetailsElement} */ ($('log-section')).open = true;
      /** @type {HTMLDetailsElement} */ ($('headers-section')).open = false;
      requestAnimationFrame(() => $('result-section').scrollIntoView({ block: 'start' }));
    }
    // AWS names the request's X-Ray trace in the X-Amzn-Trace-Id response header and the execution log.
    const traceText = [
      ...(Array.isArray(result.headers) ? result.headers : [])
        .filter((/** @type {unknown[]} */ h) => /^x-amzn-trace-id$/i.test(String(h[0])))
        .map((/** @type {unknown[]} */ h) => String(h[1])),
      hasLog ? result.log : '',
    ].join('\n');
    const trace = /\b1-[0-9a-f]{8}-[0-9a-f]{24}\b/i.exec(traceText);
    traceId = trace ? trace[0].toLowerCase() : undefined;
    $('trace-row').classList.toggle('hidden', !traceId);
    $('trace-id').textContent = traceId || '';
    $('result-details').classList.remove('hidden');
  }

  /** @param {string} message */
  function renderError(message) {
    $('status').textContent = 'Failed';
    $('status').className = 'status fail';
    $('error').textContent = message;
    $('result-details').classList.add('hidden');
  }

  /** @param {any[]} entries */
  function renderHistory(entries) {
    const list = $('history');
    list.replaceChildren();
    for (const entry of entries) {
      if (!entry || !entry.form) continue;
      const li = el('li');
      const f = entry.form;
      const params = Object.values(f.pathParams || {})
        .filter(Boolean)
        .join(', ');
      const label = `${f.method} ${f.stage || ''}${params ? ` (${params})` : ''}${typeof entry.status === 'number' ? ` → ${entry.status}` : ''}`;
      const rerun = el('button', 'Re-run', 'secondary');
      rerun.setAttribute('type', 'button');
      rerun.setAttribute('aria-label', `Re-run ${label}`);
      rerun.addEventListener('click', () => {
        loadFromHistory(f);
        send();
      });
      const load = el('button', 'Load', 'secondary');
      load.setAttribute('type', 'button');
      load.setAttribute('aria-label', `Load ${label} into the form`);
      load.addEventListener('click', () => loadFromHistory(f));
      li.append(rerun, load, el('span', label), el('span', new Date(Number(entry.at) || 0).toLocaleString(), 'when'));
      list.append(li);
    }
    $('history-section').classList.toggle('hidden', list.childElementCount === 0);
  }

  /** History never holds credentials: keep the ones currently typed in. @param {any} form */
  function loadFromHistory(form) {
    const current = readForm();
    const headers = (Array.isArray(form.headers) ? form.headers : []).map(
      (/** @type {[string, string]} */ [name, value]) => {
        if (value || !SENSITIVE.includes(String(name).toLowerCase())) return [name, value];
        const kept = current.headers.find(([n]) => n.toLowerCase() === String(name).toLowerCase());
        return [name, kept ? kept[1] : ''];
      },
    );
    writeForm({ ...form, headers, apiKey: current.apiKey });
    saveState();
  }

  function send() {
    if (busy || !model) return;
    if (model.apiType === 'WEBSOCKET') {
      if (wsState === 'open') vscode.postMessage({ type: 'wsSend', text: input('body').value });
      return;
    }
    vscode.postMessage({ type: 'send', form: readForm() });
  }

  window.addEventListener('message', (event) => {
    const msg = event.data;
    if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string') return;
    switch (msg.type) {
      case 'init':
        if (!msg.model || typeof msg.model !== 'object') return;
        model = msg.model;
        renderModel();
        writeForm(saved.form || model.form);
        if (lastResult) renderResult(lastResult);
        else if (lastError) renderError(lastError);
        break;
      case 'busy':
        setBusy(msg.busy === true);
        break;
      case 'result':
        setBusy(false);
        lastResult = msg.result;
        lastError = '';
        renderResult(msg.result);
        saveState();
        echoRendered();
        break;
      case 'error':
        setBusy(false);
        lastResult = null;
        lastError = String(msg.message ?? 'Unknown error');
        renderError(lastError);
        saveState();
        echoRendered();
        break;
      case 'history':
        if (Array.isArray(msg.entries)) renderHistory(msg.entries);
        break;
      case 'fill':
        if (model && msg.form && typeof msg.form === 'object') {
          writeForm({ ...readForm(), ...msg.form });
          saveState();
        }
        break;
      case 'sendNow':
        send();
        break;
      case 'connectNow':
        if (model && model.apiType === 'WEBSOCKET') $('ws-connect').click();
        break;
      case 'wsFrame':
        renderFrame(msg.frame);
        break;
      case 'wsState':
        renderWsState(String(msg.state), msg.connectionId);
        break;
      case 'copied': {
        const text = String(msg.text ?? '');
        $('copied').textContent =
          `Copied to the clipboard (${text.length} characters): ${text.length > 300 ? `${text.slice(0, 300)}…` : text}`;
        break;
      }
    }
  });

  $('form').addEventListener('submit', (e) => {
    e.preventDefault();
    send();
  });
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      send();
    }
  });
  $('cancel').addEventListener('click', () => vscode.postMessage({ type: 'cancel' }));
  $('curl').addEventListener('click', () => model && vscode.postMessage({ type: 'copyCurl', form: readForm() }));
  $('clear-history').addEventListener('click', () => vscode.postMessage({ type: 'clearHistory' }));
  $('run-local').addEventListener('click', () => vscode.postMessage({ type: 'runLocal' }));
  $('trace-link').addEventListener('click', () => traceId && vscode.postMessage({ type: 'openTrace', traceId }));
  $('use-local').addEventListener('click', () => {
    const radio = /** @type {HTMLInputElement | null} */ (document.querySelector('input[name="mode"][value="local"]'));
    if (radio) radio.checked = true;
    updateView();
    saveState();
  });
  for (const toggle of document.querySelectorAll('.kv-toggle')) {
    toggle.addEventListener('click', () => {
      const kv = KV.find((k) => k.id === /** @type {HTMLElement} */ (toggle).dataset.kv);
      if (!kv) return;
      textMode[kv.id] = !textMode[kv.id];
      // Leaving the text mode: the rows are rebuilt from what was typed.
      if (!textMode[kv.id]) renderRows(kv);
      else applyTextMode(kv);
      saveState();
    });
  }
  $('ws-connect').addEventListener('click', () => {
    if (!model) return;
    renderWsState('connecting');
    vscode.postMessage({ type: 'wsConnect', form: readForm() });
  });
  $('ws-close').addEventListener('click', () => {
    const code = Number(input('ws-close-code').value.trim() || '1000');
    const valid = Number.isInteger(code) && (code === 1000 || (code >= 3000 && code <= 4999));
    if (!valid) {
      renderFrame({
        direction: 'error',
        at: Date.now(),
        text: 'A client may close with 1000 or a code from 3000 to 4999.',
      });
      return;
    }
    vscode.postMessage({ type: 'wsClose', code, reason: input('ws-close-reason').value.slice(0, 123) });
  });
  $('ws-clear').addEventListener('click', () => $('ws-frames').replaceChildren());
  $('conn-get').addEventListener('click', () => callConnections('GET'));
  $('conn-post').addEventListener('click', () => callConnections('POST'));
  $('conn-delete').addEventListener('click', () => callConnections('DELETE'));
  input('conn-id').addEventListener('input', saveState);
  if (typeof saved.connectionId === 'string') input('conn-id').value = saved.connectionId;
  $('form').addEventListener('input', () => {
    updateView();
    saveState();
  });
  $('form').addEventListener('change', () => {
    updateView();
    saveState();
  });

  vscode.postMessage({ type: 'ready' });
})();
