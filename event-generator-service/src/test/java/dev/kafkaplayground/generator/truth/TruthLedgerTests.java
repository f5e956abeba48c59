package dev.kafkaplayground.generator.truth;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.CartAction;
import dev.kafkaplayground.events.GamePageViewed;
import dev.kafkaplayground.events.ItemAction;
import dev.kafkaplayground.events.PaymentMethod;
import dev.kafkaplayground.events.Platform;
import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.ViewSource;
import dev.kafkaplayground.events.metrics.Funnel;
import dev.kafkaplayground.events.metrics.GameActivity;
import dev.kafkaplayground.events.truth.MinuteTruth;
import dev.kafkaplayground.generator.shopper.Generated;

import static org.assertj.core.api.Assertions.assertThat;

class TruthLedgerTests {

	private static final Instant MINUTE = Instant.parse("2026-11-24T12:00:00Z");

	private final TruthLedger ledger = new TruthLedger();

	@Test
	void shouldCountAcknowledgedEventsInTheMinuteOfTheirEventTime() {
		acknowledge(view(MINUTE.plusSeconds(10), "g-001"), new Funnel(1, 0, 0, 0), false);
		acknowledge(cart(MINUTE.plusSeconds(20), "g-001", 1999), new Funnel(0, 0, 1, 0), false);
		acknowledge(purchase(MINUTE.plusMillis(59_999), "g-001", 1999), new Funnel(0, 0, 0, 1), true);
		acknowledge(view(MINUTE.plusSeconds(60), "g-002"), Funnel.EMPTY, false);
		List<MinuteTruth> records = this.ledger.collect(MINUTE.plusSeconds(62), false);
		MinuteTruth truth = records.get(0);
		assertThat(truth.isFinal()).isTrue();
		assertThat(truth.windowStart()).isEqualTo(MINUTE);
		assertThat(truth.windowEnd()).isEqualTo(MINUTE.plusSeconds(60));
		assertThat(truth.events()).containsExactly(Map.entry("game_page_viewed", 1L), Map.entry("wishlist_action", 0L),
				Map.entry("cart_action", 1L), Map.entry("purchase", 1L), Map.entry("search_performed", 0L));
		assertThat(truth.revenueCents()).isEqualTo(1999);
		assertThat(truth.orders()).isEqualTo(1);
		assertThat(truth.games()).containsExactly(Map.entry("g-001", new GameActivity(1, 0, 1, 1, 1999)));
		assertThat(truth.funnel()).isEqualTo(new Funnel(1, 0, 1, 1));
		assertThat(truth.late()).isEqualTo(1);
		assertThat(records.get(1).isFinal()).as("the next minute is still open").isFalse();
		assertThat(records.get(1).windowStart()).isEqualTo(MINUTE.plusSeconds(60));
		assertThat(this.ledger.openMinutes()).isEqualTo(1);
	}

	@Test
	void shouldPublishUpdatesWhileOpenAndTheFinalOnlyOnceNothingIsPending() {
		acknowledge(view(MINUTE.plusSeconds(1), "g-002"), Funnel.EMPTY, false);
		MinuteTally held = this.ledger.event(new Generated(view(MINUTE.plusSeconds(2), "g-003"), Funnel.EMPTY), true);
		assertThat(single(this.ledger.collect(MINUTE.plusSeconds(30), false)).isFinal()).isFalse();
		assertThat(this.ledger.collect(MINUTE.plusSeconds(31), false)).as("nothing changed").isEmpty();
		// over, but an event of the minute is still held back to be sent late
		assertThat(this.ledger.collect(MINUTE.plusSeconds(90), false)).isEmpty();
		this.ledger.acknowledged(held);
		MinuteTruth truth = single(this.ledger.collect(MINUTE.plusSeconds(91), false));
		assertThat(truth.isFinal()).isTrue();
		assertThat(truth.events().get("game_page_viewed")).isEqualTo(2);
		assertThat(truth.late()).isEqualTo(1);
		assertThat(this.ledger.collect(MINUTE.plusSeconds(92), false)).isEmpty();
	}

