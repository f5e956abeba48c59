package dev.kafkaplayground.processor.session;

import java.nio.ByteBuffer;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

/**
 * The index of when to look at each session next, here on an in-memory store standing in
 * for RocksDB: due sessions come out once, in time order, and each range starts where the
 * last one ended, never at the start of the key space, where RocksDB keeps the entries
 * taken out as tombstones until a compaction.
 */
class SessionExpiriesTests {

	private final KeyValueStore<Bytes, byte[]> index = spy(Stores.inMemoryKeyValueStore("expiries").get());

	private SessionExpiries expiries;

	@BeforeEach
	void init() {
		this.index.init(new MockProcessorContext<>().getStateStoreContext(), this.index);
		this.expiries = new SessionExpiries(this.index);
	}

	@Test
	void shouldTakeTheDueSessionsOnceInTimeOrder() {
		this.expiries.schedule("s-late", 3_000);
		this.expiries.schedule("s-early", 1_000);
		this.expiries.schedule("s-middle", 2_000);

		assertThat(this.expiries.takeDue(999)).isEmpty();
		assertThat(this.expiries.takeDue(2_000)).containsExactly("s-early", "s-middle");
		assertThat(this.expiries.takeDue(2_500)).isEmpty();
		assertThat(this.expiries.takeDue(3_000)).containsExactly("s-late");
		assertThat(this.index.approximateNumEntries()).isZero();
	}

	@Test
	void shouldStartEachRangeWhereTheLastOneEnded() {
		this.expiries.schedule("s-1", 1_000);
		this.expiries.schedule("s-2", 5_000);
		this.expiries.takeDue(1_000);

		this.expiries.takeDue(5_000);

		verify(this.index).range(argThat((from) -> from != null && timeOf(from) == 1_001), any());
	}

	@Test
	void shouldStillFindASessionScheduledBeforeTheLastRange() {
		this.expiries.schedule("s-1", 1_000);
		this.expiries.takeDue(10_000);

		// an event that was held up: its session is due before the last look
		this.expiries.schedule("s-held-up", 4_000);

		assertThat(this.expiries.takeDue(10_100)).containsExactly("s-held-up");
	}

	private static long timeOf(Bytes key) {
		return ByteBuffer.wrap(key.get()).getLong();
	}

}
