package org.smartcourt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.smartcourt.platform.web.ProblemTypes;
import org.smartcourt.shared.Role;

/**
 * Every Chinese text the UI and API ask for exists in the message bundles: static {@code #{key}} in templates,
 * {@code {key}} in validation messages and {@code "…key"} literals in main code, role names and problem titles.
 */
class MessageBundleTests {

	private static final Path RESOURCES = Path.of("src/main/resources");
	private static final Path SOURCES = Path.of("src/main/java");
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");
	private static final Pattern JAVA_KEY = Pattern.compile(
			"\"\\{?((?:validation|problem|login|nav|role|workbench)\\.[A-Za-z0-9_.\\-]+[A-Za-z0-9])\\}?\"");

	private static Properties bundles() throws IOException {
		Properties all = new Properties();
		try (Stream<Path> files = Files.list(RESOURCES.resolve("messages"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
				try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
					Properties one = new Properties();
					one.load(reader);
					for (String key : one.stringPropertyNames()) {
						assertThat(all.containsKey(key)).as("key %s is defined twice (%s)", key, file).isFalse();
					}
					all.putAll(one);
				}
			}
		}
		return all;
	}

	private static List<String> keysIn(Path root, String suffix, Pattern pattern) throws IOException {
		List<String> keys = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
				Matcher m = pattern.matcher(Files.readString(file));
				while (m.find()) {
					keys.add(m.group(1));
				}
			}
		}
		return keys;
	}

	@Test
	void everyTemplateKeyExists() throws IOException {
		Properties bundles = bundles();
		List<String> keys = keysIn(RESOURCES.resolve("templates"), ".html", TEMPLATE_KEY);
		assertThat(keys).isNotEmpty();
		assertThat(keys.stream().filter(key -> !bundles.containsKey(key)).distinct().toList())
			.as("message keys used in templates but missing from the bundles")
			.isEmpty();
	}

	@Test
	void everyKeyNamedInCodeExists() throws IOException {
		Properties bundles = bundles();
		List<String> keys = keysIn(SOURCES, ".java", JAVA_KEY);
		assertThat(keys).isNotEmpty();
		// a literal may also be the stem of composed keys ("validation.department.name" + ".required")
		assertThat(keys.stream()
			.filter(key -> !bundles.containsKey(key))
			.filter(key -> bundles.stringPropertyNames().stream().noneMatch(k -> k.startsWith(key + ".")))
			.distinct()
			.toList())
			.as("message keys used in Java code but missing from the bundles")
			.isEmpty();
	}

	@Test
	void everyRoleHasANameAndADuty() throws IOException {
		Properties bundles = bundles();
		for (Role role : Role.values()) {
			assertThat(bundles).containsKey(role.labelKey());
			assertThat(bundles).containsKey("workbench.duty." + role.slug());
		}
	}

	@Test
	void everyStatusProblemHasAChineseTitleAndDetail() throws IOException {
		Properties bundles = bundles();
		for (int status : new int[] { 400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 429, 500, 503 }) {
			String code = ProblemTypes.codeForStatus(status);
			assertThat(bundles).containsKey("problem." + code + ".title").containsKey("problem." + code + ".detail");
		}
	}
}
