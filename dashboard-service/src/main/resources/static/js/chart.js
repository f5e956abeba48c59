// uPlot (served from the webjar, no CDN) with the page's colours and sizing. Every chart of
// the page is made here; panels say only what their series are.

import uPlot from '../webjars/uplot/dist/uPlot.esm.js';

/** A colour defined in app.css (custom property), e.g. cssColor('--revenue'). */
export function cssColor(name, fallback = '#888') {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

/** Bars for a series: the value of each minute as a bar, 60 % of the slot wide. */
export function bars() {
  return uPlot.paths.bars({ size: [0.6, 40] });
}

/**
 * A time-series chart in `container`: x is the minute start in seconds; `series` are
 * uPlot series options; `axes` the y axes (uPlot axis options, first the left one).
 * `height` is the plot's height in px. Returns { setData(minutesMs, columns), plot }.
 */
export function timeChart(container, { series, axes = [{}], scales = {}, height = 220 }) {
  const muted = cssColor('--muted');
  const grid = cssColor('--grid');
  const options = {
    width: Math.max(container.clientWidth, 200),
    height,
    series: [{ label: 'Minute', value: (u, seconds) => (seconds === null ? '–' : new Date(seconds * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })) }, ...series],
    scales: { x: { time: true }, ...scales },
    axes: [
      { stroke: muted, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } },
      ...axes.map((axis) => ({ stroke: muted, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid }, size: 60, ...axis })),
    ],
    legend: { live: true },
    cursor: { points: { size: 6 } },
  };
  const plot = new uPlot(options, [[], ...series.map(() => [])], container);
  // the container's width follows the page; the chart's height is fixed
  new ResizeObserver(() => {
    const width = Math.max(container.clientWidth, 200);
    if (width !== plot.width) {
      plot.setSize({ width, height });
    }
  }).observe(container);
  return {
    plot,
    /** x: minute starts (ms); columns: one array per series, null for no value. */
    setData(minutesMs, columns) {
      plot.setData([minutesMs.map((ms) => ms / 1000), ...columns]);
      // how many minutes have a value: what the browser tests wait for
      container.dataset.points = String(minutesMs.filter((_, i) => columns.some((column) => column[i] !== null && column[i] !== undefined)).length);
    },
  };
}
