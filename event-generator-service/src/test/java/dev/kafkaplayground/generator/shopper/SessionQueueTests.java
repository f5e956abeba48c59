package dev.kafkaplayground.generator.shopper;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.events.Platform;

import static org.assertj.core.api.Assertions.assertThat;

class SessionQueueTests {

	@Test
	void shouldHandOutSessionsEarliestFirstWhileSessionsComeAndGo() {
		SplittableRandom random = new SplittableRandom(5);
		SessionQueue queue = new SessionQueue();
		List<Long> expected = new ArrayList<>();
		long now = 0;
		for (int i = 0; i < 1_000; i++) {
			queue.add(session(now + random.nextLong(1_000)));
		}
		for (int step = 0; step < 100_000; step++) {
			ShopperSession next = queue.poll();
			assertThat(next.readyAt).isGreaterThanOrEqualTo(now);
			now = next.readyAt;
			expected.add(now);
			if (random.nextDouble() < 0.9) {
				next.readyAt = now + random.nextLong(1_000);
				queue.add(next);
			}
			if (random.nextDouble() < 0.1) {
				queue.add(session(now + random.nextLong(1_000)));
			}
		}
		assertThat(expected).isSorted();
		long previous = Long.MIN_VALUE;
		while (!queue.isEmpty()) {
			long readyAt = queue.poll().readyAt;
			assertThat(readyAt).isGreaterThanOrEqualTo(previous);
			previous = readyAt;
		}
		assertThat(queue.size()).isZero();
	}

	private static ShopperSession session(long readyAt) {
		ShopperSession session = new ShopperSession("s", "u", Platform.WEB, "US");
		session.readyAt = readyAt;
		return session;
	}

}
