// The playground's topics: role, records, produce rate, and each partition's end offset,
// rate and owning instance. Part of the pipeline panel.

import { el } from '../dom.js';
import { array, count, fmt, object } from '../format.js';

export function renderTopics(body, topics, group, notPolled) {
  if (topics.length === 0) {
    body.replaceChildren(el('tr', { className: 'empty-row' }, el('td', { attrs: { colspan: 5 },
      text: notPolled ? 'waiting for the first poll of the cluster' : 'no topic found' })));
    return;
  }
  const owners = ownersOf(group);
  body.replaceChildren(...topics.map(object).map((topic) => el('tr', { dataset: { topic: String(topic.name) } },
    el('th', { attrs: { scope: 'row' }, text: topic.name }),
    el('td', { text: topic.role ?? '' }),
    el('td', { className: 'num', text: fmt.int(count(topic.endOffset)) }),
    el('td', { className: 'num', text: rate(topic.ratePerSecond) }),
    el('td', { className: 'partition-chips' }, ...array(topic.partitions).map(object).map((partition) => el('span', {
      className: 'chip',
      dataset: { partition: String(partition.partition) },
      text: `p${partition.partition} · ${fmt.int(count(partition.endOffset))} · ${rate(partition.ratePerSecond)}${owner(owners, topic.name, partition.partition)}`,
    }))))));
}

function rate(value) {
  return value === null || value === undefined ? '–/s' : `${fmt.dec(Number(value))}/s`;
}

function owner(owners, topic, partition) {
  const who = owners.get(`${topic}/${partition}`);
  return who ? ` · ${who}` : '';
}

/** "topic/partition" -> the instance (or client) of the group member that owns it. */
function ownersOf(group) {
  const owners = new Map();
  for (const member of array(group?.members).map(object)) {
    for (const [topic, partitions] of Object.entries(object(member.partitions))) {
      for (const partition of array(partitions)) {
        owners.set(`${topic}/${partition}`, member.instanceId ?? member.clientId ?? member.memberId);
      }
    }
  }
  return owners;
}
