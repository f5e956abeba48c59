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
		Generated view = sent(view(MINUTE.plusSeconds(10), "g-001"), new Funnel(1, 0, 0, 0));
		Generated cart = sent(cart(MINUTE.plusSeconds(20), "g-001", 1999), new Funnel(0, 0, 1, 0));
		Generated purchase = sent(purchase(MINUTE.plusMillis(59_999), "g-001", 1999), new Funnel(0, 0, 0, 1));
		this.ledger.acknowledged(view, false);
		this.ledger.acknowledged(cart, false);
		this.ledger.acknowledged(purchase, true);
		MinuteTruth truth = single(this.ledger.collect(MINUTE.plusSeconds(62), false));
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
		assertThat(this.ledger.openMinutes()).isZero();
	}

	@Test
	void shouldPublishUpdatesWhileOpenAndTheFinalOnlyOnceNothingIsPending() {
		Generated first = sent(view(MINUTE.plusSeconds(1), "g-002"), Funnel.EMPTY);
		Generated held = sent(view(MINUTE.plusSeconds(2), "g-003"), Funnel.EMPTY);
		this.ledger.acknowledged(first, false);
		assertThat(single(this.ledger.collect(MINUTE.plusSeconds(30), false)).isFinal()).isFalse();
		assertThat(this.ledger.collect(MINUTE.plusSeconds(31), false)).as("nothing changed").isEmpty();
		// over, but an event of the minute is still held back to be sent late
		assertThat(this.ledger.collect(MINUTE.plusSeconds(90), false)).isEmpty();
		this.ledger.acknowledged(held, true);
		MinuteTruth truth = single(this.ledger.collect(MINUTE.plusSeconds(91), false));
		assertThat(truth.isFinal()).isTrue();
		assertThat(truth.events().get("game_page_viewed")).isEqualTo(2);
		assertThat(truth.late()).isEqualTo(1);
		assertThat(this.ledger.collect(MINUTE.plusSeconds(92), false)).isEmpty();
	}

	@Test
	void shouldWaitForTheSettlingMarginAfterTheMinutesEnd() {
		this.ledger.acknowledged(sent(view(MINUTE.plusSeconds(59), "g-001"), Funnel.EMPTY), false);
		Instant settled = MINUTE.plusSeconds(60).plus(TruthLedger.SETTLE);
		assertThat(single(this.ledger.collect(settled.minusMillis(1), false)).isFinal()).isFalse();
		this.ledger.expect(TruthLedger.minuteOf(MINUTE));
		this.ledger.failed(TruthLedger.minuteOf(MINUTE));
		assertThat(single(this.ledger.collect(settled, false)).isFinal()).isTrue();
	}

	@Test
	void shouldCountDuplicatesAndPoisonPillsApartAndFailuresNowhere() {
		long minute = TruthLedger.minuteOf(MINUTE);
		this.ledger.acknowledged(sent(view(MINUTE.plusSeconds(5), "g-001"), Funnel.EMPTY), false);
		this.ledger.expect(minute);
		this.ledger.duplicateAcknowledged(minute);
		this.ledger.expect(minute);
		this.ledger.poisonAcknowledged(minute);
		this.ledger.expect(minute);
		this.ledger.poisonAcknowledged(minute);
		sent(view(MINUTE.plusSeconds(6), "g-009"), Funnel.EMPTY);
		this.ledger.failed(minute);
		MinuteTruth truth = single(this.ledger.collect(MINUTE.plusSeconds(70), false));
		assertThat(truth.events().get("game_page_viewed")).isEqualTo(1);
		assertThat(truth.totalEvents()).isEqualTo(1);
		assertThat(truth.duplicates()).isEqualTo(1);
		assertThat(truth.poisonPills()).isEqualTo(2);
		assertThat(truth.games()).containsOnlyKeys("g-001");
	}

	@Test
	void shouldCloseEveryMinuteWithNothingPendingAtShutdown() {
		this.ledger.acknowledged(sent(view(MINUTE.plusSeconds(5), "g-001"), Funnel.EMPTY), false);
		this.ledger.acknowledged(sent(view(MINUTE.plusSeconds(65), "g-001"), Funnel.EMPTY), false);
		List<MinuteTruth> records = this.ledger.collect(MINUTE.plusSeconds(66), true);
		assertThat(records).extracting(MinuteTruth::isFinal).containsExactly(true, true);
		assertThat(records).extracting(MinuteTruth::windowStart).containsExactly(MINUTE, MINUTE.plusSeconds(60));
	}

	private Generated sent(StoreEvent event, Funnel firsts) {
		this.ledger.expect(TruthLedger.minuteOf(event.occurredAt()));
		return new Generated(event, firsts);
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
