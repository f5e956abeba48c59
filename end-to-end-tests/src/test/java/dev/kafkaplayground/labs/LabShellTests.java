package dev.kafkaplayground.labs;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LabShellTests {

	@TempDir
	Path temp;

	@Test
	void shouldPassAStepThatPrintsWhatTheLabSays() {
		LabStep step = step("```bash run\necho 'Processed a total of 3 messages'\n```\n",
				"Processed a total of 3 messages", "expect: a total of \\d+ messages");

		assertThatCode(() -> run(step)).doesNotThrowAnyException();
	}

	@Test
	void shouldFailAStepThatPrintsSomethingElseNamingThePatternAndTheOutput() {
		LabStep step = step("```bash run\necho 'Processed a total of 2 messages'\n```\n",
				"Processed a total of 3 messages", "expect: a total of 3 messages");

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> run(step))
			.withMessageContaining("lab.md:1")
			.withMessageContaining("does not show what the lab says: a total of 3 messages")
			.withMessageContaining("Processed a total of 2 messages");
	}

	@Test
	void shouldFailAStepThatPrintsWhatTheLabSaysItMustNot() {
		LabStep step = step("```bash run\necho 'ok'; echo 'Exception in thread main'\n```\n", "ok", "expect: ok",
				"expect-not: Exception");

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> run(step))
			.withMessageContaining("must not: Exception");
	}

	@Test
	void shouldFailAStepThatEndsWithAnotherExitStatus() {
		LabStep step = step("```bash run\necho 'ok'; exit 3\n```\n", "ok", "expect: ok");

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> run(step))
			.withMessageContaining("exit status 3, expected 0");
	}

	@Test
	void shouldRunARetriedStepAgainUntilItPrintsWhatTheLabSays() {
		Path counter = this.temp.resolve("counter");
		LabStep step = step("```bash run retry=30\necho x >> " + counter + "; wc -l < " + counter + "\n```\n", "3",
				"expect: ^3$");

		assertThatCode(() -> run(step)).doesNotThrowAnyException();
	}

	@Test
	void shouldWaitForABackgroundStepsOutputAndStopItOnClose() throws Exception {
		Path pid = this.temp.resolve("pid");
		LabStep step = step(
				"```bash run background\necho $$ > " + pid + "; echo 'assigned [0, 1, 2]'; exec sleep 600\n```\n",
				"assigned [0, 1, 2]", "expect: assigned \\[0, 1, 2\\]");
		LabShell shell = new LabShell(this.temp, this.temp);

		shell.run(step);
		ProcessHandle background = ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).orElseThrow();
		shell.close();

		// its own process only: the labs run in this JVM at the same time, with theirs
		assertThat(background.isAlive()).as("the background step's process").isFalse();
	}

	private void run(LabStep step) throws Exception {
		try (LabShell shell = new LabShell(this.temp, this.temp)) {
			shell.run(step);
		}
	}

	private static LabStep step(String block, String shown, String... checks) {
		StringBuilder lab = new StringBuilder(block).append("```text\n").append(shown).append("\n```\n");
		for (String check : checks) {
			lab.append("<!-- ").append(check).append(" -->\n");
		}
		return LabDocument.parse("lab.md", lab.toString()).steps().get(0);
	}

}
