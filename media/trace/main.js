// @ts-check
/**
 * The X-Ray trace view's page: a waterfall of the trace's segments and subsegments, drawn as plain elements (no
 * chart library needed), with the chosen row's details. Text from AWS only ever goes through textContent.
 */
(function () {
  const vscode = acquireVsCodeApi();
  const byId = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

  /**
   * @param {string} tag
   * @param {string} [text]
   * @param {string} [className]
   */
  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }
  function clear(/** @type {HTMLElement} */ node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }
  const ms = (/** @type {number} */ v) =>
    v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;

  function showDetails(/** @type {any} */ row) {
    byId('details').hidden = false;
    byId('detail-title').textContent = row.name;
    const list = byId('detail-list');
    clear(list);
    /** @type {[string, string | undefined][]} */
    const fields = [
      ['Kind', row.kind],
      ['Origin', row.origin],
      ['Start', `+${ms(row.startMs)}`],
      ['Duration', row.inProgress ? `${ms(row.durationMs)} (in progress)` : ms(row.durationMs)],
      [
        'HTTP',
        row.httpMethod || row.httpStatus
          ? `${row.httpMethod ?? ''} ${row.url ?? ''} ${row.httpStatus ?? ''}`.trim()
          : undefined,
      ],
      ['Status', row.fault ? 'fault (5xx)' : row.error ? 'error (4xx)' : row.throttle ? 'throttled (429)' : 'ok'],
      ['Exception', row.exception],
    ];
    for (const [k, v] of row.annotations) fields.push([`annotation ${k}`, v]);
    for (const [k, v] of fields) {
      if (v === undefined || v === '') continue;
      list.appendChild(el('dt', k));
      list.appendChild(el('dd', v));
    }
  }

  function render(/** @type {any} */ trace) {
    byId('title').textContent = `Trace ${trace.traceId}`;
    const flags = [trace.hasFault ? 'fault' : '', trace.hasError ? 'error' : ''].filter(Boolean).join(', ');
    byId('subtitle').textContent =
      `${new Date(trace.startTime).toLocaleString()} · ${ms(trace.durationMs)} · ${trace.rows.length} segment(s)${flags ? ` · ${flags}` : ''}`;
    const links = byId('links');
    clear(links);
    for (const id of trace.requestIds) {
      const b = el('button', `Show log lines of request ${id}`, 'link');
      b.setAttribute('type', 'button');
      b.addEventListener('click', () => vscode.postMessage({ type: 'showLogLines', requestId: id }));
      links.appendChild(b);
    }
    const total = Math.max(trace.durationMs, 0.001);
    const axis = byId('axis');
    clear(axis);
    axis.appendChild(el('div', 'Segment'));
    const ticks = el('div', undefined, 'ticks');
    for (let i = 0; i <= 4; i++) {
      const tick = el('span', ms((total * i) / 4), 'tick');
      tick.style.left = `${i * 25}%`;
      if (i === 4) tick.style.transform = 'translateX(-100%)';
      if (i === 0) tick.style.transform = 'none';
      ticks.appendChild(tick);
    }
    axis.appendChild(ticks);
    const rows = byId('rows');
    clear(rows);
    trace.rows.forEach((/** @type {any} */ row, /** @type {number} */ i) => {
      const line = el('div', undefined, 'row');
      line.setAttribute('role', 'row');
      line.tabIndex = 0;
      const name = el('div', undefined, 'name');
      name.style.paddingLeft = `${row.depth * 14}px`;
      name.appendChild(el('span', row.name));
      if (row.origin) name.appendChild(el('span', row.origin, 'origin'));
      name.title = row.name;
      const lane = el('div', undefined, 'lane');
      const bar = el(
        'div',
        undefined,
        `bar${row.fault ? ' fault' : row.error ? ' error' : row.throttle ? ' throttle' : ''}${row.inProgress ? ' pending' : ''}`,
      );
      const left = Math.min(100, (row.startMs / total) * 100);
      const width = Math.max(0.2, Math.min(100 - left, (row.durationMs / total) * 100));
      bar.style.left = `${left}%`;
      bar.style.width = `${width}%`;
      const time = el('span', `${ms(row.durationMs)}${row.httpStatus ? ` · ${row.httpStatus}` : ''}`, 'time');
      // The label goes after the bar; where that runs out of room, before it; for a bar spanning nearly all, inside.
      if (left + width <= 80) time.style.left = `${left + width + 0.5}%`;
      else if (left >= 20) time.style.right = `${100 - left + 0.5}%`;
      else {
        time.style.right = `${100 - (left + width) + 0.5}%`;
        time.classList.add('inside');
      }
      lane.appendChild(bar);
      lane.appendChild(time);
      line.appendChild(name);
      line.appendChild(lane);
      const select = () => {
        for (const r of rows.querySelectorAll('.row.selected')) r.classList.remove('selected');
        line.classList.add('selected');
        showDetails(row);
      };
      line.addEventListener('click', select);
      line.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') select();
      });
      rows.appendChild(line);
      if (i === 0) showDetails(row);
    });
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'trace') {
      byId('error').textContent = '';
      render(m.trace);
    } else if (m.type === 'error') byId('error').textContent = String(m.message);
  });
  vscode.postMessage({ type: 'ready' });
})();
