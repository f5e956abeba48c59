// Cart abandonment: abandoned / (abandoned + converted) per minute over the last 60 minutes,
// and now, over the chosen range (WindowMetrics cart).

import { cssColor, timeChart } from '../chart.js';
import { byId, figure, setText } from '../dom.js';
import { count, fmt, object } from '../format.js';

const MINUTES = 60;

export function cartPanel(store) {
  const figures = byId('cart-figures');
  const now = figure(figures, 'Abandonment now', 'abandonment-now');
  const carts = figure(figures, 'Carts that ended', 'carts-ended');
  const chart = timeChart(byId('cart-chart'), {
    height: 160,
    series: [{ label: 'Abandonment', stroke: cssColor('--bad'), width: 2, spanGaps: true, value: (u, v) => fmt.percent(v) }],
    axes: [{ values: (u, ticks) => ticks.map((v) => fmt.percent(v)) }],
    scales: { y: { range: [0, 1] } },
  });

  return {
    uses: ['windows', 'range'],
    render() {
      const minutes = store.minutes(MINUTES);
      chart.setData(minutes, [minutes.map((start) => {
        const cart = object(store.windows.get(start)?.raw.cart);
        const ended = count(cart.abandoned) + count(cart.converted);
        return ended > 0 ? count(cart.abandoned) / ended : null;
      })]);
      const sums = store.sumSection('cart');
      const abandoned = sums.abandoned || 0;
      const converted = sums.converted || 0;
      setText(now.value, fmt.rate(abandoned, abandoned + converted));
      setText(now.detail, `last ${store.range} min`);
      setText(carts.value, fmt.int(abandoned + converted));
      setText(carts.detail, `${fmt.int(abandoned)} abandoned · ${fmt.int(converted)} bought`);
    },
  };
}
