package dev.kafkaplayground.generator.api;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.kafkaplayground.generator.control.GeneratorControl;
import dev.kafkaplayground.generator.control.GeneratorStatus;
import dev.kafkaplayground.generator.faults.FaultSettings;
import dev.kafkaplayground.generator.shopper.Scenario;

/**
 * {@code /api/generator}: the generator's status and its live controls. Every change
 * answers with the status after it.
 */
@RestController
@RequestMapping("/api/generator")
class GeneratorController {

	private final GeneratorControl control;

	GeneratorController(GeneratorControl control) {
		this.control = control;
	}

	@GetMapping
	GeneratorStatus status() {
		return this.control.status();
	}

	@GetMapping("/scenarios")
	List<ScenarioInfo> scenarios() {
		return Scenario.PRESETS.stream()
			.map((scenario) -> new ScenarioInfo(scenario.name(), scenario.description(), scenario.rateMultiplier()))
			.toList();
	}

	@PutMapping("/scenario")
	GeneratorStatus scenario(@Valid @RequestBody ControlRequests.ScenarioRequest request) {
		Scenario scenario = Scenario.named(request.name())
			.orElseThrow(() -> new InvalidFieldException("name",
					"must be one of " + Scenario.names() + " but was \"" + request.name() + "\""));
		this.control.scenario(scenario);
		return this.control.status();
	}

	@PutMapping("/rate")
	GeneratorStatus rate(@Valid @RequestBody ControlRequests.RateRequest request) {
		this.control.baseRate(request.eventsPerSecond());
		return this.control.status();
	}

	@PutMapping("/clock")
	GeneratorStatus clock(@Valid @RequestBody ControlRequests.ClockRequest request) {
		if (request.speed() == null && request.simulatedTime() == null) {
			throw new InvalidFieldException("speed", "give speed, simulatedTime or both");
		}
		this.control.clock(request.speed(), request.simulatedTime());
		return this.control.status();
	}

	@PutMapping("/faults")
	GeneratorStatus faults(@Valid @RequestBody ControlRequests.FaultsRequest request) {
		if (request.lateDelay() != null && (request.lateDelay().isNegative()
				|| request.lateDelay().compareTo(FaultSettings.MAX_LATE_DELAY) > 0)) {
			throw new InvalidFieldException("lateDelay",
					"must be between PT0S and " + FaultSettings.MAX_LATE_DELAY + " but was " + request.lateDelay());
		}
		this.control.faults(request.lateFraction(), request.lateDelay(), request.poisonFraction(),
				request.duplicateFraction());
		return this.control.status();
	}

	@PostMapping("/pause")
	GeneratorStatus pause() {
		this.control.pause();
		return this.control.status();
	}

	@PostMapping("/resume")
	GeneratorStatus resume() {
		this.control.resume();
		return this.control.status();
	}

	/** A scenario preset, as {@code GET /api/generator/scenarios} lists it. */
	record ScenarioInfo(String name, String description, double rateMultiplier) {

	}

}
