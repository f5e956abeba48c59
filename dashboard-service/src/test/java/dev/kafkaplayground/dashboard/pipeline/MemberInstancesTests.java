package dev.kafkaplayground.dashboard.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.dashboard.pipeline.GroupView.Member;
import dev.kafkaplayground.events.status.ProcessorStatus;

import static org.assertj.core.api.Assertions.assertThat;

class MemberInstancesTests {

	private static final ProcessorStatus ONE = status("processor-1", 0, 1, 2);

	private static final ProcessorStatus TWO = status("processor-2", 3, 4, 5);

	@Test
	void shouldNameAStreamThreadsConsumerAfterTheInstanceItsClientIdStartsWith() {
		Member member = member("processor-2-StreamThread-1-consumer", 0, 1);

		assertThat(MemberInstances.instanceOf(member, List.of(ONE, TWO))).isEqualTo("processor-2");
	}

	@Test
	void shouldNotTakeAnInstanceIdThatIsOnlyAPrefixOfAnother() {
		ProcessorStatus eleven = status("processor-11");
		Member member = member("processor-11-StreamThread-1-consumer");

		assertThat(MemberInstances.instanceOf(member, List.of(ONE, eleven))).isEqualTo("processor-11");
	}

	@Test
	void shouldOtherwiseNameAMemberAfterTheInstanceListingMostOfItsPartitions() {
		Member member = member("analytics-processor-0c1f-StreamThread-1-consumer", 2, 3, 4);

		assertThat(MemberInstances.instanceOf(member, List.of(ONE, TWO))).isEqualTo("processor-2");
	}

	@Test
	void shouldNameNoInstanceWhenTwoListAsManyOfItsPartitions() {
		Member member = member("other", 2, 3);

		assertThat(MemberInstances.instanceOf(member, List.of(ONE, TWO))).isNull();
	}

	@Test
	void shouldNameNoInstanceForAMemberWithoutPartitionsOrStatus() {
		assertThat(MemberInstances.instanceOf(member("other"), List.of(ONE, TWO))).isNull();
		assertThat(MemberInstances.instanceOf(member("other", 0), List.of())).isNull();
	}

	private static Member member(String clientId, Integer... purchases) {
		return new Member("member-" + clientId, clientId, "/127.0.0.1", null,
				Map.of("store.purchases", List.of(purchases)));
	}

	private static ProcessorStatus status(String instanceId, Integer... purchases) {
		return new ProcessorStatus(instanceId, "RUNNING", "host", 8082, List.of(), List.of(),
				Map.of("store.purchases", List.of(purchases)), 0, 0, 0, null, Instant.now());
	}

}
