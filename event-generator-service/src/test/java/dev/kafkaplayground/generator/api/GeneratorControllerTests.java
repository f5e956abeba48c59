package dev.kafkaplayground.generator.api;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.kafkaplayground.generator.control.GeneratorControl;
import dev.kafkaplayground.generator.control.GeneratorStatus;
import dev.kafkaplayground.generator.shopper.Scenario;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyDouble;

/**
 * The REST API's contract: JSON in and out, validation before anything changes, and every
 * bad request a 400 problem detail naming the field.
 */
@WebFluxTest(GeneratorController.class)
@Import({ ProblemDetails.class, CorsConfiguration.class })
class GeneratorControllerTests {

	private static final GeneratorStatus STATUS = new GeneratorStatus("normal-day", true, 18.5, 18.4, 20,
			new GeneratorStatus.ClockStatus("2026-12-01T18:00:00", 60),
			new GeneratorStatus.FaultStatus(0, "PT45S", 0, 0), Map.of("game_page_viewed", 10L, "wishlist_action", 1L,
					"cart_action", 2L, "purchase", 1L, "search_performed", 3L),
			0, 90, 0);

	@Autowired
	private WebTestClient client;

	@MockitoBean
	private GeneratorControl control;

	@BeforeEach
	void status() {
		given(this.control.status()).willReturn(STATUS);
	}

	@Test
	void shouldReturnTheStatus() {
		this.client.get()
			.uri("/api/generator")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.scenario")
			.isEqualTo("normal-day")
			.jsonPath("$.running")
			.isEqualTo(true)
			.jsonPath("$.targetEventsPerSecond")
			.isEqualTo(18.5)
			.jsonPath("$.achievedEventsPerSecond")
			.isEqualTo(18.4)
			.jsonPath("$.clock.simulatedTime")
			.isEqualTo("2026-12-01T18:00:00")
			.jsonPath("$.clock.speed")
			.isEqualTo(60.0)
			.jsonPath("$.faults.lateDelay")
			.isEqualTo("PT45S")
			.jsonPath("$.totals.purchase")
			.isEqualTo(1)
			.jsonPath("$.sendErrors")
			.isEqualTo(0);
	}

	@Test
	void shouldListTheScenarios() {
		this.client.get()
			.uri("/api/generator/scenarios")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].name")
			.isEqualTo(Scenario.names());
	}

	@Test
	void shouldSwitchScenarioRateClockAndFaults() {
		put("/api/generator/scenario", "{\"name\":\"flash-sale\"}").expectStatus().isOk();
		then(this.control).should().scenario(Scenario.FLASH_SALE);
		put("/api/generator/rate", "{\"eventsPerSecond\":500}").expectStatus().isOk();
		then(this.control).should().baseRate(500);
		put("/api/generator/clock", "{\"speed\":60,\"simulatedTime\":\"2026-12-01T04:00:00\"}").expectStatus().isOk();
		then(this.control).should().clock(60.0, LocalDateTime.parse("2026-12-01T04:00:00"));
		put("/api/generator/clock", "{\"simulatedTime\":\"2026-12-01T19:30\"}").expectStatus().isOk();
		then(this.control).should().clock(null, LocalDateTime.parse("2026-12-01T19:30"));
		put("/api/generator/faults", "{\"lateFraction\":0.1,\"lateDelay\":\"PT2M\",\"duplicateFraction\":0.05}")
			.expectStatus()
			.isOk();
		then(this.control).should().faults(0.1, Duration.ofMinutes(2), null, 0.05);
	}

	@Test
	void shouldPauseAndResume() {
		this.client.post().uri("/api/generator/pause").exchange().expectStatus().isOk();
		then(this.control).should().pause();
		this.client.post().uri("/api/generator/resume").exchange().expectStatus().isOk();
		then(this.control).should().resume();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "/api/generator/scenario|{\"name\":\"black-friday\"}|name", "/api/generator/scenario|{}|name",
					"/api/generator/rate|{\"eventsPerSecond\":0}|eventsPerSecond",
					"/api/generator/rate|{\"eventsPerSecond\":2000000}|eventsPerSecond",
					"/api/generator/rate|{\"eventsPerSecond\":\"fast\"}|eventsPerSecond",
					"/api/generator/rate|{}|eventsPerSecond", "/api/generator/clock|{\"speed\":-1}|speed",
					"/api/generator/clock|{\"speed\":20000}|speed", "/api/generator/clock|{}|speed",
					"/api/generator/clock|{\"simulatedTime\":\"teatime\"}|simulatedTime",
					"/api/generator/faults|{\"lateFraction\":1.5}|lateFraction",
					"/api/generator/faults|{\"poisonFraction\":-0.1}|poisonFraction",
					"/api/generator/faults|{\"duplicateFraction\":2}|duplicateFraction",
					"/api/generator/faults|{\"lateDelay\":\"soon\"}|lateDelay",
					"/api/generator/faults|{\"lateDelay\":\"PT2H\"}|lateDelay" })
	void shouldAnswerABadRequestWithAProblemDetailNamingTheField(String path, String body, String field) {
		put(path, body).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.detail")
			.value((detail) -> org.assertj.core.api.Assertions.assertThat((String) detail).contains("'" + field + "'"))
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
		then(this.control).should(never()).scenario(any());
		then(this.control).should(never()).baseRate(anyDouble());
		then(this.control).should(never()).clock(any(), any());
		then(this.control).should(never()).faults(any(), any(), any(), any());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"/api/generator/rate|{\"eventsPerSecond\":\"fast\"}|field 'eventsPerSecond' must be a number",
			"/api/generator/clock|{\"simulatedTime\":\"teatime\"}|field 'simulatedTime' must be an ISO-8601 local date-time such as 2026-12-01T18:00 but was \"teatime\"",
			"/api/generator/faults|{\"lateDelay\":\"soon\"}|field 'lateDelay' must be an ISO-8601 duration such as PT45S but was \"soon\"" })
	void shouldSayWhatAValueOfTheWrongFormShouldLookLike(String path, String body, String detail) {
		put(path, body).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value((text) -> org.assertj.core.api.Assertions.assertThat((String) text).startsWith(detail));
	}

	@Test
	void shouldAnswerBrokenJsonWithAProblemDetail() {
		put("/api/generator/rate", "{\"eventsPerSecond\":").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> org.assertj.core.api.Assertions.assertThat((String) detail).isNotBlank());
	}

	@Test
	void shouldLetTheDashboardCallTheApi() {
		this.client.options()
			.uri("http://localhost:8081/api/generator/rate")
			.header("Origin", "http://localhost:8000")
			.header("Access-Control-Request-Method", "PUT")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", "http://localhost:8000");
		this.client.options()
			.uri("http://localhost:8081/api/generator/rate")
			.header("Origin", "http://evil.example")
			.header("Access-Control-Request-Method", "PUT")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private WebTestClient.ResponseSpec put(String path, String body) {
		return this.client.put().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

}
