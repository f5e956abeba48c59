package dev.kafkaplayground.tools.exactlyonce;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.node.ObjectNode;

import dev.kafkaplayground.events.json.EventJson;
import dev.kafkaplayground.events.metrics.Funnel;
import dev.kafkaplayground.events.metrics.GameActivity;
import dev.kafkaplayground.events.truth.MinuteTruth;

/**
 * Hand-built ground truth and metrics records. Windows are written as the JSON the
 * processor publishes (the truth's shared fields, {@code updatedAt} and a {@code late}
 * section), so the tests read them as the tool does.
 */
final class Records {

	static final Instant MINUTE = Instant.parse("2026-12-02T10:00:00Z");

	private Records() {
	}

	/** A final truth of the minute {@code index} minutes after {@link #MINUTE}. */
	static MinuteTruth truth(int index, long late) {
		return truth(MINUTE.plusSeconds(60L * index), late);
	}

	/** A final truth of the minute that starts at {@code start}. */
	static MinuteTruth truth(Instant start, long late) {
		Map<String, Long> events = new LinkedHashMap<>();
		events.put("game_page_viewed", 100L);
		events.put("wishlist_action", 10L);
		events.put("cart_action", 20L);
		events.put("purchase", 4L);
		events.put("search_performed", 30L);
		Map<String, GameActivity> games = Map.of("g-001", new GameActivity(60, 6, 12, 3, 5997), "g-002",
				new GameActivity(40, 4, 8, 2, 3998));
		return new MinuteTruth(start, start.plusSeconds(60), true, events, 9995, 4, games, new Funnel(50, 8, 15, 4),
				late, 0, 0);
	}

	/** The processor's record of the truth's minute with the same figures. */
	static ComputedWindow window(MinuteTruth truth, boolean isFinal) {
		return window(truth, isFinal, (json) -> {
		});
	}

	/** As {@link #window(MinuteTruth, boolean)}, changed by {@code edit}. */
	static ComputedWindow window(MinuteTruth truth, boolean isFinal, Consumer<ObjectNode> edit) {
		return ComputedWindow.parse(windowJson(truth, isFinal, edit));
	}

	/** The JSON of {@link #window(MinuteTruth, boolean, Consumer)}, as on the topic. */
	static byte[] windowJson(MinuteTruth truth, boolean isFinal, Consumer<ObjectNode> edit) {
		ObjectNode json = EventJson.mapper().valueToTree(truth);
		json.put("final", isFinal);
		json.put("updatedAt", truth.windowEnd().plusSeconds(31).toString());
		json.remove("duplicates");
		json.remove("poisonPills");
		json.remove("late");
		edit.accept(json);
		return json.toString().getBytes(StandardCharsets.UTF_8);
	}

	static Consumer<ObjectNode> lateDropped(long dropped) {
		return (json) -> json.putObject("late").put("dropped", dropped);
	}

	/**
	 * Published {@code seconds} later than the processor publishes the first final
	 * record.
	 */
	static Consumer<ObjectNode> publishedLater(long seconds) {
		return (json) -> json.put("updatedAt",
				Instant.parse(json.get("updatedAt").asString()).plusSeconds(seconds).toString());
	}

	static Consumer<ObjectNode> events(String type, long count) {
		return (json) -> ((ObjectNode) json.get("events")).put(type, count);
	}

}
