package dev.kafkaplayground.tools.exactlyonce;

/** Whether a section (games, funnel) of a window equals the ground truth's. */
public enum Match {

	YES("yes"),

	NO("NO"),

	/** Not compared: late events make a difference legitimate. */
	NOT_JUDGED("-");

	private final String label;

	Match(String label) {
		this.label = label;
	}

	static Match of(boolean judged, boolean equal) {
		if (!judged) {
			return NOT_JUDGED;
		}
		return equal ? YES : NO;
	}

	/** As the table prints it. */
	public String label() {
		return this.label;
	}

}
