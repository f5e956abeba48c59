package dev.kafkaplayground.labs.revenue;

import java.time.Duration;
import java.util.function.Consumer;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Suppressed;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.WindowStore;

import dev.kafkaplayground.events.json.EventTime;
import dev.kafkaplayground.events.topics.Topics;

/**
 * Revenue per event-time minute, the simple way: every valid purchase under one key, in
 * one-minute windows with the processor's 30 s grace, summed, and only the final figures
 * of each window let through once it has closed. One key means one partition does all the
 * counting after the repartition: simple and exact, and the reason the analytics
 * processor pre-aggregates per task instead.
 */
public final class RevenueTopology {

	public static final String APPLICATION_ID = "lab-revenue-per-minute";

	public static final String OUTPUT_TOPIC = "lab.revenue-per-minute";

	public static final String STORE = "revenue-per-minute-store";

	static final Duration WINDOW = Duration.ofMinutes(1);

	static final Duration GRACE = Duration.ofSeconds(30);

	/** The one key all purchases are grouped under. */
	private static final String ALL_PURCHASES = "all";

	private RevenueTopology() {
	}

	/**
	 * Adds the topology to the builder.
	 * @param start where to start reading purchases when the job has no committed offset
	 * yet
	 * @param onFinal told each final window as it is written (the program prints it); a
	 * side effect outside the transaction, so after a crash a minute may be told twice,
	 * though written once
	 */
	public static void build(StreamsBuilder builder, AutoOffsetReset start, Consumer<RevenueWindow> onFinal) {
		builder.stream(Topics.PURCHASES,
				Consumed.with(Serdes.String(), Serdes.ByteArray()).withOffsetResetPolicy(start).withName("purchases"))
			.processValues(PurchaseTotals::new, Named.as("purchase-totals"))
			.groupBy((sessionId, totalCents) -> ALL_PURCHASES,
					Grouped.with("all-purchases", Serdes.String(), Serdes.Long()))
			.windowedBy(TimeWindows.ofSizeAndGrace(WINDOW, GRACE))
			.aggregate(() -> MinuteRevenue.NONE, (key, totalCents, revenue) -> revenue.add(totalCents),
					Named.as("sum-revenue"),
					Materialized.<String, MinuteRevenue, WindowStore<Bytes, byte[]>>as(STORE)
						.withKeySerde(Serdes.String())
						.withValueSerde(MinuteRevenue.serde()))
			.suppress(Suppressed.untilWindowCloses(Suppressed.BufferConfig.unbounded()).withName("until-window-closes"))
			.toStream(Named.as("final-windows"))
			.map((window, revenue) -> KeyValue.pair(EventTime.format(window.window().startTime()),
					RevenueWindow.of(window.window(), revenue)), Named.as("revenue-window"))
			.peek((windowStart, window) -> onFinal.accept(window), Named.as("print"))
			.to(OUTPUT_TOPIC, Produced.with(Serdes.String(), RevenueWindow.serde()).withName("revenue-sink"));
	}

}
