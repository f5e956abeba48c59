package dev.kafkaplayground.events.validation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.kafkaplayground.events.CartAction;
import dev.kafkaplayground.events.EventType;
import dev.kafkaplayground.events.GamePageViewed;
import dev.kafkaplayground.events.ItemAction;
import dev.kafkaplayground.events.PaymentMethod;
import dev.kafkaplayground.events.Platform;
import dev.kafkaplayground.events.Purchase;
import dev.kafkaplayground.events.SampleEvents;
import dev.kafkaplayground.events.SearchPerformed;
import dev.kafkaplayground.events.StoreEvent;
import dev.kafkaplayground.events.ViewSource;
import dev.kafkaplayground.events.WishlistAction;
import dev.kafkaplayground.events.json.EventJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser builds each event from the values its checks read instead of mapping the
 * JSON tree a second time; for every valid record it must build exactly what the
 * contract's mapper makes of it, which is what the parser returned before.
 */
class StoreEventParserMappingTests {

	private static final Instant EARLIEST = Instant.parse("2016-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("2030-12-31T00:00:00Z");

	private static final String[] COUNTRIES = { "US", "DE", "FR", "GB", "JP", "BR", "IN", "SE" };

	private final StoreEventParser parser = new StoreEventParser(Clock.fixed(LATEST, ZoneOffset.UTC));

	/** Seeded, so that a failure can be repeated. */
	private final Random random = new Random(20261124);

	@Test
	void shouldBuildWhatTheMapperMakesOfTheSampleEvents() {
		StoreEventParser parser = new StoreEventParser(Clock.fixed(SampleEvents.AT, ZoneOffset.UTC));
		Stream.concat(SampleEvents.oneOfEach().stream(), Stream.of(SampleEvents.viewFromBrowse())).forEach((event) -> {
			byte[] bytes = EventJson.mapper().writeValueAsBytes(event);
			assertThat(parser.parse(event.eventType().topic(), event.sessionId(), bytes))
				.isEqualTo(new ParseResult.Accepted(mapped(bytes)))
				.isEqualTo(new ParseResult.Accepted(event));
		});
	}

	@Test
	void shouldBuildWhatTheMapperMakesOfManyVariedValidEvents() {
		for (int i = 0; i < 5_000; i++) {
			StoreEvent event = event(EventType.values()[i % EventType.values().length]);
			ObjectNode json = EventJson.mapper().valueToTree(event);
			vary(json, event);
			byte[] bytes = EventJson.mapper().writeValueAsBytes(json);
			assertThat(this.parser.parse(event.eventType().topic(), event.sessionId(), bytes)).as("%s", json)
				.isEqualTo(new ParseResult.Accepted(mapped(bytes)));
		}
	}

	@Test
	void shouldMapEveryWireNameToTheConstantTheMapperReads() {
		assertWireNames(Platform.class);
		assertWireNames(ViewSource.class);
		assertWireNames(ItemAction.class);
		assertWireNames(PaymentMethod.class);
	}

	private static <E extends Enum<E>> void assertWireNames(Class<E> type) {
		WireNames<E> names = new WireNames<>(type);
		for (E constant : type.getEnumConstants()) {
			String name = names.name(constant);
			assertThat(EventJson.mapper().convertValue(name, type)).isEqualTo(constant);
			assertThat(names.constant(name)).isEqualTo(constant);
			assertThat(names.choices()).contains('"' + name + '"');
		}
		assertThat(names.constant(type.getEnumConstants()[0].name())).isNull();
	}

	/** What the parser returned before: the tree mapped by the contract's mapper. */
	private static StoreEvent mapped(byte[] bytes) {
		JsonNode tree = EventJson.mapper().readTree(bytes);
		return EventJson.mapper().treeToValue(tree, StoreEvent.class);
	}

	/**
	 * Writes the record the other ways the contract allows: any RFC 3339 time, an
	 * upper-case UUID, an explicit null searchId, unknown fields.
	 */
	private void vary(ObjectNode json, StoreEvent event) {
		json.put("occurredAt", rfc3339(event.occurredAt()));
		if (this.random.nextInt(4) == 0) {
			json.put("eventId", event.eventId().toString().toUpperCase(Locale.ROOT));
		}
		if (event instanceof GamePageViewed view && view.searchId() == null && this.random.nextBoolean()) {
			json.putNull("searchId");
		}
		if (this.random.nextInt(3) == 0) {
			json.put("coupon", "BLACKFRIDAY").putObject("context").put("referrer", "ad").putArray("tags").add(1);
		}
		if (event instanceof Purchase && this.random.nextBoolean()) {
			((ObjectNode) json.get("items").get(0)).put("discountCents", 100);
		}
	}

	/** Any offset, either case of T and Z, and a fraction of none or 1 to 9 digits. */
	private String rfc3339(Instant instant) {
		ZoneOffset offset = ZoneOffset.ofTotalSeconds(this.random.nextInt(-18 * 4, 18 * 4 + 1) * 15 * 60);
		OffsetDateTime time = instant.atOffset(offset);
		int digits = this.random.nextInt(10);
		String fraction = (digits == 0) ? "" : "." + String.format("%09d", time.getNano()).substring(0, digits);
		String zone = offset.getId();
		if (offset.getTotalSeconds() == 0) {
			zone = this.random.nextBoolean() ? "z" : this.random.nextBoolean() ? "Z" : "+00:00";
		}
		return String.format(Locale.ROOT, "%04d-%02d-%02d%s%02d:%02d:%02d%s%s", time.getYear(), time.getMonthValue(),
				time.getDayOfMonth(), this.random.nextBoolean() ? "T" : "t", time.getHour(), time.getMinute(),
				time.getSecond(), fraction, zone);
	}

	private StoreEvent event(EventType type) {
		UUID eventId = new UUID(this.random.nextLong(), this.random.nextLong());
		Instant occurredAt = Instant.ofEpochSecond(
				this.random.nextLong(EARLIEST.getEpochSecond(), LATEST.getEpochSecond()),
				this.random.nextInt(1_000_000_000));
		String session = "s-" + this.random.nextInt(1000);
		String user = "u-" + this.random.nextInt(1000);
		Platform platform = pick(Platform.values());
		String country = pick(COUNTRIES);
		String gameId = "g-" + this.random.nextInt(300);
		return switch (type) {
			case GAME_PAGE_VIEWED -> {
				ViewSource source = pick(ViewSource.values());
				String searchId = (source == ViewSource.SEARCH) ? "q-" + this.random.nextInt(1000) : null;
				yield new GamePageViewed(eventId, occurredAt, session, user, platform, country, gameId, source,
						searchId);
			}
			case WISHLIST_ACTION -> new WishlistAction(eventId, occurredAt, session, user, platform, country, gameId,
					pick(ItemAction.values()));
			case CART_ACTION -> new CartAction(eventId, occurredAt, session, user, platform, country, gameId,
					pick(ItemAction.values()), price());
			case PURCHASE -> {
				List<Purchase.Item> items = new ArrayList<>();
				for (int i = this.random.nextInt(1, 7); i > 0; i--) {
					items.add(new Purchase.Item("g-" + this.random.nextInt(300), price()));
				}
				long total = items.stream().mapToLong(Purchase.Item::priceCents).sum();
				yield new Purchase(eventId, occurredAt, session, user, platform, country,
						"o-" + this.random.nextInt(1000), items, total, Purchase.USD, pick(PaymentMethod.values()));
			}
			case SEARCH_PERFORMED -> {
				List<String> ids = new ArrayList<>();
				for (int i = this.random.nextInt(SearchPerformed.MAX_RESULT_IDS + 1); i > 0; i--) {
					ids.add("g-" + this.random.nextInt(300));
				}
				int resultCount = ids.isEmpty() ? 0 : ids.size() + this.random.nextInt(50);
				String query = "späce racing ".repeat(this.random.nextInt(1, 15)).strip();
				yield new SearchPerformed(eventId, occurredAt, session, user, platform, country,
						"q-" + this.random.nextInt(1000), query, resultCount, ids);
			}
		};
	}

	/** Mostly store prices, sometimes free or the largest the contract allows. */
	private int price() {
		return switch (this.random.nextInt(10)) {
			case 0 -> 0;
			case 1 -> Integer.MAX_VALUE;
			default -> this.random.nextInt(100, 10_000);
		};
	}

	private <T> T pick(T[] choices) {
		return choices[this.random.nextInt(choices.length)];
	}

}
