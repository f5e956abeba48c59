// The processor instances as cards: state, host, tasks, the partitions each owns and its lag
// in messages and seconds (the group's lag of those partitions), what it processed and
// dropped. Part of the pipeline panel.

import { el } from '../dom.js';
import { array, count, fmt, instant, object } from '../format.js';

export function renderInstances(container, statuses, group) {
  if (statuses.length === 0) {
    container.replaceChildren(el('p', { className: 'empty', text: 'No processor instance is reporting. Start one (./scripts/run-local.sh starts them).' }));
    return;
  }
  container.replaceChildren(...statuses.map((status) => card(status, group)));
}

function card(status, group) {
  // the group's assignment once polled (one member per stream thread); the instance's own
  // report until then
  const members = group ? array(group.members).map(object).filter((m) => m.instanceId === status.instanceId) : [];
  const partitions = members.length > 0 ? merged(members.map((m) => object(m.partitions))) : object(status.partitions);
  const lag = lagOf(partitions, group);
  const updated = instant(status.updatedAt);
  return el('article', { className: 'card instance', dataset: { instance: String(status.instanceId), state: String(status.state) } },
    el('header', { className: 'card-header' },
      el('h4', { className: 'instance-id', text: status.instanceId }),
      el('span', { className: `badge state-${String(status.state).toLowerCase()}`, text: status.state })),
    el('p', { className: 'muted', text: `${status.host ?? '?'}:${status.port ?? '?'} · tasks ${array(status.activeTasks).join(', ') || 'none'}${array(status.standbyTasks).length ? ` · standby ${array(status.standbyTasks).join(', ')}` : ''}` }),
    el('dl', { className: 'facts' },
      fact('Lag', lag === null ? 'unknown' : `${fmt.int(lag.messages)} msgs · ${lag.seconds === null ? '? s' : `${fmt.dec(lag.seconds)} s`}`),
      fact('Processed', fmt.int(count(status.processed))),
      fact('Dead-lettered', fmt.int(count(status.deadLettered))),
      fact('Dropped late', fmt.int(count(status.lateDropped))),
      fact('Reported', updated === null ? '?' : `${fmt.time(updated)}`)),
    el('div', { className: 'partitions' }, ...partitionLines(partitions)));
}

function merged(assignments) {
  const all = {};
  for (const assignment of assignments) {
    for (const [topic, numbers] of Object.entries(assignment)) {
      all[topic] = [...(all[topic] || []), ...array(numbers)];
    }
  }
  return all;
}

function fact(label, value) {
  return el('div', { className: 'fact' }, el('dt', { text: label }), el('dd', { text: value }));
}

// topics owning the same partition numbers on one line: the five store topics share theirs
function partitionLines(partitions) {
  const byList = new Map();
  for (const [topic, numbers] of Object.entries(partitions)) {
    const key = array(numbers).map(Number).sort((a, b) => a - b).join(', ');
    byList.set(key, [...(byList.get(key) || []), topic]);
  }
  if (byList.size === 0) {
    return [el('p', { className: 'muted', text: 'no partitions assigned' })];
  }
  return [...byList.entries()].map(([numbers, topics]) => el('p', { className: 'partition-line' },
    el('span', { className: 'partition-numbers', text: `partitions ${numbers || 'none'}` }),
    el('span', { className: 'partition-topics', text: topics.sort().join(', ') })));
}

/** Sum of messages and max of seconds over the instance's partitions; null if not polled. */
function lagOf(partitions, group) {
  if (!group || !Array.isArray(group.lag)) {
    return null;
  }
  let messages = 0;
  let seconds = 0;
  let unknown = false;
  for (const entry of group.lag.map(object)) {
    if (array(partitions[entry.topic]).map(Number).includes(Number(entry.partition))) {
      messages += count(entry.messages);
      if (entry.seconds === null || entry.seconds === undefined) {
        unknown = unknown || count(entry.messages) > 0;
      }
      else {
        seconds = Math.max(seconds, Number(entry.seconds));
      }
    }
  }
  return { messages, seconds: unknown ? null : seconds };
}
