package dev.kafkaplayground.generator.api;

/** A request field whose value the generator cannot take; answered with a 400. */
class InvalidFieldException extends RuntimeException {

	private final String field;

	InvalidFieldException(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
