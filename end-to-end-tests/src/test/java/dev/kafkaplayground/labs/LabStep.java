package dev.kafkaplayground.labs;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One command block of a lab, as the lab's reader sees it and the lab test runs it.
 *
 * @param lab the lab's file name
 * @param line the line of the block's opening fence, for messages
 * @param kind how the test treats the block
 * @param command the block's text, run by {@code bash}
 * @param expectedExit the exit status the command must end with (0 unless {@code exit=N})
 * @param retry how long to run the command again until it prints what is expected
 * ({@code retry=SECONDS}; zero: run once)
 * @param timeout how long one run may take, or how long a background command has to print
 * what is expected
 * @param shownOutput the "You should see" block under the command, as the reader sees it
 * @param expected patterns that must each be found in what the command prints
 * @param unexpected patterns that must not be found in it
 */
record LabStep(String lab, int line, Kind kind, String command, int expectedExit, Duration retry, Duration timeout,
		String shownOutput, List<Pattern> expected, List<Pattern> unexpected) {

	/** How the lab test treats a block. */
	enum Kind {

		/** Runs to its end; its output is checked. */
		RUN,

		/** Keeps running (a second terminal); its output is checked as it comes. */
		BACKGROUND,

		/** Starts the playground: the lab test has done that before the first lab. */
		SETUP,

		/** Needs a container engine: checked against {@code docker-compose.yml} only. */
		COMPOSE

	}

	/** Where the block is, for messages: {@code 01-first-look.md:42}. */
	String where() {
		return this.lab + ":" + this.line;
	}

	/** Whether the command's output is checked. */
	boolean checksOutput() {
		return this.kind == Kind.RUN || this.kind == Kind.BACKGROUND;
	}

}
