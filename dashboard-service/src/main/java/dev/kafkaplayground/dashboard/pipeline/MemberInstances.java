package dev.kafkaplayground.dashboard.pipeline;

import java.util.List;
import java.util.Set;

import org.apache.kafka.common.TopicPartition;

import dev.kafkaplayground.dashboard.pipeline.GroupView.Member;
import dev.kafkaplayground.events.status.ProcessorStatus;

/**
 * Which processor instance each group member belongs to. Kafka Streams names the consumer
 * of each stream thread {@code <client.id>-StreamThread-<n>-consumer}, and the processor
 * sets its {@code client.id} to its instance id: a member whose client id starts with
 * {@code <instanceId>-StreamThread-} is that instance's. Otherwise (a processor started
 * with a client id of its own) the member belongs to the one instance whose status record
 * lists the most of its partitions, if there is exactly one; status records follow a
 * rebalance a few seconds late, so this guess can be briefly wrong.
 */
final class MemberInstances {

	private static final String STREAM_THREAD = "-StreamThread-";

	private MemberInstances() {
	}

	static List<Member> name(List<Member> members, List<ProcessorStatus> instances) {
		return members.stream().map((member) -> member.withInstanceId(instanceOf(member, instances))).toList();
	}

	static String instanceOf(Member member, List<ProcessorStatus> instances) {
		String clientId = member.clientId();
		for (ProcessorStatus instance : instances) {
			if (clientId != null && clientId.startsWith(instance.instanceId() + STREAM_THREAD)) {
				return instance.instanceId();
			}
		}
		return byPartitions(Partitions.flat(member.partitions()), instances);
	}

	private static String byPartitions(Set<TopicPartition> owned, List<ProcessorStatus> instances) {
		String best = null;
		long bestOverlap = 0;
		boolean tie = false;
		for (ProcessorStatus instance : instances) {
			long overlap = Partitions.flat(instance.partitions()).stream().filter(owned::contains).count();
			if (overlap > bestOverlap) {
				best = instance.instanceId();
				bestOverlap = overlap;
				tie = false;
			}
			else if (overlap > 0 && overlap == bestOverlap) {
				tie = true;
			}
		}
		return tie ? null : best;
	}

}
