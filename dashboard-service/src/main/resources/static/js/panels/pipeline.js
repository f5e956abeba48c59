// The pipeline panel: Kafka at work. Reads the /api/pipeline object (SSE pipeline events,
// after every poll of the cluster) and the instances' status records (SSE status events):
// totals here, instance cards, topics and the rebalance timeline in the modules below. Any
// field may be absent (a dashboard that has not polled yet): it shows as unknown.

import { byId, figure, setText } from '../dom.js';
import { array, count, fmt, instant, object } from '../format.js';
import { renderInstances } from './pipeline-instances.js';
import { renderRebalances } from './pipeline-rebalances.js';
import { renderTopics } from './pipeline-topics.js';

export function pipelinePanel(store) {
  const note = byId('pipeline-note');
  const groupState = byId('group-state');
  const figures = byId('pipeline-figures');
  const instances = figure(figures, 'Processor instances', 'instances');
  const lag = figure(figures, 'Consumer lag', 'lag');
  const deadLettered = figure(figures, 'Dead-lettered', 'dead-lettered');
  const lateDropped = figure(figures, 'Dropped as late', 'late-dropped');

  const updateAge = () => {
    const pipeline = object(store.pipeline);
    const polledAt = instant(pipeline.polledAt);
    const error = typeof pipeline.pollError === 'string' ? ` · last poll failed: ${pipeline.pollError}` : '';
    setText(note, (polledAt === null ? 'waiting for the first look at the cluster (Admin client)'
      : `cluster polled ${fmt.age(Date.now() - polledAt)} ago`) + error);
    note.dataset.pollError = String(error !== '');
  };

  return {
    uses: ['pipeline', 'instances'],
    render() {
      const pipeline = object(store.pipeline);
      const polled = instant(pipeline.polledAt) !== null;
      const group = polled && pipeline.group !== null && pipeline.group !== undefined ? object(pipeline.group) : null;
      const statuses = [...store.instances.values()].sort((a, b) => String(a.instanceId).localeCompare(String(b.instanceId)));
      updateAge();
      setText(groupState, group ? `· group ${group.groupId ?? ''} ${group.state ?? ''} · ${array(group.members).length} members`
        : polled ? '· the processor group does not exist yet' : '');
      setText(instances.value, fmt.int(statuses.length));
      setText(instances.detail, statuses.length === 0 ? 'none reporting on analytics.processor-status' : statuses.map((status) => status.state).join(' · '));
      const total = group ? object(group.totalLag) : {};
      setText(lag.value, group && total.messages !== undefined ? `${fmt.int(count(total.messages))} msgs` : '–');
      setText(lag.detail, !group ? 'unknown until the group is polled'
        : total.seconds === null || total.seconds === undefined ? 'age unknown' : `oldest unread ${fmt.dec(Number(total.seconds))} s old`);
      const fallback = (field) => statuses.reduce((sum, status) => sum + count(status[field]), 0);
      setText(deadLettered.value, fmt.int(polled ? count(pipeline.deadLettered) : fallback('deadLettered')));
      setText(deadLettered.detail, polled ? 'records on analytics.dlq' : 'reported by the instances listed');
      setText(lateDropped.value, fmt.int(pipeline.lateDropped !== undefined ? count(pipeline.lateDropped) : fallback('lateDropped')));
      setText(lateDropped.detail, 'reported by the instances listed');
      renderInstances(byId('instances'), statuses, group);
      renderTopics(byId('topics-body'), array(pipeline.topics), group, !polled);
      renderRebalances(byId('rebalances'), array(pipeline.rebalances), statuses, !polled);
    },
    tick: updateAge,
  };
}
