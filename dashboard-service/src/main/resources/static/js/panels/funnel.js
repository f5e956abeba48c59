// The conversion funnel over the chosen range: sessions reaching view, wishlist, cart and
// purchase (WindowMetrics funnel, summed over the range's minutes), with stage-to-stage rates.

import { byId, el, setText } from '../dom.js';
import { fmt } from '../format.js';

const STAGES = [
  { field: 'viewed', label: 'Viewed a game' },
  { field: 'wishlisted', label: 'Wishlisted' },
  { field: 'carted', label: 'Carted' },
  { field: 'purchased', label: 'Purchased' },
];

export function funnelPanel(store) {
  const list = byId('funnel');
  const note = byId('funnel-note');
  const rows = STAGES.map((stage, i) => {
    const bar = el('span', { className: 'funnel-bar' });
    const value = el('span', { className: 'funnel-value', text: '–' });
    const rate = el('span', { className: 'funnel-rate' });
    const item = el('li', { className: 'funnel-stage', dataset: { stage: stage.field } },
      el('span', { className: 'funnel-label', text: stage.label }),
      el('span', { className: 'funnel-track' }, bar), value, rate);
    list.append(item);
    return { stage, i, bar, value, rate };
  });

  return {
    uses: ['windows', 'range'],
    render() {
      const sums = store.sumSection('funnel');
      const viewed = sums.viewed || 0;
      setText(note, `sessions reaching each stage · last ${store.range} min`);
      for (const row of rows) {
        const n = sums[row.stage.field] || 0;
        setText(row.value, fmt.int(n));
        // CSSOM, not a style attribute: allowed by the page's Content-Security-Policy
        row.bar.style.width = viewed > 0 ? `${Math.min(100, (100 * n) / viewed)}%` : '0';
        if (row.i === 0) {
          setText(row.rate, 'of the sessions');
        }
        else {
          const previous = rows[row.i - 1].stage;
          const before = sums[previous.field] || 0;
          setText(row.rate, `${fmt.rate(n, before)} of ${previous.label.toLowerCase()} · ${fmt.rate(n, viewed)} of viewers`);
        }
      }
    },
  };
}
