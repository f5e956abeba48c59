// Revenue and orders per minute over the last 60 minutes (WindowMetrics revenueCents, orders).

import { bars, cssColor, timeChart } from '../chart.js';
import { byId, figure, setText } from '../dom.js';
import { MINUTE_MS, count, fmt } from '../format.js';

const MINUTES = 60;

export function revenuePanel(store) {
  const figures = byId('revenue-figures');
  const current = figure(figures, 'Revenue · this minute', 'revenue-current');
  const previous = figure(figures, 'Revenue · previous minute', 'revenue-previous');
  const orders = figure(figures, 'Orders · this minute', 'orders-current');
  const hour = figure(figures, 'Revenue · last 60 min', 'revenue-hour');
  const chart = timeChart(byId('revenue-chart'), {
    series: [
      { label: 'Revenue', stroke: cssColor('--revenue'), fill: cssColor('--revenue-fill'), paths: bars(), points: { show: false }, scale: '$', value: (u, v) => fmt.cents(v === null ? null : v * 100) },
      { label: 'Orders', stroke: cssColor('--accent'), width: 2, scale: 'orders', value: (u, v) => fmt.int(v) },
    ],
    axes: [
      { scale: '$', values: (u, ticks) => ticks.map((dollars) => fmt.compactCents(dollars * 100)) },
      { scale: 'orders', side: 1, grid: { show: false } },
    ],
  });

  return {
    uses: ['windows'],
    render() {
      const minutes = store.minutes(MINUTES);
      const held = minutes.map((start) => store.windows.get(start));
      const first = held.findIndex((window) => window !== undefined);
      // before the first window held there is no knowledge; after it, a missing minute had no events
      const value = (window, i, pick) => (i < first || first < 0 ? null : window === undefined ? 0 : pick(window.raw));
      chart.setData(minutes, [
        held.map((window, i) => value(window, i, (raw) => count(raw.revenueCents) / 100)),
        held.map((window, i) => value(window, i, (raw) => count(raw.orders))),
      ]);
      const newest = store.newest();
      const before = newest && store.windows.get(newest.start - MINUTE_MS);
      setText(current.value, newest ? fmt.cents(count(newest.raw.revenueCents)) : '–');
      setText(current.detail, newest ? `${fmt.minuteRange(newest.start)} · ${fmt.finality(newest, 'still counting')}` : '');
      setText(previous.value, before ? fmt.cents(count(before.raw.revenueCents)) : '–');
      setText(previous.detail, before ? `${fmt.int(count(before.raw.orders))} orders · ${fmt.finality(before, 'open')}` : '');
      setText(orders.value, newest ? fmt.int(count(newest.raw.orders)) : '–');
      setText(orders.detail, newest && count(newest.raw.orders) > 0 ? `avg ${fmt.cents(count(newest.raw.revenueCents) / count(newest.raw.orders))} per order` : '');
      const sum = held.reduce((total, window) => total + (window ? count(window.raw.revenueCents) : 0), 0);
      setText(hour.value, newest ? fmt.cents(sum) : '–');
      const minutesHeld = held.filter(Boolean).length;
      setText(hour.detail, newest ? `${fmt.int(minutesHeld)} minute${minutesHeld === 1 ? '' : 's'} held` : '');
    },
  };
}
