package dev.kafkaplayground.generator.api;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * Bad requests as RFC 9457 problem details whose {@code detail} names the field and what
 * was wrong, with the same in an {@code errors} list ({@code field}, {@code message}) for
 * programs.
 */
@RestControllerAdvice
class ProblemDetails extends ResponseEntityExceptionHandler {

	@Override
	protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		List<Map<String, String>> errors = ex.getFieldErrors()
			.stream()
			.map((error) -> fieldError(error.getField(), message(error)))
			.toList();
		return Mono.just(badRequest(errors));
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		if (ex instanceof WebExchangeBindException bind) {
			return handleWebExchangeBindException(bind, headers, status, exchange);
		}
		JacksonException json = cause(ex, JacksonException.class);
		if (json != null && !json.getPath().isEmpty()) {
			String field = json.getPath().get(json.getPath().size() - 1).getPropertyName();
			return Mono.just(badRequest(List.of(fieldError(field, wrongForm(json)))));
		}
		String reason = (json != null) ? "body is not valid JSON: " + json.getOriginalMessage() : ex.getReason();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				(reason != null) ? reason : "request body is missing or unreadable");
		problem.setTitle("Invalid request");
		return Mono.just(ResponseEntity.badRequest().body(problem));
	}

	@ExceptionHandler(InvalidFieldException.class)
	ResponseEntity<Object> invalidField(InvalidFieldException ex) {
		return badRequest(List.of(fieldError(ex.field(), ex.getMessage())));
	}

	private static ResponseEntity<Object> badRequest(List<Map<String, String>> errors) {
		String detail = String.join("; ",
				errors.stream().map((error) -> "field '" + error.get("field") + "' " + error.get("message")).toList());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	/** What a value of the field's type looks like, and what was sent instead. */
	private static String wrongForm(JacksonException ex) {
		Class<?> type = (ex instanceof MismatchedInputException mismatch) ? mismatch.getTargetType() : null;
		String expected = (type == null) ? "a value of another form"
				: (type == LocalDateTime.class) ? "an ISO-8601 local date-time such as 2026-12-01T18:00"
						: (type == Duration.class) ? "an ISO-8601 duration such as PT45S"
								: Number.class.isAssignableFrom(type) ? "a number" : "a " + type.getSimpleName();
		Object value = (ex instanceof InvalidFormatException invalid) ? invalid.getValue() : null;
		return "must be " + expected + ((value != null) ? " but was \"" + value + "\"" : "");
	}

	private static Map<String, String> fieldError(String field, String message) {
		return Map.of("field", field, "message", message);
	}

	private static String message(FieldError error) {
		return error.getDefaultMessage() + " but was " + error.getRejectedValue();
	}

	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
