package dev.kafkaplayground.labs;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LabDocumentTests {

	private static final String LAB = """
			# A lab

			```bash setup
			./scripts/run-local.sh
			```

			1. List the topics:

			   ```bash run
			   scripts/kafka-tool.sh topics --list
			   ```

			   **You should see**:

			   ```text
			   store.purchases
			   ```
			   <!-- expect: ^store\\.purchases$ -->
			   <!-- expect-not: Exception -->

			2. Wait for a final window, then fail on purpose:

			   ```bash run retry=120 exit=1 timeout=20
			   false
			   ```

			   ```text
			   (nothing)
			   ```
			   <!-- expect: nothing|^$ -->

			```bash compose
			docker compose up -d --scale analytics-processor=3
			```
			""";

	@Test
	void shouldReadEveryBlockWithItsMarkersOutputAndChecksInOrder() {
		LabDocument lab = LabDocument.parse("00-lab.md", LAB);

		assertThat(lab.steps()).extracting(LabStep::kind)
			.containsExactly(LabStep.Kind.SETUP, LabStep.Kind.RUN, LabStep.Kind.RUN, LabStep.Kind.COMPOSE);
		LabStep list = lab.steps().get(1);
		assertThat(list.command()).isEqualTo("scripts/kafka-tool.sh topics --list\n");
		assertThat(list.shownOutput()).isEqualTo("store.purchases\n");
		assertThat(list.expected()).hasSize(1);
		assertThat(list.unexpected()).hasSize(1);
		assertThat(list.where()).isEqualTo("00-lab.md:9");
		LabStep failing = lab.steps().get(2);
		assertThat(failing.retry()).isEqualTo(Duration.ofSeconds(120));
		assertThat(failing.timeout()).isEqualTo(Duration.ofSeconds(20));
		assertThat(failing.expectedExit()).isEqualTo(1);
	}

	@Test
	void shouldRefuseABashBlockWithoutAMarker() {
		assertThatIllegalArgumentException().isThrownBy(() -> LabDocument.parse("lab.md", "```bash\nls\n```\n"))
			.withMessageContaining("lab.md:1")
			.withMessageContaining("needs a marker");
	}

	@Test
	void shouldRefuseACodeBlockThatIsNeitherAStepNorOutput() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LabDocument.parse("lab.md", "Then:\n\n```\nrm -rf .playground\n```\n"))
			.withMessageContaining("lab.md:3")
			.withMessageContaining("bash (a step) or text");
	}

	@Test
	void shouldRefuseARunBlockWithoutWhatTheReaderShouldSee() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LabDocument.parse("lab.md", "```bash run\nls\n```\n\nNext.\n"))
			.withMessageContaining("You should see");
	}

	@Test
	void shouldRefuseACheckTheShownOutputDoesNotShow() {
		String lab = "```bash run\nls\n```\n```text\npom.xml\n```\n<!-- expect: README\\.md -->\n";

		assertThatIllegalArgumentException().isThrownBy(() -> LabDocument.parse("lab.md", lab))
			.withMessageContaining("does not show what is expected: README\\.md");
	}

	@Test
	void shouldRefuseASetupBlockThatIsNotThePlaygroundsStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LabDocument.parse("lab.md", "```bash setup\nrm -rf /\n```\n"))
			.withMessageContaining("a setup block may only hold");
	}

	@Test
	void shouldReadEveryLabOfTheRepository() throws Exception {
		for (Path file : LabsTests.labFiles()) {
			assertThat(LabDocument.read(file).steps()).as(file.toString()).isNotEmpty();
		}
	}

}
