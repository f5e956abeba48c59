package dev.kafkaplayground.labs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A lab file read as its test runs it. The markers are invisible or nearly so to the
 * reader:
 * <ul>
 * <li>every {@code ```bash} block carries a word after the language: {@code run} (run it,
 * check its output), {@code run background} (it keeps running, as in a second terminal),
 * {@code setup} (starting the playground, which the test does before the first lab) or
 * {@code compose} (needs a container engine); {@code run} takes {@code exit=N},
 * {@code retry=SECONDS} (run again until the output is as expected) and
 * {@code timeout=SECONDS};</li>
 * <li>the first {@code ```text} block after a {@code run} block is its "You should see";
 * any other block is a mistake: a command in it would be shown and never run;</li>
 * <li>{@code <!-- expect: REGEX -->} and {@code <!-- expect-not: REGEX -->} lines after
 * it say what the real output must and must not contain. Each {@code expect} must also be
 * found in the "You should see" block, so that what the reader is shown and what the test
 * checks cannot drift apart.</li>
 * </ul>
 */
record LabDocument(String name, List<LabStep> steps) {

	/** The only commands a {@code setup} block may hold: the test runs them itself. */
	static final Set<String> SETUP_COMMANDS = Set.of("./scripts/run-local.sh");

	private static final Pattern FENCE = Pattern.compile("^(\\s*)```(\\w*)\\s*(.*)$");

	private static final Pattern CHECK = Pattern.compile("^\\s*<!-- (expect|expect-not): (.*) -->\\s*$");

	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(90);

	static LabDocument read(Path file) throws IOException {
		return parse(file.getFileName().toString(), Files.readString(file));
	}

	static LabDocument parse(String name, String markdown) {
		List<LabStep> steps = new ArrayList<>();
		String[] lines = markdown.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			Matcher fence = FENCE.matcher(lines[i]);
			Matcher check = CHECK.matcher(lines[i]);
			if (fence.matches()) {
				int close = closingFence(name, lines, i);
				String body = body(lines, i + 1, close, fence.group(1).length());
				if (fence.group(2).equals("bash")) {
					steps.add(step(name, i + 1, fence.group(3), body));
				}
				else if (!fence.group(2).equals("text")) {
					// a command in a plain block would be shown to the reader and never
					// run
					throw new IllegalArgumentException(name + ":" + (i + 1)
							+ ": a code block in a lab is bash (a step) or text (what you should see), not '"
							+ fence.group(2) + "'");
				}
				else if (awaitsOutput(steps)) {
					steps.set(steps.size() - 1, withOutput(last(steps), body));
				}
				i = close;
			}
			else if (check.matches()) {
				steps.set(steps.size() - 1, withCheck(name, i + 1, steps, check.group(1), check.group(2)));
			}
		}
		steps.forEach(LabDocument::validate);
		return new LabDocument(name, List.copyOf(steps));
	}

	private static LabStep step(String name, int line, String info, String command) {
		List<String> words = List.of(info.isBlank() ? new String[0] : info.trim().split("\\s+"));
		LabStep.Kind kind = words.contains("setup") ? LabStep.Kind.SETUP
				: words.contains("compose") ? LabStep.Kind.COMPOSE : words.contains("background")
						? LabStep.Kind.BACKGROUND : words.contains("run") ? LabStep.Kind.RUN : null;
		if (kind == null) {
			throw new IllegalArgumentException(name + ":" + line
					+ ": a bash block in a lab needs a marker after the language: run, setup or compose");
		}
		return new LabStep(name, line, kind, command, (int) option(words, "exit", 0),
				Duration.ofSeconds(option(words, "retry", 0)),
				Duration.ofSeconds(option(words, "timeout", DEFAULT_TIMEOUT.toSeconds())), null, List.of(), List.of());
	}

	private static long option(List<String> words, String key, long fallback) {
		return words.stream()
			.filter((word) -> word.startsWith(key + "="))
			.mapToLong((word) -> Long.parseLong(word.substring(key.length() + 1)))
			.findFirst()
			.orElse(fallback);
	}

	private static boolean awaitsOutput(List<LabStep> steps) {
		return !steps.isEmpty() && last(steps).checksOutput() && last(steps).shownOutput() == null;
	}

	private static LabStep withOutput(LabStep s, String output) {
		return new LabStep(s.lab(), s.line(), s.kind(), s.command(), s.expectedExit(), s.retry(), s.timeout(), output,
				s.expected(), s.unexpected());
	}

	private static LabStep withCheck(String name, int line, List<LabStep> steps, String kind, String regex) {
		if (steps.isEmpty() || last(steps).shownOutput() == null) {
			throw new IllegalArgumentException(
					name + ":" + line + ": " + kind + " must follow a run block and its \"You should see\" text block");
		}
		LabStep s = last(steps);
		Pattern pattern;
		try {
			pattern = Pattern.compile(regex, Pattern.MULTILINE);
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalArgumentException(name + ":" + line + ": not a regular expression: " + regex, ex);
		}
		List<Pattern> expected = new ArrayList<>(s.expected());
		List<Pattern> unexpected = new ArrayList<>(s.unexpected());
		(kind.equals("expect") ? expected : unexpected).add(pattern);
		return new LabStep(s.lab(), s.line(), s.kind(), s.command(), s.expectedExit(), s.retry(), s.timeout(),
				s.shownOutput(), List.copyOf(expected), List.copyOf(unexpected));
	}

	private static void validate(LabStep step) {
		if (step.kind() == LabStep.Kind.SETUP && !SETUP_COMMANDS.contains(step.command().strip())) {
			throw new IllegalArgumentException(step.where() + ": a setup block may only hold " + SETUP_COMMANDS);
		}
		if (step.kind() == LabStep.Kind.COMPOSE && !step.command().strip().startsWith("docker compose")) {
			throw new IllegalArgumentException(step.where() + ": a compose block holds docker compose commands");
		}
		if (step.checksOutput() && (step.shownOutput() == null || step.expected().isEmpty())) {
			throw new IllegalArgumentException(step.where()
					+ ": a run block needs a \"You should see\" text block and at least one <!-- expect: ... -->");
		}
		for (Pattern pattern : step.expected()) {
			if (!pattern.matcher(step.shownOutput()).find()) {
				throw new IllegalArgumentException(
						step.where() + ": the \"You should see\" block does not show what is expected: " + pattern);
			}
		}
	}

	private static int closingFence(String name, String[] lines, int open) {
		for (int i = open + 1; i < lines.length; i++) {
			if (lines[i].strip().equals("```")) {
				return i;
			}
		}
		throw new IllegalArgumentException(name + ":" + (open + 1) + ": a code block is never closed");
	}

	private static String body(String[] lines, int from, int to, int indent) {
		StringBuilder body = new StringBuilder();
		for (int i = from; i < to; i++) {
			String line = lines[i];
			int strip = 0;
			while (strip < indent && strip < line.length() && line.charAt(strip) == ' ') {
				strip++;
			}
			body.append(line.substring(strip)).append('\n');
		}
		return body.toString();
	}

	private static LabStep last(List<LabStep> steps) {
		return steps.get(steps.size() - 1);
	}

}
