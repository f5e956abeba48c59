// Trending games over the chosen range: top 10 by page views and top 10 by purchased items
// (WindowMetrics games, summed), with titles from /api/catalog; an id the catalog lacks
// shows as the id.

import { byId, el, setText } from '../dom.js';
import { fmt } from '../format.js';

const TOP = 10;

export function trendingPanel(store) {
  const viewed = byId('trending-viewed');
  const purchased = byId('trending-purchased');
  const note = byId('trending-note');

  const fill = (list, games, field, detail) => {
    const top = [...games.entries()]
      .filter(([, sums]) => (sums[field] || 0) > 0)
      .sort((a, b) => (b[1][field] || 0) - (a[1][field] || 0) || a[0].localeCompare(b[0]))
      .slice(0, TOP);
    if (top.length === 0) {
      list.replaceChildren(el('li', { className: 'empty', text: 'nothing yet in this range' }));
      return;
    }
    list.replaceChildren(...top.map(([id, sums]) => el('li', { dataset: { game: id } },
      el('span', { className: 'ranking-title', text: store.title(id), title: id }),
      el('span', { className: 'ranking-id', text: id }),
      el('span', { className: 'ranking-value', text: detail(sums) }))));
  };

  return {
    uses: ['windows', 'range', 'catalog'],
    render() {
      const games = store.sumGames();
      setText(note, `top ${TOP} over the last ${store.range} min`);
      fill(viewed, games, 'views', (sums) => `${fmt.int(sums.views)} views`);
      fill(purchased, games, 'purchases', (sums) => `${fmt.int(sums.purchases)} sold · ${fmt.cents(sums.revenueCents || 0)}`);
    },
  };
}
