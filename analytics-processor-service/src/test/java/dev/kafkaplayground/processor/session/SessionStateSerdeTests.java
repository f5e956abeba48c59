package dev.kafkaplayground.processor.session;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.GamePageViewed;
import dev.kafkaplayground.events.Platform;
import dev.kafkaplayground.events.ViewSource;
import dev.kafkaplayground.processor.cart.CartProgress;
import dev.kafkaplayground.processor.funnel.FunnelProgress;
import dev.kafkaplayground.processor.funnel.FunnelStage;
import dev.kafkaplayground.processor.search.SearchProgress;

import static dev.kafkaplayground.processor.StoreEvents.cartAdd;
import static dev.kafkaplayground.processor.StoreEvents.pageView;
import static dev.kafkaplayground.processor.StoreEvents.purchase;
import static dev.kafkaplayground.processor.StoreEvents.search;
import static org.assertj.core.api.Assertions.assertThat;

class SessionStateSerdeTests {

	private static final Instant T = Instant.parse("2026-11-24T12:00:00Z");

	private final SessionStateSerde serde = new SessionStateSerde();

	@Test
	void shouldRoundTripAFreshAndABusySession() {
		SessionState fresh = SessionState.start();
		assertThat(roundTrip(fresh)).isEqualTo(fresh);
		SessionState busy = fresh;
		for (int i = 0; i < SessionState.REMEMBERED_IDS + 5; i++) {
			busy = busy.after(pageView("s-1", T.plusMillis(1_000 + i)), 1_000 + i, new SessionFigures(0));
		}
		busy = busy.after(search("s-1", T), 1, new SessionFigures(0));
		busy = busy.after(new GamePageViewed(UUID.randomUUID(), T, "s-1", "u-1", Platform.WEB, "US", "game-4",
				ViewSource.SEARCH, "search-1"), 2, new SessionFigures(0));
		busy = busy.after(cartAdd("s-1", T), 3, new SessionFigures(0));
		busy = busy.after(purchase("s-1", T, 1999), 4, new SessionFigures(0));
		busy = busy.end(10_000, new SessionFigures(10_000));
		SessionState read = roundTrip(busy);
		assertThat(read).isEqualTo(busy);
		assertThat(read.recentEventIds()).hasSize(SessionState.REMEMBERED_IDS);
		assertThat(read.funnel().first(FunnelStage.VIEWED)).isEqualTo(2);
		assertThat(read.funnel().first(FunnelStage.CARTED)).isEqualTo(3);
		assertThat(read.funnel().first(FunnelStage.WISHLISTED)).isEqualTo(FunnelProgress.NONE);
		assertThat(read.cart().convertedAt()).isEqualTo(4);
		assertThat(read.search().searches()).singleElement()
			.satisfies((track) -> assertThat(track.reached()).containsExactly("game-4"));
		assertThat(read.ended()).isTrue();
		assertThat(read.lastEventAt()).isEqualTo(1_000L + SessionState.REMEMBERED_IDS + 4);
	}

	@Test
	void shouldReadTheStateOfAVersionWithoutCartAndSearch() {
		UUID id = UUID.randomUUID();
		byte[] version1 = ByteBuffer.allocate(1 + 8 + 8 * 4 + 4 + 16)
			.put((byte) 1)
			.putLong(5_000)
			.putLong(1_000)
			.putLong(Long.MIN_VALUE)
			.putLong(2_000)
			.putLong(Long.MIN_VALUE)
			.putInt(1)
			.putLong(id.getMostSignificantBits())
			.putLong(id.getLeastSignificantBits())
			.array();
		SessionState read = this.serde.deserializer().deserialize("t", version1);
		assertThat(read.recentEventIds()).containsExactly(id);
		assertThat(read.lastEventAt()).isEqualTo(5_000);
		assertThat(read.ended()).isFalse();
		assertThat(read.funnel()).isEqualTo(FunnelProgress.of(1_000, Long.MIN_VALUE, 2_000, Long.MIN_VALUE));
		assertThat(read.cart()).isEqualTo(CartProgress.START);
		assertThat(read.search()).isEqualTo(SearchProgress.START);
	}

	private SessionState roundTrip(SessionState state) {
		return this.serde.deserializer().deserialize("t", this.serde.serializer().serialize("t", state));
	}

}
