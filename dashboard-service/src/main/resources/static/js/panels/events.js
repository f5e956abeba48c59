// Events per minute by type, stacked, over the last 60 minutes (WindowMetrics events). The
// types are the keys of the records' events object, so a type added to the contract shows
// without a change here; the labels are only nicer names for the known ones.

import { bars, cssColor, timeChart } from '../chart.js';
import { byId, figure, setText } from '../dom.js';
import { count, fmt, object } from '../format.js';

const MINUTES = 60;

const LABELS = {
  game_page_viewed: 'Page views',
  wishlist_action: 'Wishlist',
  cart_action: 'Cart',
  purchase: 'Purchases',
  search_performed: 'Searches',
};

export function eventsPanel(store) {
  const container = byId('events-chart');
  const figures = byId('events-figures');
  const current = figure(figures, 'Events · this minute', 'events-current');
  const perSecond = figure(figures, 'Events per second', 'events-rate');
  let chart = null;
  let types = [];

  // Stacking: each series is drawn as the sum of itself and the types below it, tallest
  // first, so each bar shows through above the next; the legend shows each type's own count.
  const build = (newTypes) => {
    container.replaceChildren();
    types = newTypes;
    const series = types.map((type, i) => ({
      label: LABELS[type] || type,
      stroke: cssColor(`--type-${type}`, cssColor('--type-other')),
      fill: cssColor(`--type-${type}`, cssColor('--type-other')),
      paths: bars(),
      points: { show: false },
      value: (u, v, seriesIndex, index) => (index === null ? '–' : fmt.int(own(u, i, index))),
    })).reverse();
    chart = timeChart(container, { series, axes: [{ values: (u, ticks) => ticks.map(fmt.compact) }] });
  };

  // the type's own count at x index: its stacked value minus the one of the type below it
  const own = (u, typeIndex, index) => {
    const column = (i) => u.data[types.length - i][index] ?? 0;
    return typeIndex === 0 ? column(0) : column(typeIndex) - column(typeIndex - 1);
  };

  return {
    uses: ['windows'],
    render() {
      const newest = store.newest();
      if (newest === undefined) {
        return;
      }
      const seen = Object.keys(object(newest.raw.events));
      if (chart === null || seen.join() !== types.join()) {
        build(seen);
      }
      const minutes = store.minutes(MINUTES);
      const held = minutes.map((start) => store.windows.get(start));
      const first = held.findIndex((window) => window !== undefined);
      const stacked = types.map(() => []);
      held.forEach((window, i) => {
        let sum = 0;
        types.forEach((type, t) => {
          sum += window ? count(object(window.raw.events)[type]) : 0;
          stacked[t].push(i < first ? null : sum);
        });
      });
      chart.setData(minutes, stacked.reverse());
      const total = types.reduce((sum, type) => sum + count(object(newest.raw.events)[type]), 0);
      setText(current.value, fmt.int(total));
      setText(current.detail, `${fmt.minuteRange(newest.start)} · ${fmt.finality(newest, 'still counting')}`);
      const lastFinal = [...store.windows.values()].filter((window) => window.final).sort((a, b) => b.start - a.start)[0];
      const finalTotal = lastFinal ? Object.values(object(lastFinal.raw.events)).reduce((sum, n) => sum + count(n), 0) : null;
      setText(perSecond.value, lastFinal ? fmt.dec(finalTotal / 60) : '–');
      setText(perSecond.detail, lastFinal ? `over the last complete minute, ${fmt.minute(lastFinal.start)}` : 'no complete minute yet');
    },
  };
}
