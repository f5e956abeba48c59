// Search effectiveness (WindowMetrics search): click-through, search -> purchase and
// zero-result share over the chosen range, and per minute over the last 60 minutes.

import { cssColor, timeChart } from '../chart.js';
import { byId, figure, setText } from '../dom.js';
import { count, fmt, object } from '../format.js';

const MINUTES = 60;

const RATES = [
  { field: 'clickedThrough', label: 'Click-through', colour: '--accent' },
  { field: 'purchased', label: 'Search → purchase', colour: '--ok' },
  { field: 'zeroResults', label: 'Found nothing', colour: '--warn' },
];

export function searchPanel(store) {
  const figures = byId('search-figures');
  const searches = figure(figures, 'Searches', 'searches');
  const cards = RATES.map((rate) => ({ rate, card: figure(figures, rate.label, rate.field) }));
  const chart = timeChart(byId('search-chart'), {
    height: 160,
    series: RATES.map((rate) => ({ label: rate.label, stroke: cssColor(rate.colour), width: 2, spanGaps: true, value: (u, v) => fmt.percent(v) })),
    axes: [{ values: (u, ticks) => ticks.map((v) => fmt.percent(v)) }],
  });

  return {
    uses: ['windows', 'range'],
    render() {
      const minutes = store.minutes(MINUTES);
      chart.setData(minutes, RATES.map((rate) => minutes.map((start) => {
        const search = object(store.windows.get(start)?.raw.search);
        return count(search.searches) > 0 ? count(search[rate.field]) / count(search.searches) : null;
      })));
      const sums = store.sumSection('search');
      const total = sums.searches || 0;
      setText(searches.value, fmt.int(total));
      setText(searches.detail, `last ${store.range} min`);
      for (const { rate, card } of cards) {
        setText(card.value, fmt.rate(sums[rate.field] || 0, total));
        setText(card.detail, `${fmt.int(sums[rate.field] || 0)} of ${fmt.int(total)} searches`);
      }
    },
  };
}
