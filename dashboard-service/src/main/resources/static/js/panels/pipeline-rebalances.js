// The rebalance timeline, newest first: who joined or left, which partitions moved, when.
// Part of the pipeline panel. Until the cluster is polled, each instance's own last
// rebalance (its status record) stands in.

import { el } from '../dom.js';
import { array, fmt, instant, object } from '../format.js';

const SHOWN = 20;

export function renderRebalances(list, rebalances, statuses, notPolled) {
  const items = notPolled ? fromStatuses(statuses) : rebalances.map(object).slice(0, SHOWN);
  if (items.length === 0) {
    list.replaceChildren(el('li', { className: 'empty', text: 'no rebalance seen yet' }));
    return;
  }
  list.replaceChildren(...items.map((item) => {
    const at = instant(item.at);
    return el('li', { className: 'timeline-item', dataset: { kind: String(item.kind ?? '') } },
      el('time', { text: at === null ? '?' : fmt.time(at), attrs: { datetime: String(item.at ?? '') } }),
      el('span', { className: `badge kind-${String(item.kind ?? '').toLowerCase()}`, text: item.kind ?? '' }),
      el('span', { className: 'timeline-detail', text: item.detail ?? describe(item) }));
  }));
}

function describe(item) {
  const partitions = Object.entries(object(item.partitions)).map(([topic, numbers]) => `${topic} ${array(numbers).join(',')}`).join('; ');
  const who = item.instanceId ?? item.memberId ?? '';
  return [who, item.from ? `from ${item.from}` : '', item.to ? `to ${item.to}` : '', partitions].filter(Boolean).join(' · ');
}

function fromStatuses(statuses) {
  return statuses
    .filter((status) => instant(object(status.lastRebalance).at) !== null)
    .map((status) => ({ at: status.lastRebalance.at, kind: 'STATE', detail: `${status.instanceId}: ${summary(status.lastRebalance.from)} → ${summary(status.lastRebalance.to)} (its last rebalance)` }))
    .sort((a, b) => instant(b.at) - instant(a.at));
}

function summary(partitions) {
  const all = Object.values(object(partitions)).flatMap(array);
  return all.length === 0 ? 'no partitions' : `${all.length} partitions`;
}
