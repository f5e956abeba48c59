package dev.kafkaplayground.dashboard.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.dashboard.pipeline.GroupView.Member;
import dev.kafkaplayground.dashboard.pipeline.GroupView.TotalLag;
import dev.kafkaplayground.dashboard.pipeline.RebalanceEntry.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class RebalanceTimelineTests {

	private static final Instant T0 = Instant.parse("2026-12-02T12:00:00Z");

	private static final Instant T1 = T0.plusSeconds(2);

	private static final Instant T2 = T0.plusSeconds(4);

	private final RebalanceTimeline timeline = new RebalanceTimeline();

	@Test
	void shouldTakeTheFirstPollAsTheBaseline() {
		this.timeline.record(group("STABLE", member("m1", "processor-1", 0, 1, 2)), T0);

		assertThat(this.timeline.entries()).isEmpty();
	}

	@Test
	void shouldTellAJoinTheMovesItCausedAndTheStateChangesNewestFirst() {
		this.timeline.record(group("STABLE", member("m1", "processor-1", 0, 1, 2, 3)), T0);
		this.timeline.record(
				group("PREPARING_REBALANCE", member("m1", "processor-1", 0, 1, 2, 3), member("m2", "processor-2")), T1);
		this.timeline.record(group("STABLE", member("m1", "processor-1", 0, 1), member("m2", "processor-2", 2, 3)), T2);

		assertThat(this.timeline.entries()).extracting(RebalanceEntry::kind)
			.containsExactly(Kind.MOVED, Kind.STATE, Kind.JOINED, Kind.STATE);
		RebalanceEntry moved = this.timeline.entries().get(0);
		assertThat(moved.at()).isEqualTo(T2);
		assertThat(moved.from()).isEqualTo("processor-1");
		assertThat(moved.to()).isEqualTo("processor-2");
		assertThat(moved.instanceId()).isEqualTo("processor-2");
		assertThat(moved.memberId()).isEqualTo("m2");
		assertThat(moved.partitions()).isEqualTo(Map.of("store.purchases", List.of(2, 3)));
		assertThat(moved.detail()).isEqualTo("2 partitions moved from processor-1 to processor-2");
		RebalanceEntry joined = this.timeline.entries().get(2);
		assertThat(joined.at()).isEqualTo(T1);
		assertThat(joined.instanceId()).isEqualTo("processor-2");
		assertThat(joined.detail()).isEqualTo("processor-2 joined with 0 partitions");
		assertThat(this.timeline.entries().get(3).detail()).isEqualTo("group state STABLE → PREPARING_REBALANCE");
		assertThat(this.timeline.entries().get(1).detail()).isEqualTo("group state PREPARING_REBALANCE → STABLE");
	}

	@Test
	void shouldTellALeaveAndMovesFromTheLastOwnerEvenPollsLater() {
		this.timeline.record(group("STABLE", member("m1", "processor-1", 0, 1), member("m2", "processor-2", 2)), T0);
		// the leaver's partitions have no owner for a poll ...
		this.timeline.record(group("STABLE", member("m1", "processor-1", 0, 1)), T1);
		// ... then one gets them
		this.timeline.record(group("STABLE", member("m1", "processor-1", 0, 1, 2)), T2);

		assertThat(this.timeline.entries()).extracting(RebalanceEntry::kind).containsExactly(Kind.MOVED, Kind.LEFT);
		RebalanceEntry left = this.timeline.entries().get(1);
		assertThat(left.instanceId()).isEqualTo("processor-2");
		assertThat(left.partitions()).isEqualTo(Map.of("store.purchases", List.of(2)));
		assertThat(left.detail()).isEqualTo("processor-2 left; it had 1 partition");
		RebalanceEntry moved = this.timeline.entries().get(0);
		assertThat(moved.from()).isEqualTo("processor-2");
		assertThat(moved.to()).isEqualTo("processor-1");
	}

	@Test
	void shouldTellPartitionsBackWithARestartedInstanceAsReturnedNotMovedToItself() {
		this.timeline.record(group("STABLE", member("m1", "processor-1", 0, 1, 2)), T0);
		// stopped: its member left; started again: a new member of the same instance ...
		this.timeline.record(group("STABLE", member("m2", "processor-1")), T1);
		// ... that gets its partitions back a poll later
		this.timeline.record(group("STABLE", member("m2", "processor-1", 0, 1, 2)), T2);

		assertThat(this.timeline.entries()).extracting(RebalanceEntry::kind)
			.containsExactly(Kind.RETURNED, Kind.JOINED, Kind.LEFT);
		RebalanceEntry returned = this.timeline.entries().get(0);
		assertThat(returned.detail()).isEqualTo("3 partitions returned to processor-1");
		assertThat(returned.instanceId()).isEqualTo("processor-1");
		assertThat(returned.memberId()).isEqualTo("m2");
		assertThat(returned.partitions()).isEqualTo(Map.of("store.purchases", List.of(0, 1, 2)));
		assertThat(returned.from()).isNull();
		assertThat(returned.to()).isNull();
	}

	@Test
	void shouldTellARestartSeenInOnePollAsALeaveAJoinAndPartitionsReturned() {
		this.timeline.record(group("STABLE", member("m1", "processor-1", 0, 1), member("m2", "processor-2", 2)), T0);
		this.timeline.record(group("STABLE", member("m3", "processor-1", 0, 1), member("m2", "processor-2", 2)), T1);

		assertThat(this.timeline.entries()).extracting(RebalanceEntry::detail)
			.containsExactly("2 partitions returned to processor-1", "processor-1 joined with 2 partitions",
					"processor-1 left; it had 2 partitions");
	}

	@Test
	void shouldNameAMemberOfNoKnownInstanceByItsMemberId() {
		this.timeline.record(group("STABLE", member("m1", null, 0, 1)), T0);
		this.timeline.record(group("STABLE", member("m2", null, 0, 1)), T1);

		assertThat(this.timeline.entries()).extracting(RebalanceEntry::detail)
			.containsExactly("2 partitions moved from m1 to m2", "m2 joined with 2 partitions",
					"m1 left; it had 2 partitions");
		assertThat(this.timeline.entries().get(0).instanceId()).isNull();
	}

	@Test
	void shouldTellAGroupThatAppearsOrGoes() {
		this.timeline.record(null, T0);
		this.timeline.record(group("STABLE", member("m1", "processor-1", 0)), T1);
		this.timeline.record(null, T2);

		assertThat(this.timeline.entries()).extracting(RebalanceEntry::detail)
			.containsExactly("processor-1 left; it had 1 partition", "group state STABLE → (no group)",
					"processor-1 joined with 1 partition", "group state (no group) → STABLE");
	}

	@Test
	void shouldRecordNothingWhenNothingChanged() {
		GroupView group = group("STABLE", member("m1", "processor-1", 0, 1));
		this.timeline.record(group, T0);
		this.timeline.record(group, T1);

		assertThat(this.timeline.entries()).isEmpty();
	}

	@Test
	void shouldKeepTheNewestFiftyEntries() {
		this.timeline.record(null, T0);
		for (int i = 1; i <= 30; i++) {
			this.timeline.record(group("STABLE", member("m" + i, null, 0)), T0.plusSeconds(i));
			this.timeline.record(null, T0.plusSeconds(i).plusMillis(500));
		}

		List<RebalanceEntry> entries = this.timeline.entries();
		assertThat(entries).hasSize(RebalanceTimeline.MAX_ENTRIES);
		assertThat(entries.get(0).at()).isEqualTo(T0.plusSeconds(30).plusMillis(500));
		assertThat(entries).extracting(RebalanceEntry::at).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	static GroupView group(String state, Member... members) {
		return new GroupView("analytics-processor", state, List.of(members), List.of(), new TotalLag(0, null));
	}

	static Member member(String memberId, String instanceId, Integer... purchases) {
		Map<String, List<Integer>> partitions = (purchases.length == 0) ? Map.of()
				: Map.of("store.purchases", List.of(purchases));
		return new Member(memberId, memberId + "-client", "/127.0.0.1", instanceId, partitions);
	}

}
