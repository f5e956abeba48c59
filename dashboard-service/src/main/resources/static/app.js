// Live dashboard for analytics.metrics. No dependencies, no inline scripts or styles (a strict
// Content-Security-Policy can be added without changes), and data only ever reaches the page
// through textContent or canvas text, never as HTML.
'use strict';

(() => {
  const TYPES = [
    { key: 'game_page_viewed', label: 'Page views' },
    { key: 'wishlist_action', label: 'Wishlist' },
    { key: 'cart_action', label: 'Cart' },
    { key: 'purchase', label: 'Purchases' },
    { key: 'search_performed', label: 'Searches' },
  ];
  const CHART_WINDOWS = 30;
  const TABLE_ROWS = 30;
  const MAX_WINDOWS = 120;
  const MINUTE_MS = 60_000;
  const MAX_RETRY_MS = 30_000;

  const numberFormat = new Intl.NumberFormat('en-US');
  const compactFormat = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
  const moneyFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
  const compactMoneyFormat = new Intl.NumberFormat('en-US', {
    style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1,
  });
  const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

  const $ = (id) => document.getElementById(id);

  // ---------------------------------------------------------------- windows held by the page

  /** Window start (ms) -> parsed WindowMetrics record. */
  const windows = new Map();

  /** A WindowMetrics JSON text as the page uses it; null if it is not one. */
  function parseWindow(text) {
    let json;
    try {
      json = JSON.parse(text);
    }
    catch (error) {
      return null;
    }
    if (json === null || typeof json !== 'object') {
      return null;
    }
    const start = Date.parse(json.windowStart);
    if (Number.isNaN(start)) {
      return null;
    }
    const events = {};
    const source = (json.events !== null && typeof json.events === 'object') ? json.events : {};
    for (const type of TYPES) {
      events[type.key] = count(source[type.key]);
    }
    const end = Date.parse(json.windowEnd);
    const updated = Date.parse(json.updatedAt);
    return {
      start,
      end: Number.isNaN(end) ? start + MINUTE_MS : end,
      isFinal: json.final === true,
      updated: Number.isNaN(updated) ? 0 : updated,
      events,
      total: TYPES.reduce((sum, type) => sum + events[type.key], 0),
      revenueCents: count(json.revenueCents),
      orders: count(json.orders),
    };
  }

  function plural(n, noun) {
    return `${numberFormat.format(n)} ${noun}${n === 1 ? '' : 's'}`;
  }

  function count(value) {
    const number = Number(value);
    return Number.isFinite(number) && number > 0 ? number : 0;
  }

  // Same rule as the server: a final record is never replaced by an open one, and an older
  // publication never replaces a newer one. Reconnects re-send the snapshot; this keeps it harmless.
  function supersedes(candidate, current) {
    if (current.isFinal !== candidate.isFinal) {
      return candidate.isFinal;
    }
    return candidate.updated >= current.updated;
  }

  function accept(win) {
    const current = windows.get(win.start);
    if (current !== undefined && !supersedes(win, current)) {
      return false;
    }
    windows.set(win.start, win);
    if (windows.size > MAX_WINDOWS) {
      windows.delete(Math.min(...windows.keys()));
    }
    return true;
  }

  function newestFirst() {
    return [...windows.values()].sort((a, b) => b.start - a.start);
  }

  // ---------------------------------------------------------------- connection

  const connection = {
    source: null,
    state: 'connecting',
    lastMessageAt: 0,
    heartbeatMs: 15_000,
    retryMs: 1_000,
    retryTimer: null,
    everConnected: false,
  };

  function connect() {
    clearTimeout(connection.retryTimer);
    setConnection('connecting');
    const source = new EventSource('api/stream');
    connection.source = source;
    source.onopen = () => {
      connection.retryMs = 1_000;
      connection.everConnected = true;
      heard();
      setConnection('live');
    };
    source.addEventListener('metrics', (event) => {
      heard();
      const win = parseWindow(event.data);
      if (win !== null && accept(win)) {
        scheduleRender();
      }
    });
    source.addEventListener('heartbeat', (event) => {
      heard();
      try {
        const interval = Number(JSON.parse(event.data).intervalMillis);
        if (Number.isFinite(interval) && interval > 0) {
          connection.heartbeatMs = interval;
        }
      }
      catch (error) {
        // a heartbeat without usable data still says the stream is alive
      }
    });
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) {
        // The browser gave up (e.g. an error response): retry ourselves, backing off.
        reconnectLater();
      }
      else {
        setConnection('connecting');
      }
    };
  }

  function reconnectLater() {
    if (connection.source !== null) {
      connection.source.close();
      connection.source = null;
    }
    setConnection('offline');
    clearTimeout(connection.retryTimer);
    connection.retryTimer = setTimeout(connect, connection.retryMs);
    connection.retryMs = Math.min(connection.retryMs * 2, MAX_RETRY_MS);
  }

  function heard() {
    connection.lastMessageAt = Date.now();
    if (connection.state !== 'live') {
      setConnection('live');
    }
  }

  // A stream can die silently (sleeping laptop, dropped proxy); heartbeats tell.
  function checkHeartbeat() {
    const silentFor = Date.now() - connection.lastMessageAt;
    if (connection.state === 'live' && silentFor > 2 * connection.heartbeatMs + 5_000) {
      reconnectLater();
    }
  }

  function setConnection(state) {
    connection.state = state;
    $('connection').dataset.state = state;
    const text = {
      live: 'Live',
      connecting: connection.everConnected ? 'Reconnecting…' : 'Connecting…',
      offline: 'Disconnected',
    }[state];
    $('connection-text').textContent = text;
    updateClockTexts();
    updateEmptyNotice();
  }

  // ---------------------------------------------------------------- rendering

  let renderScheduled = false;

  function scheduleRender() {
    if (!renderScheduled) {
      renderScheduled = true;
      requestAnimationFrame(() => {
        renderScheduled = false;
        render();
      });
    }
  }

  function render() {
    const ordered = newestFirst();
    renderTiles(ordered);
    renderTable(ordered);
    const slots = chartSlots(ordered);
    eventsChart.setSlots(slots);
    revenueChart.setSlots(slots);
    updateEmptyNotice();
    updateTitle(ordered[0]);
  }

  function updateEmptyNotice() {
    $('empty-notice').hidden = !(connection.state === 'live' && windows.size === 0);
  }

  function updateTitle(current) {
    const base = 'Game store analytics · Kafka playground';
    document.title = current ? `${numberFormat.format(current.total)} events/min · ${base}` : base;
  }

  /** The last CHART_WINDOWS minutes up to the newest window, gaps included. */
  function chartSlots(ordered) {
    if (ordered.length === 0) {
      return [];
    }
    const newest = ordered[0].start;
    const slots = [];
    for (let i = CHART_WINDOWS - 1; i >= 0; i--) {
      const start = newest - i * MINUTE_MS;
      slots.push({ start, win: windows.get(start) || null });
    }
    return slots;
  }

  function windowLabel(win) {
    return `${timeFormat.format(win.start)}–${timeFormat.format(win.end)}`;
  }

  function stateLabel(win) {
    return win.isFinal ? 'final' : 'open';
  }

  function ago(time) {
    if (!time) {
      return '';
    }
    const seconds = Math.max(0, Math.round((Date.now() - time) / 1000));
    if (seconds < 60) {
      return `${seconds} s ago`;
    }
    return `${Math.round(seconds / 60)} min ago`;
  }

  function renderTiles(ordered) {
    const current = ordered[0];
    const lastFinal = ordered.find((win) => win.isFinal);
    $('tile-events').textContent = current ? numberFormat.format(current.total) : '–';
    $('tile-revenue').textContent = current ? moneyFormat.format(current.revenueCents / 100) : '–';
    $('tile-orders').textContent = current ? numberFormat.format(current.orders) : '–';
    $('tile-final').textContent = lastFinal ? `${numberFormat.format(lastFinal.total)} events` : '–';
    $('tile-final-detail').textContent = lastFinal
      ? `${moneyFormat.format(lastFinal.revenueCents / 100)} · ${plural(lastFinal.orders, 'order')} · ${windowLabel(lastFinal)}`
      : 'no closed window yet';
    const previous = current ? windows.get(current.start - MINUTE_MS) : undefined;
    $('tile-revenue-detail').textContent = previous
      ? `previous minute ${moneyFormat.format(previous.revenueCents / 100)}`
      : '';
    $('tile-orders-detail').textContent = current && current.orders > 0
      ? `avg ${moneyFormat.format(current.revenueCents / 100 / current.orders)} per order`
      : '';
    updateClockTexts();
  }

  // Texts that age: refreshed every second, not only when data arrives.
  function updateClockTexts() {
    const current = newestFirst()[0];
    $('tile-events-detail').textContent = current
      ? `${windowLabel(current)} · ${stateLabel(current)} · updated ${ago(current.updated)}`
      : '';
    const detail = connection.state === 'live' ? `last message ${ago(connection.lastMessageAt)}`
      : connection.state === 'offline' ? 'retrying…' : '';
    $('connection-detail').textContent = detail;
  }

  // ---------------------------------------------------------------- table

  const rows = new Map();

  function buildTableHead() {
    const head = $('windows-head');
    const labels = ['Window', 'State', ...TYPES.map((type) => type.label), 'Total', 'Orders', 'Revenue'];
    for (const label of labels) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = label;
      head.appendChild(th);
    }
  }

  function renderTable(ordered) {
    const body = $('windows-body');
    const shown = ordered.slice(0, TABLE_ROWS);
    if (shown.length === 0) {
      body.replaceChildren(emptyRow());
      rows.clear();
      return;
    }
    const keep = new Set(shown.map((win) => win.start));
    for (const [start, row] of rows) {
      if (!keep.has(start)) {
        row.remove();
        rows.delete(start);
      }
    }
    body.querySelectorAll('.empty-row').forEach((row) => row.remove());
    for (const win of shown) {
      let row = rows.get(win.start);
      const fresh = row !== undefined && row.dataset.version !== versionOf(win);
      if (row === undefined) {
        row = createRow();
        rows.set(win.start, row);
      }
      fillRow(row, win);
      if (fresh) {
        flash(row);
      }
      body.appendChild(row); // moves existing rows into newest-first order
    }
  }

  function versionOf(win) {
    return `${win.updated}/${win.isFinal}`;
  }

  function createRow() {
    const row = document.createElement('tr');
    const cells = 2 + TYPES.length + 3;
    for (let i = 0; i < cells; i++) {
      row.appendChild(document.createElement('td'));
    }
    const badge = document.createElement('span');
    badge.className = 'badge';
    row.cells[1].appendChild(badge);
    return row;
  }

  function fillRow(row, win) {
    row.dataset.version = versionOf(win);
    const cells = row.cells;
    cells[0].textContent = windowLabel(win);
    const badge = cells[1].firstChild;
    badge.textContent = stateLabel(win);
    badge.className = `badge badge-${stateLabel(win)}`;
    TYPES.forEach((type, i) => {
      cells[2 + i].textContent = numberFormat.format(win.events[type.key]);
    });
    const after = 2 + TYPES.length;
    cells[after].textContent = numberFormat.format(win.total);
    cells[after + 1].textContent = numberFormat.format(win.orders);
    cells[after + 2].textContent = moneyFormat.format(win.revenueCents / 100);
  }

  function flash(row) {
    row.classList.remove('fresh');
    void row.offsetWidth; // restart the CSS animation
    row.classList.add('fresh');
  }

  function emptyRow() {
    const row = document.createElement('tr');
    row.className = 'empty-row';
    const cell = document.createElement('td');
    cell.colSpan = 2 + TYPES.length + 3;
    cell.textContent = 'No windows yet.';
    row.appendChild(cell);
    return row;
  }

  // ---------------------------------------------------------------- charts

  function cssColor(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
  }

  function niceStep(max, ticks) {
    const raw = max / ticks;
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    const fraction = raw / power;
    const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return nice * power;
  }

  /**
   * Bars over time slots, each bar a stack of parts. Open windows are drawn translucent with a
   * dashed outline. options.parts(win) -> [{ value, color }]; options.axis(value) -> text;
   * options.tooltip(win) -> [[label, text]]; options.minStep: smallest axis step.
   */
  class BarChart {
    constructor(container, options) {
      this.container = container;
      this.canvas = container.querySelector('canvas');
      this.tooltip = container.querySelector('.tooltip');
      this.options = options;
      this.slots = [];
      this.layout = null;
      new ResizeObserver(() => this.draw()).observe(container);
      this.canvas.addEventListener('mousemove', (event) => this.hover(event));
      this.canvas.addEventListener('mouseleave', () => {
        this.tooltip.hidden = true;
      });
    }

    setSlots(slots) {
      this.slots = slots;
      this.draw();
    }

    draw() {
      const width = this.container.clientWidth;
      const height = this.container.clientHeight;
      if (width === 0 || height === 0) {
        return;
      }
      const ratio = window.devicePixelRatio || 1;
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
      const context = this.canvas.getContext('2d');
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, width, height);
      context.font = '12px system-ui, sans-serif';
      const text = cssColor('--muted');
      if (this.slots.length === 0) {
        this.layout = null;
        context.fillStyle = text;
        context.textAlign = 'center';
        context.textBaseline = 'middle';
        context.fillText('Waiting for windows…', width / 2, height / 2);
        return;
      }
      const stacks = this.slots.map((slot) => (slot.win ? this.options.parts(slot.win) : []));
      const totals = stacks.map((parts) => parts.reduce((sum, part) => sum + part.value, 0));
      const step = Math.max(niceStep(Math.max(...totals, this.options.minStep), 4), this.options.minStep);
      const top = Math.max(step, Math.ceil(Math.max(...totals) / step) * step);
      const plot = { left: 56, right: width - 8, top: 10, bottom: height - 24 };
      const y = (value) => plot.bottom - (value / top) * (plot.bottom - plot.top);
      this.drawAxis(context, plot, step, top, y, text);
      const slotWidth = (plot.right - plot.left) / this.slots.length;
      const barWidth = Math.max(2, slotWidth * 0.72);
      this.layout = { plot, slotWidth };
      this.slots.forEach((slot, i) => {
        const x = plot.left + i * slotWidth + (slotWidth - barWidth) / 2;
        this.drawBar(context, slot.win, stacks[i], x, barWidth, y, text);
      });
      this.drawTimeLabels(context, plot, slotWidth, text);
    }

    drawAxis(context, plot, step, top, y, text) {
      context.strokeStyle = cssColor('--grid');
      context.lineWidth = 1;
      context.fillStyle = text;
      context.textAlign = 'right';
      context.textBaseline = 'middle';
      for (let value = 0; value <= top + step / 2; value += step) {
        const lineY = Math.round(y(value)) + 0.5;
        context.beginPath();
        context.moveTo(plot.left, lineY);
        context.lineTo(plot.right, lineY);
        context.stroke();
        context.fillText(this.options.axis(value), plot.left - 8, lineY);
      }
    }

    drawBar(context, win, parts, x, barWidth, y, text) {
      if (!win) {
        return;
      }
      context.globalAlpha = win.isFinal ? 1 : 0.45;
      let base = 0;
      for (const part of parts) {
        if (part.value > 0) {
          context.fillStyle = part.color;
          context.fillRect(x, y(base + part.value), barWidth, y(base) - y(base + part.value));
          base += part.value;
        }
      }
      context.globalAlpha = 1;
      if (!win.isFinal && base > 0) {
        context.setLineDash([3, 3]);
        context.strokeStyle = text;
        context.strokeRect(x + 0.5, y(base) + 0.5, barWidth - 1, y(0) - y(base) - 1);
        context.setLineDash([]);
      }
    }

    drawTimeLabels(context, plot, slotWidth, text) {
      context.fillStyle = text;
      context.textAlign = 'center';
      context.textBaseline = 'top';
      const every = Math.max(1, Math.ceil(48 / slotWidth));
      const last = this.slots.length - 1;
      this.slots.forEach((slot, i) => {
        if ((last - i) % every === 0) {
          context.fillText(timeFormat.format(slot.start), plot.left + (i + 0.5) * slotWidth, plot.bottom + 6);
        }
      });
    }

    hover(event) {
      if (this.layout === null) {
        return;
      }
      const bounds = this.canvas.getBoundingClientRect();
      const x = event.clientX - bounds.left;
      const index = Math.floor((x - this.layout.plot.left) / this.layout.slotWidth);
      const slot = this.slots[index];
      if (!slot || !slot.win) {
        this.tooltip.hidden = true;
        return;
      }
      this.fillTooltip(slot.win);
      this.tooltip.hidden = false;
      const maxLeft = this.container.clientWidth - this.tooltip.offsetWidth - 4;
      this.tooltip.style.left = `${Math.max(4, Math.min(x + 14, maxLeft))}px`;
      this.tooltip.style.top = `${Math.max(4, event.clientY - bounds.top - this.tooltip.offsetHeight - 10)}px`;
    }

    fillTooltip(win) {
      const title = document.createElement('div');
      title.className = 'tooltip-title';
      title.textContent = `${windowLabel(win)} · ${stateLabel(win)}`;
      const lines = this.options.tooltip(win).map(([label, value]) => {
        const line = document.createElement('div');
        line.className = 'tooltip-row';
        const name = document.createElement('span');
        name.textContent = label;
        const number = document.createElement('span');
        number.textContent = value;
        line.append(name, number);
        return line;
      });
      this.tooltip.replaceChildren(title, ...lines);
    }
  }

  function buildLegend() {
    const legend = $('events-legend');
    for (const type of TYPES) {
      const item = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.backgroundColor = cssColor(`--type-${type.key}`);
      item.append(swatch, document.createTextNode(type.label));
      legend.appendChild(item);
    }
    const open = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch swatch-open';
    swatch.style.backgroundColor = cssColor('--muted');
    open.append(swatch, document.createTextNode('open window'));
    legend.appendChild(open);
  }

  const eventsChart = new BarChart($('events-chart'), {
    minStep: 1,
    parts: (win) => TYPES.map((type) => ({ value: win.events[type.key], color: cssColor(`--type-${type.key}`) })),
    axis: (value) => compactFormat.format(value),
    tooltip: (win) => [
      ...TYPES.map((type) => [type.label, numberFormat.format(win.events[type.key])]),
      ['Total', numberFormat.format(win.total)],
    ],
  });

  const revenueChart = new BarChart($('revenue-chart'), {
    minStep: 0.01,
    parts: (win) => [{ value: win.revenueCents / 100, color: cssColor('--revenue') }],
    axis: (value) => compactMoneyFormat.format(value),
    tooltip: (win) => [
      ['Revenue', moneyFormat.format(win.revenueCents / 100)],
      ['Orders', numberFormat.format(win.orders)],
    ],
  });

  // ---------------------------------------------------------------- start

  buildLegend();
  buildTableHead();
  render();
  connect();
  setInterval(() => {
    checkHeartbeat();
    updateClockTexts();
  }, 1_000);
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', render);
})();
