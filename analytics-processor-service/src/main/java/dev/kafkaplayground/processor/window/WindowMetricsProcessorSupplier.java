package dev.kafkaplayground.processor.window;

import java.util.Set;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import dev.kafkaplayground.events.json.PlaygroundSerdes;
import dev.kafkaplayground.events.metrics.WindowMetrics;
import dev.kafkaplayground.processor.figures.Tally;

/**
 * Creates a {@link WindowMetricsProcessor} per task and declares its stores, so they are
 * connected wherever the processor is added: the windows stage, behind the shuffle.
 */
public final class WindowMetricsProcessorSupplier implements ProcessorSupplier<String, Tally, String, WindowMetrics> {

	private final WindowSettings settings;

	public WindowMetricsProcessorSupplier(WindowSettings settings) {
		this.settings = settings;
	}

	@Override
	public Processor<String, Tally, String, WindowMetrics> get() {
		return new WindowMetricsProcessor(new MinuteWindows(this.settings.grace()), this.settings.emitInterval(),
				this.settings.stalledTaskTimeout(), this.settings.inputTasks());
	}

	@Override
	public Set<StoreBuilder<?>> stores() {
		return Set.of(storeBuilder(), clockStoreBuilder());
	}

	/** How far each input task has got, and how far windows are closed. */
	static StoreBuilder<KeyValueStore<String, Long>> clockStoreBuilder() {
		return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(WindowMetricsProcessor.CLOCK_STORE),
				Serdes.String(), Serdes.Long());
	}

	/**
	 * In memory: it only ever holds the few windows within grace of stream time, and its
	 * changelog restores it quickly. Caching folds the many puts between two commits into
	 * one changelog record per window.
	 */
	static StoreBuilder<KeyValueStore<Long, WindowState>> storeBuilder() {
		return Stores
			.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(WindowMetricsProcessor.STORE), Serdes.Long(),
					PlaygroundSerdes.jsonSerde(WindowState.class))
			.withCachingEnabled();
	}

}
