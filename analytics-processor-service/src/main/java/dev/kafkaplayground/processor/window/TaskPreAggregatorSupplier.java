package dev.kafkaplayground.processor.window;

import java.util.Set;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import dev.kafkaplayground.processor.figures.Tally;

/**
 * Creates a {@link TaskPreAggregator} per input task and declares its store: the
 * pre-aggregation stage, between the sessions and the shuffle to the window task.
 */
public final class TaskPreAggregatorSupplier implements ProcessorSupplier<String, Tally, String, Tally> {

	private final WindowSettings settings;

	public TaskPreAggregatorSupplier(WindowSettings settings) {
		this.settings = settings;
	}

	@Override
	public Processor<String, Tally, String, Tally> get() {
		return new TaskPreAggregator(new MinuteWindows(this.settings.grace()), this.settings.handOverInterval());
	}

	@Override
	public Set<StoreBuilder<?>> stores() {
		return Set.of(storeBuilder());
	}

	/**
	 * In memory and cached: between two commits the many puts of a part fold into one
	 * changelog record, and the store only holds what arrived since the last flush. Its
	 * values are binary ({@link TallySerde}): the cache keeps them serialized, so every
	 * event reads and writes them.
	 */
	static StoreBuilder<KeyValueStore<String, Tally>> storeBuilder() {
		return Stores
			.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(TaskPreAggregator.STORE), Serdes.String(),
					new TallySerde())
			.withCachingEnabled();
	}

}