	@Test
	void shouldWaitForTheSettlingMarginAfterTheMinutesEnd() {
		acknowledge(view(MINUTE.plusSeconds(59), "g-001"), Funnel.EMPTY, false);
		Instant settled = MINUTE.plusSeconds(60).plus(TruthLedger.SETTLE);
		assertThat(single(this.ledger.collect(settled.minusMillis(1), false)).isFinal()).isFalse();
		assertThat(single(this.ledger.collect(settled, false)).isFinal()).isTrue();
	}

	@Test
	void shouldCountDuplicatesAndPoisonPillsApartAndFailuresNowhere() {
		long minute = TruthLedger.minuteOf(MINUTE);
		acknowledge(view(MINUTE.plusSeconds(5), "g-001"), Funnel.EMPTY, false);
		this.ledger.acknowledged(this.ledger.duplicate(minute));
		this.ledger.duplicateFailed(this.ledger.duplicate(minute));
		this.ledger.acknowledged(this.ledger.poisonPill(minute));
		this.ledger.acknowledged(this.ledger.poisonPill(minute));
		this.ledger.poisonPillFailed(this.ledger.poisonPill(minute));
		Generated failed = new Generated(purchase(MINUTE.plusSeconds(6), "g-009", 999), new Funnel(1, 0, 0, 1));
		this.ledger.eventFailed(this.ledger.event(failed, true), failed, true);
		MinuteTruth truth = single(this.ledger.collect(MINUTE.plusSeconds(70), false));
		assertThat(truth.isFinal()).isTrue();
		assertThat(truth.events().get("game_page_viewed")).isEqualTo(1);
		assertThat(truth.totalEvents()).isEqualTo(1);
		assertThat(truth.duplicates()).isEqualTo(1);
		assertThat(truth.poisonPills()).isEqualTo(2);
		assertThat(truth.games()).containsOnlyKeys("g-001");
		assertThat(truth.games().get("g-001")).isEqualTo(new GameActivity(1, 0, 0, 0, 0));
		assertThat(truth.funnel()).isEqualTo(Funnel.EMPTY);
		assertThat(truth.revenueCents()).isZero();
		assertThat(truth.orders()).isZero();
		assertThat(truth.late()).isZero();
	}

	@Test
	void shouldCloseEveryMinuteWithNothingPendingAtShutdown() {
		acknowledge(view(MINUTE.plusSeconds(5), "g-001"), Funnel.EMPTY, false);
		acknowledge(view(MINUTE.plusSeconds(65), "g-001"), Funnel.EMPTY, false);
		MinuteTally pending = this.ledger.event(new Generated(view(MINUTE.plusSeconds(125), "g-1"), Funnel.EMPTY),
				false);
		List<MinuteTruth> records = this.ledger.collect(MINUTE.plusSeconds(126), true);
		assertThat(records).extracting(MinuteTruth::isFinal).containsExactly(true, true, false);
		assertThat(records).extracting(MinuteTruth::windowStart)
			.containsExactly(MINUTE, MINUTE.plusSeconds(60), MINUTE.plusSeconds(120));
		this.ledger.acknowledged(pending);
		assertThat(single(this.ledger.collect(MINUTE.plusSeconds(126), true)).isFinal()).isTrue();
	}

	private void acknowledge(StoreEvent event, Funnel firsts, boolean late) {
		this.ledger.acknowledged(this.ledger.event(new Generated(event, firsts), late));
	}

	private static MinuteTruth single(List<MinuteTruth> records) {
		assertThat(records).hasSize(1);
		return records.get(0);
	}

	private static GamePageViewed view(Instant at, String gameId) {
		return new GamePageViewed(UUID.randomUUID(), at, "s-1", "u-1", Platform.WEB, "US", gameId, ViewSource.BROWSE,
				null);
	}

	private static CartAction cart(Instant at, String gameId, int price) {
		return new CartAction(UUID.randomUUID(), at, "s-1", "u-1", Platform.WEB, "US", gameId, ItemAction.ADD, price);
	}

	private static Purchase purchase(Instant at, String gameId, int price) {
		return new Purchase(UUID.randomUUID(), at, "s-1", "u-1", Platform.WEB, "US", "o-1",
				List.of(new Purchase.Item(gameId, price)), price, Purchase.USD, PaymentMethod.CARD);
	}

}
