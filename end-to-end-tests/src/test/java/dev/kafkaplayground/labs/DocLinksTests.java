package dev.kafkaplayground.labs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.kafkaplayground.endtoend.RunLocal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relative link and image of the README and the docs leads somewhere: the file
 * exists and, for {@code file.md#anchor}, so does the heading or {@code <a id>} it names,
 * as GitHub makes anchors of headings.
 */
class DocLinksTests {

	private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

	private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$", Pattern.MULTILINE);

	private static final Pattern ANCHOR = Pattern.compile("<a id=\"([^\"]+)\"></a>");

	private static final Pattern FENCED = Pattern.compile("(?ms)^\\s*```.*?^\\s*```");

	@Test
	void shouldLeadEveryLinkAndImageOfTheDocsToAFileAndAnchorThatExist() throws IOException {
		List<String> broken = new ArrayList<>();
		for (Path doc : docs()) {
			Matcher link = LINK.matcher(FENCED.matcher(Files.readString(doc)).replaceAll(""));
			while (link.find()) {
				String target = link.group(1);
				if (!target.matches("^[a-z]+:.*")) {
					String problem = problem(doc, target);
					if (problem != null) {
						broken.add(RunLocal.ROOT.relativize(doc) + ": " + target + " (" + problem + ")");
					}
				}
			}
		}
		assertThat(broken).as("broken links").isEmpty();
	}

	/** Turns a heading into its anchor as GitHub does. */
	static String slug(String heading) {
		return heading.strip()
			.toLowerCase(Locale.ROOT)
			.replaceAll("`", "")
			.replaceAll("[^\\p{L}\\p{N} _-]", "")
			.replace(' ', '-');
	}

	@Test
	void shouldMakeAnchorsOfHeadingsAsGitHubDoes() {
		assertThat(slug("In-sync replica (ISR)")).isEqualTo("in-sync-replica-isr");
		assertThat(slug("Profile `cluster`: three brokers")).isEqualTo("profile-cluster-three-brokers");
		assertThat(slug("read_committed")).isEqualTo("read_committed");
	}

	private static String problem(Path doc, String target) throws IOException {
		int hash = target.indexOf('#');
		String path = (hash >= 0) ? target.substring(0, hash) : target;
		Path file = path.isEmpty() ? doc : doc.getParent().resolve(path).normalize();
		if (!Files.exists(file)) {
			return "no such file";
		}
		if (hash >= 0 && file.toString().endsWith(".md") && !anchors(file).contains(target.substring(hash + 1))) {
			return "no such anchor";
		}
		return null;
	}

	private static Set<String> anchors(Path file) throws IOException {
		String text = FENCED.matcher(Files.readString(file)).replaceAll("");
		Set<String> anchors = new HashSet<>();
		Matcher heading = HEADING.matcher(text);
		while (heading.find()) {
			anchors.add(slug(heading.group(1)));
		}
		Matcher anchor = ANCHOR.matcher(text);
		while (anchor.find()) {
			anchors.add(anchor.group(1));
		}
		return anchors;
	}

	private static List<Path> docs() throws IOException {
		List<Path> docs = new ArrayList<>(List.of(RunLocal.ROOT.resolve("README.md")));
		try (Stream<Path> files = Files.walk(RunLocal.ROOT.resolve("docs"))) {
			files.filter((file) -> file.toString().endsWith(".md")).sorted().forEach(docs::add);
		}
		try (Stream<Path> modules = Files.list(RunLocal.ROOT)) {
			modules.map((module) -> module.resolve("README.md"))
				.filter(Files::isRegularFile)
				.filter((readme) -> !readme.getParent().equals(RunLocal.ROOT))
				.forEach(docs::add);
		}
		return docs;
	}

}
