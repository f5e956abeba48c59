// The range (5, 15 or 60 minutes) over which the funnel, trending games, cart abandonment
// and search effectiveness are summed.

import { byId, el } from './dom.js';
import { RANGES } from './store.js';

export function rangeChooser(store) {
  const group = byId('range');
  const buttons = RANGES.map((minutes) => {
    const button = el('button', { text: `${minutes} min`, attrs: { type: 'button', role: 'radio', 'aria-checked': minutes === store.range }, dataset: { range: minutes } });
    button.addEventListener('click', () => {
      store.setRange(minutes);
      buttons.forEach((other) => other.setAttribute('aria-checked', String(other === button)));
    });
    return button;
  });
  group.replaceChildren(...buttons);
}
