package dev.kafkaplayground.dashboard.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.kafka.common.TopicPartition;

import dev.kafkaplayground.dashboard.pipeline.GroupView.Member;
import dev.kafkaplayground.dashboard.pipeline.RebalanceEntry.Kind;

/**
 * The rebalance timeline: each poll's group compared with the one before. A member that
 * is new joined, one that is missing left, a partition whose owner differs from its last
 * known owner moved (from that owner, even if it had no owner for some polls in between),
 * and a different group state is a state change. Owners are told apart by instance where
 * both instances are known: a restarted instance comes back as a new member, and the
 * partitions it gets back returned to it rather than moved from it to itself. The first
 * poll is the baseline: what was there before the dashboard started is not news. Newest
 * first, at most {@value #MAX_ENTRIES} entries. Not thread-safe: the poller's one thread
 * calls it.
 */
final class RebalanceTimeline {

	static final int MAX_ENTRIES = 50;

	private final LinkedList<RebalanceEntry> entries = new LinkedList<>();

	private final Map<TopicPartition, Member> lastOwners = new HashMap<>();

	private boolean started;

	private GroupView previous;

	/** Compares {@code current} (null: no group) with the previous poll's group. */
	void record(GroupView current, Instant at) {
		if (this.started) {
			List<RebalanceEntry> found = new ArrayList<>();
			stateChange(this.previous, current, at).ifPresent(found::add);
			found.addAll(membership(this.previous, current, at));
			found.addAll(moves(current, at));
			found.forEach(this.entries::addFirst);
			while (this.entries.size() > MAX_ENTRIES) {
				this.entries.removeLast();
			}
		}
		members(current).forEach((member) -> Partitions.flat(member.partitions())
			.forEach((partition) -> this.lastOwners.put(partition, member)));
		this.previous = current;
		this.started = true;
	}

	/** Newest first. */
	List<RebalanceEntry> entries() {
		return List.copyOf(this.entries);
	}

	private static Optional<RebalanceEntry> stateChange(GroupView before, GroupView after, Instant at) {
		String from = (before != null) ? before.state() : null;
		String to = (after != null) ? after.state() : null;
		if (Objects.equals(from, to)) {
			return Optional.empty();
		}
		return Optional.of(new RebalanceEntry(at, Kind.STATE, null, null, Map.of(), null, null,
				"group state " + orAbsent(from) + " → " + orAbsent(to)));
	}

	private static List<RebalanceEntry> membership(GroupView before, GroupView after, Instant at) {
		Map<String, Member> old = byId(before);
		Map<String, Member> now = byId(after);
		List<RebalanceEntry> found = new ArrayList<>();
		old.values().stream().filter((member) -> !now.containsKey(member.memberId())).forEach((member) -> {
			int count = Partitions.count(member.partitions());
			found.add(new RebalanceEntry(at, Kind.LEFT, member.instanceId(), member.memberId(), member.partitions(),
					null, null, label(member) + " left; it had " + partitions(count)));
		});
		now.values().stream().filter((member) -> !old.containsKey(member.memberId())).forEach((member) -> {
			int count = Partitions.count(member.partitions());
			found.add(new RebalanceEntry(at, Kind.JOINED, member.instanceId(), member.memberId(), member.partitions(),
					null, null, label(member) + " joined with " + partitions(count)));
		});
		return found;
	}

	private List<RebalanceEntry> moves(GroupView current, Instant at) {
		// by new owner, then by previous owner's name
		Map<String, Map<String, List<TopicPartition>>> moved = new LinkedHashMap<>();
		Map<String, Member> owners = new HashMap<>();
		for (Member member : members(current)) {
			owners.put(member.memberId(), member);
			for (TopicPartition partition : Partitions.flat(member.partitions())) {
				Member last = this.lastOwners.get(partition);
				if (last != null && !last.memberId().equals(member.memberId())) {
					moved.computeIfAbsent(member.memberId(), (id) -> new LinkedHashMap<>())
						.computeIfAbsent(label(last), (name) -> new ArrayList<>())
						.add(partition);
				}
			}
		}
		List<RebalanceEntry> found = new ArrayList<>();
		moved.forEach((memberId, byFrom) -> byFrom
			.forEach((from, partitions) -> found.add(move(owners.get(memberId), from, partitions, at))));
		return found;
	}

	// A new member of the instance that had the partitions means that the instance
	// restarted (or, with several stream threads, that another thread of it took
	// them over): nothing moved from one instance to another.
	private static RebalanceEntry move(Member to, String from, List<TopicPartition> partitions, Instant at) {
		String count = partitions(partitions.size());
		if (to.instanceId() != null && to.instanceId().equals(from)) {
			return new RebalanceEntry(at, Kind.RETURNED, to.instanceId(), to.memberId(), Partitions.byTopic(partitions),
					null, null, count + " returned to " + from);
		}
		return new RebalanceEntry(at, Kind.MOVED, to.instanceId(), to.memberId(), Partitions.byTopic(partitions), from,
				label(to), count + " moved from " + from + " to " + label(to));
	}

	private static Map<String, Member> byId(GroupView group) {
		Map<String, Member> byId = new LinkedHashMap<>();
		members(group).forEach((member) -> byId.put(member.memberId(), member));
		return byId;
	}

	private static List<Member> members(GroupView group) {
		return (group != null) ? group.members() : List.of();
	}

	/** The instance id where known, the member id otherwise. */
	private static String label(Member member) {
		return (member.instanceId() != null) ? member.instanceId() : member.memberId();
	}

	private static String partitions(int count) {
		return count + ((count == 1) ? " partition" : " partitions");
	}

	private static String orAbsent(String state) {
		return (state != null) ? state : "(no group)";
	}

}
