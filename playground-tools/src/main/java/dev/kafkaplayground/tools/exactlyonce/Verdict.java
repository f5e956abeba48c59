package dev.kafkaplayground.tools.exactlyonce;

/** The outcome of one minute's comparison. */
public enum Verdict {

	/** Every compared figure equals the ground truth. */
	OK("OK"),

	/** Fewer events than produced, no more than were sent late: dropped as late. */
	EXPLAINED("explained by late drops"),

	/** A difference late drops cannot explain. */
	DIFFERENT("DIFFERENT");

	private final String label;

	Verdict(String label) {
		this.label = label;
	}

	/** As the table prints it. */
	public String label() {
		return this.label;
	}

}
