package dev.kafkaplayground.processor.session;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.spy;

/**
 * The heap in front of the sessions' RocksDB store, here in front of an in-memory store
 * standing in for RocksDB: reads always see the last write; the store behind hears of a
 * changed session only when it leaves the heap or the store is flushed or closed.
 */
class HotSessionsStoreTests {

	/** Room for two of the entries below (3-byte keys, 10-byte values). */
	private static final long TWO_ENTRIES = 2 * (3 + 10 + HotSessionsStore.ENTRY_OVERHEAD);

	private final KeyValueStore<Bytes, byte[]> cold = Stores.inMemoryKeyValueStore("sessions").get();

	private final HotSessionsStore store = new HotSessionsStore(this.cold, TWO_ENTRIES);

	@BeforeEach
	void init() {
		this.store.init(new MockProcessorContext<>().getStateStoreContext(), this.store);
	}

	@Test
	void shouldReadItsOwnWritesWithoutWritingTheStoreBehind() {
		this.store.put(key("s-1"), value("first....."));
		this.store.put(key("s-1"), value("second...."));

		assertThat(text(this.store.get(key("s-1")))).isEqualTo("second....");
		assertThat(this.cold.get(key("s-1"))).isNull();
	}

	@Test
	void shouldWriteTheLeastRecentlyUsedChangedSessionBehindWhenFull() {
		this.store.put(key("s-1"), value("one......."));
		this.store.put(key("s-2"), value("two......."));
		this.store.get(key("s-1"));
		this.store.put(key("s-3"), value("three....."));

		assertThat(text(this.cold.get(key("s-2")))).as("least recently used").isEqualTo("two.......");
		assertThat(this.cold.get(key("s-1"))).isNull();
		assertThat(this.cold.get(key("s-3"))).isNull();
		assertThat(text(this.store.get(key("s-2")))).as("read back from behind").isEqualTo("two.......");
	}

	@Test
	void shouldNotRewriteASessionReadFromBehindWhenItLeavesUnchanged() {
		this.cold.put(key("s-1"), value("stored...."));
		this.store.get(key("s-1"));
		this.cold.put(key("s-1"), value("elsewhere."));

		this.store.put(key("s-2"), value("two......."));
		this.store.put(key("s-3"), value("three....."));

		assertThat(text(this.cold.get(key("s-1")))).isEqualTo("elsewhere.");
	}

	@Test
	void shouldWriteEveryChangedSessionBehindOnFlushAndKeepServingThem() {
		this.store.put(key("s-1"), value("one......."));
		this.store.put(key("s-2"), value("two......."));

		this.store.flush();

		assertThat(text(this.cold.get(key("s-1")))).isEqualTo("one.......");
		assertThat(text(this.cold.get(key("s-2")))).isEqualTo("two.......");
		assertThat(text(this.store.get(key("s-2")))).isEqualTo("two.......");
	}

	@Test
	void shouldDeleteFromBothAndReturnTheLastValue() {
		this.store.put(key("s-1"), value("one......."));
		this.store.flush();
		this.store.put(key("s-1"), value("one again."));

		assertThat(text(this.store.delete(key("s-1")))).isEqualTo("one again.");
		assertThat(this.store.get(key("s-1"))).isNull();
		assertThat(this.cold.get(key("s-1"))).isNull();
	}

	@Test
	void shouldTreatAPutOfNullAsADelete() {
		this.store.put(key("s-1"), value("one......."));
		this.store.put(key("s-1"), null);

		assertThat(this.store.get(key("s-1"))).isNull();
	}

	@Test
	void shouldShowChangedSessionsToRangeReads() {
		this.store.put(key("s-2"), value("two......."));
		this.cold.put(key("s-1"), value("one......."));

		List<String> keys = new ArrayList<>();
		try (KeyValueIterator<Bytes, byte[]> all = this.store.all()) {
			all.forEachRemaining((entry) -> keys.add(text(entry.key.get())));
		}

		assertThat(keys).containsExactly("s-1", "s-2");
	}

	@Test
	void shouldWriteChangedSessionsBehindBeforeClosingIt() {
		KeyValueStore<Bytes, byte[]> behind = spy(Stores.inMemoryKeyValueStore("closing").get());
		HotSessionsStore closing = new HotSessionsStore(behind, TWO_ENTRIES);
		closing.init(new MockProcessorContext<>().getStateStoreContext(), closing);
		closing.put(key("s-1"), value("one......."));

		closing.close();

		InOrder order = inOrder(behind);
		order.verify(behind)
			.putAll(argThat((entries) -> entries.size() == 1 && "one.......".equals(text(entries.get(0).value))));
		order.verify(behind).close();
	}

	private static Bytes key(String key) {
		return Bytes.wrap(key.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] value(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	private static String text(byte[] bytes) {
		return (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : null;
	}

}
