// @ts-check
/**
 * The stage dashboard's page: draws the model the extension sends (one uPlot chart per metric, the route tables,
 * the empty state). Text from AWS only ever goes through textContent; nothing is parsed as HTML.
 */
(function () {
  const vscode = acquireVsCodeApi();
  /** @type {any} */
  const uPlotLib = /** @type {any} */ (window).uPlot;
  const byId = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
  /** @type {any[]} */
  let charts = [];
  /** @type {any} */
  let lastModel;

  function themeColour(/** @type {string} */ name, /** @type {string} */ fallback) {
    const value = getComputedStyle(document.body).getPropertyValue(name).trim();
    return value || fallback;
  }
  function palette() {
    return [
      themeColour('--vscode-charts-blue', '#3794ff'),
      themeColour('--vscode-charts-orange', '#d18616'),
      themeColour('--vscode-charts-purple', '#b180d7'),
      themeColour('--vscode-charts-red', '#f14c4c'),
      themeColour('--vscode-charts-green', '#89d185'),
      themeColour('--vscode-charts-yellow', '#cca700'),
    ];
  }

  function formatValue(/** @type {string} */ unit, /** @type {number | null | undefined} */ v) {
    if (v === null || v === undefined || !Number.isFinite(v)) return '–';
    if (unit === 'ms') return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;
    if (unit === 'bytes') {
      const units = ['B', 'KB', 'MB', 'GB', 'TB'];
      let i = 0;
      let n = v;
      while (n >= 1024 && i < units.length - 1) {
        n /= 1024;
        i++;
      }
      return `${n < 10 && i > 0 ? n.toFixed(1) : Math.round(n)} ${units[i]}`;
    }
    return Number.isInteger(v) ? String(v) : v.toFixed(2);
  }

  function clear(/** @type {HTMLElement} */ el) {
    while (el.firstChild) el.removeChild(el.firstChild);
  }

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

  /** Aligns every series on one time axis (seconds), with nulls where a series has no point. */
  function alignedData(/** @type {any} */ chart) {
    const times = new Set();
    for (const s of chart.series) for (const p of s.points) times.add(p[0]);
    const xs = [...times].sort((a, b) => a - b);
    const index = new Map(xs.map((t, i) => [t, i]));
    const ys = chart.series.map((/** @type {any} */ s) => {
      const row = new Array(xs.length).fill(null);
      for (const p of s.points) row[/** @type {number} */ (index.get(p[0]))] = p[1];
      return row;
    });
    return [xs.map((t) => t / 1000), ...ys];
  }

  function chartWidth() {
    const box = byId('charts');
    const columns = box.clientWidth > 900 ? 2 : 1;
    return Math.max(260, Math.floor((box.clientWidth - (columns - 1) * 16) / columns) - 2);
  }

  function drawCharts(/** @type {any} */ model) {
    for (const c of charts) c.destroy();
    charts = [];
    const box = byId('charts');
    clear(box);
    const colours = palette();
    const axisColour = themeColour('--vscode-charts-foreground', themeColour('--vscode-foreground', '#ccc'));
    const gridColour = themeColour('--vscode-charts-lines', 'rgba(128,128,128,0.25)');
    for (const chart of model.charts) {
      const figure = el('figure', undefined, 'chart');
      figure.setAttribute('data-metric', chart.id);
      const caption = el('figcaption');
      caption.appendChild(el('span', chart.label, 'chart-title'));
      const total =
        chart.series[0]?.points.reduce((/** @type {number} */ t, /** @type {number[]} */ p) => t + p[1], 0) ?? 0;
      if (chart.unit !== 'ms' && chart.series[0]?.points.length)
        caption.appendChild(el('span', ` · ${formatValue(chart.unit, total)} in range`, 'hint'));
      figure.appendChild(caption);
      const plot = el('div', undefined, 'plot');
      figure.appendChild(plot);
      box.appendChild(figure);
      if (!chart.series.some((/** @type {any} */ s) => s.points.length > 0)) {
        plot.appendChild(el('p', 'No data points.', 'hint nodata'));
        continue;
      }
      if (!uPlotLib) {
        plot.appendChild(el('p', 'The charting library did not load.', 'error'));
        continue;
      }
      const opts = {
        width: chartWidth(),
        height: 180,
        legend: { show: chart.series.length > 1 },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: true } },
        axes: [
          { stroke: axisColour, grid: { stroke: gridColour, width: 1 }, ticks: { stroke: gridColour } },
          {
            stroke: axisColour,
            grid: { stroke: gridColour, width: 1 },
            ticks: { stroke: gridColour },
            size: 60,
            values: (/** @type {any} */ _u, /** @type {number[]} */ splits) =>
              splits.map((v) => formatValue(chart.unit, v)),
          },
        ],
        series: [
          {},
          ...chart.series.map((/** @type {any} */ s, /** @type {number} */ i) => ({
            label: s.label,
            stroke: colours[i % colours.length],
            width: 1.5,
            spanGaps: false,
            points: { show: s.points.length < 3 },
            value: (/** @type {any} */ _u, /** @type {number | null} */ v) => formatValue(chart.unit, v),
          })),
        ],
      };
      charts.push(new uPlotLib(opts, alignedData(chart), plot));
    }
  }

  function routeTable(/** @type {string} */ id, /** @type {any[]} */ rows) {
    const table = byId(id);
    clear(table);
    const head = el('tr');
    for (const h of ['Route', 'Requests', 'Errors', 'p50', 'p90', 'p99']) head.appendChild(el('th', h));
    table.appendChild(head);
    for (const r of rows) {
      const tr = el('tr');
      tr.appendChild(el('td', r.route, 'route'));
      tr.appendChild(el('td', formatValue('count', r.requests), 'num'));
      tr.appendChild(el('td', r.errorRate === null ? '–' : `${(r.errorRate * 100).toFixed(1)} %`, 'num'));
      const avg = r.p50 === undefined && r.p90 === undefined && r.p99 === undefined ? r.averageLatency : undefined;
      tr.appendChild(el('td', formatValue('ms', r.p50 ?? avg), 'num'));
      tr.appendChild(el('td', formatValue('ms', r.p90), 'num'));
      tr.appendChild(el('td', formatValue('ms', r.p99), 'num'));
      table.appendChild(tr);
    }
  }

  function render(/** @type {any} */ model) {
    lastModel = model;
    byId('title').textContent = model.title;
    byId('subtitle').textContent =
      `${model.apiType} API · ${model.rangeLabel} · one point per ${model.periodSeconds >= 3600 ? `${model.periodSeconds / 3600} h` : `${model.periodSeconds / 60} min`} · updated ${new Date(model.to).toLocaleTimeString()}`;
    /** @type {HTMLSelectElement} */ (byId('range')).value = model.range;
    const routeSelect = /** @type {HTMLSelectElement} */ (byId('route'));
    while (routeSelect.options.length > 1) routeSelect.remove(1);
    for (const r of model.routes) {
      const option = /** @type {HTMLOptionElement} */ (el('option', r));
      option.value = r;
      routeSelect.appendChild(option);
    }
    routeSelect.value = model.route ?? '';
    routeSelect.hidden = byId('route-label').hidden = model.routes.length === 0;
    const notes = byId('notes');
    clear(notes);
    for (const n of model.notes) notes.appendChild(el('li', n));
    byId('error').textContent = '';
    byId('empty').hidden = model.hasTraffic;
    byId('empty-text').textContent =
      `API Gateway published no metrics for this stage in the ${model.rangeLabel.toLowerCase()}. Send a request (Test Invoke), or choose a longer range.`;
    byId('charts').hidden = !model.hasTraffic;
    drawCharts(model.hasTraffic ? model : { charts: [] });
    const routes = byId('routes');
    routes.hidden = !model.hasTraffic;
    const note = byId('routes-note');
    const tables = /** @type {HTMLElement} */ (routes.querySelector('.tables'));
    if (model.routesState === 'detailed-metrics-off') {
      note.textContent = `No per-route metrics for this stage: detailed metrics are off. ${model.detailedMetricsHint}`;
      tables.hidden = true;
    } else if (model.routesState === 'no-traffic') {
      note.textContent = 'No route had requests in this range.';
      tables.hidden = true;
    } else {
      note.textContent = '';
      tables.hidden = false;
      routeTable('busiest', model.busiest);
      routeTable('slowest', model.slowest);
    }
    byId('status').textContent = '';
    byId('traces').hidden = model.apiType !== 'REST';
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'model') render(m.model);
    else if (m.type === 'loading') byId('status').textContent = 'Loading…';
    else if (m.type === 'error') {
      byId('status').textContent = '';
      byId('error').textContent = String(m.message);
    } else if (m.type === 'autoRefresh') /** @type {HTMLInputElement} */ (byId('auto')).checked = !!m.enabled;
  });

  byId('range').addEventListener('change', () =>
    vscode.postMessage({ type: 'range', range: /** @type {HTMLSelectElement} */ (byId('range')).value }),
  );
  byId('route').addEventListener('change', () =>
    vscode.postMessage({ type: 'route', route: /** @type {HTMLSelectElement} */ (byId('route')).value }),
  );
  byId('refresh').addEventListener('click', () => vscode.postMessage({ type: 'refresh' }));
  byId('auto').addEventListener('change', () =>
    vscode.postMessage({ type: 'autoRefresh', enabled: /** @type {HTMLInputElement} */ (byId('auto')).checked }),
  );
  byId('traces').addEventListener('click', () => vscode.postMessage({ type: 'recentTraces' }));
  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => lastModel && lastModel.hasTraffic && drawCharts(lastModel), 150);
  });
  vscode.postMessage({ type: 'ready' });
})();
