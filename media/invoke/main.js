// @ts-check
// Script of the test-invoke panel. Everything that came from outside (the API's answer, the model, history)
// is shown with textContent only; no HTML is ever parsed from data. The extension checks every message
// this page sends, and this page ignores messages it does not recognise.
(function () {
  // @ts-ignore: provided by VS Code inside webviews
  const vscode = acquireVsCodeApi();
  const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
  const SENSITIVE = ['authorization', 'x-api-key', 'cookie', 'x-amz-security-token', 'proxy-authorization'];
  const MAX_ECHO = 1024 * 1024;

  /** @param {string} id */
  const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
  /** @param {string} id */
  const input = (id) => /** @type {HTMLInputElement} */ (document.getElementById(id));

  /** @type {any} */
  let model = null;
  let busy = false;
  const saved = vscode.getState() || {};
  /** @type {any} */
  let lastResult = saved.result || null;
  let lastError = typeof saved.error === 'string' ? saved.error : '';

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
    updateView();
  }

  // The API key is not kept in the page's saved state: it is a credential.
  function saveState() {
    vscode.setState({ form: { ...readForm(), apiKey: '' }, result: lastResult, error: lastError });
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
      label.append(
        radio,
        ` ${mode === 'testInvoke' ? 'TestInvokeMethod (no auth, execution log)' : 'HTTPS request to the stage'} `,
      );
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
    $('auth-section').classList.toggle('hidden', model.apiType === 'WEBSOCKET');
  }

  function updateView() {
    if (!model) return;
    const form = readForm();
    const testInvoke = form.mode === 'testInvoke';
    $('stagevars-section').classList.toggle('hidden', !testInvoke);
    input('sign').disabled = testInvoke;
    if (testInvoke) {
      $('url').textContent =
        `TestInvokeMethod: ${form.method} ${model.pathTemplate} (API Gateway runs the method without authorisation)`;
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
    /** @type {HTMLButtonElement} */ ($('send')).disabled = value;
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
    });
  }

  /** @param {any} result */
  function renderResult(result) {
    if (!result || typeof result.status !== 'number' || !result.body || typeof result.body !== 'object') return;
    const mode = result.mode === 'testInvoke' ? 'TestInvokeMethod' : 'HTTPS';
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
