package dev.kafkaplayground.tools.exactlyonce;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.kafkaplayground.events.metrics.GameActivity;
import dev.kafkaplayground.events.truth.MinuteTruth;

/**
 * Adds up final truth records of one minute. A generator publishes one final record per
 * minute; a second one comes from another generator run that produced events in the same
 * minute (a restart, or a second generator), and its events are counted by the processor
 * too.
 */
final class TruthSum {

	private TruthSum() {
	}

	static MinuteTruth plus(MinuteTruth a, MinuteTruth b) {
		Map<String, Long> events = new LinkedHashMap<>(a.events());
		b.events().forEach((type, count) -> events.merge(type, count, Long::sum));
		return new MinuteTruth(a.windowStart(), a.windowEnd(), true, events, a.revenueCents() + b.revenueCents(),
				a.orders() + b.orders(), GameActivity.sum(a.games(), b.games()), a.funnel().plus(b.funnel()),
				a.late() + b.late(), a.duplicates() + b.duplicates(), a.poisonPills() + b.poisonPills());
	}

}
