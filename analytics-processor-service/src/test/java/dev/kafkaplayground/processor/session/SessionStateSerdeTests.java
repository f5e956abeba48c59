package dev.kafkaplayground.processor.session;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.processor.funnel.FunnelStage;

import static org.assertj.core.api.Assertions.assertThat;

class SessionStateSerdeTests {

	private final SessionStateSerde serde = new SessionStateSerde();

	@Test
	void shouldRoundTripAFreshAndABusySession() {
		SessionState fresh = SessionState.start();
		assertThat(roundTrip(fresh)).isEqualTo(fresh);
		SessionState busy = fresh;
		for (int i = 0; i < SessionState.REMEMBERED_IDS + 5; i++) {
			busy = busy.after(UUID.randomUUID(), 1_000L + i, (i == 3) ? FunnelStage.CARTED : null);
		}
		busy = busy.after(UUID.randomUUID(), 500, FunnelStage.VIEWED);
		SessionState read = roundTrip(busy);
		assertThat(read).isEqualTo(busy);
		assertThat(read.recentEventIds()).hasSize(SessionState.REMEMBERED_IDS);
		assertThat(read.first(FunnelStage.VIEWED)).isEqualTo(500);
		assertThat(read.first(FunnelStage.CARTED)).isEqualTo(1_003);
		assertThat(read.first(FunnelStage.PURCHASED)).isNull();
		assertThat(read.lastEventAt()).isEqualTo(1_000L + SessionState.REMEMBERED_IDS + 4);
	}

	private SessionState roundTrip(SessionState state) {
		return this.serde.deserializer().deserialize("t", this.serde.serializer().serialize("t", state));
	}

}
