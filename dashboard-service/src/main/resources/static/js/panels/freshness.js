// Connection state (live / reconnecting) and data freshness: the age of the newest window,
// from its updatedAt (when the processor last published it). In the page's header.

import { byId, setText } from '../dom.js';
import { fmt } from '../format.js';

const STALE_MS = 2 * 60_000;

export function freshnessPanel(store) {
  const connection = byId('connection');
  const text = byId('connection-text');
  const detail = byId('connection-detail');
  const freshness = byId('freshness');
  const value = byId('freshness-value');
  const empty = byId('empty-notice');
  const base = document.title;

  const update = () => {
    const state = store.connection.state;
    connection.dataset.state = state;
    setText(text, { live: 'Live', reconnecting: 'Reconnecting…', connecting: 'Connecting…' }[state] ?? state);
    setText(detail, state === 'live' ? `last message ${fmt.age(Date.now() - store.connection.lastMessageAt)} ago` : '');
    const newest = store.newest();
    const age = newest && newest.updated ? Date.now() - newest.updated : null;
    freshness.dataset.state = age === null ? 'none' : age > STALE_MS ? 'stale' : 'fresh';
    setText(value, age === null ? 'none yet' : `${fmt.minute(newest.start)} · updated ${fmt.age(age)} ago`);
    empty.hidden = !(state === 'live' && store.windows.size === 0);
    document.title = newest ? `${fmt.cents(Number(newest.raw.revenueCents) || 0)} this minute · ${base}` : base;
  };

  return { uses: ['connection', 'windows'], render: update, tick: update };
}
