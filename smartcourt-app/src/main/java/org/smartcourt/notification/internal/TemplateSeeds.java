package org.smartcourt.notification.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds {@code notification_template} from {@code reference/notification/templates/*.txt} at start-up: new files
 * are added, a changed file replaces a template nobody edited, an edited template is left alone. A template asked
 * for before start-up finished is seeded on the spot from its file.
 */
@Component
class TemplateSeeds implements ApplicationRunner {

	static final String FOLDER = "reference/notification/templates/";
	private static final Logger log = LoggerFactory.getLogger(TemplateSeeds.class);

	private final TemplateRepository templates;
	private final Clock clock;

	TemplateSeeds(TemplateRepository templates, Clock clock) {
		this.templates = templates;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		Map<String, TemplateText> files = files();
		files.forEach(this::seed);
		log.info("Notification templates: {} seed files", files.size());
	}

	/** The current template, seeding it from its file when the table does not have it yet. */
	Optional<StoredTemplate> current(String code) {
		Optional<StoredTemplate> stored = templates.find(code);
		if (stored.isPresent()) {
			return stored;
		}
		return file(code).flatMap(text -> {
			templates.seed(code, text, clock.instant());
			return templates.find(code);
		});
	}

	private void seed(String code, TemplateText text) {
		Optional<StoredTemplate> stored = templates.find(code);
		if (stored.isEmpty()) {
			templates.seed(code, text, clock.instant());
		}
		else if (!stored.get().edited() && !stored.get().text().equals(text)) {
			templates.reseed(stored.get(), text, clock.instant());
		}
	}

	private static Map<String, TemplateText> files() throws IOException {
		Map<String, TemplateText> files = new LinkedHashMap<>();
		for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER + "*.txt")) {
			String name = r.getFilename();
			files.put(name.substring(0, name.length() - 4), read(r));
		}
		return files;
	}

	private static Optional<TemplateText> file(String code) {
		if (!code.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
			return Optional.empty();
		}
		ClassPathResource r = new ClassPathResource(FOLDER + code + ".txt");
		return r.exists() ? Optional.of(read(r)) : Optional.empty();
	}

	private static TemplateText read(Resource r) {
		try (InputStream in = r.getInputStream()) {
			return TemplateText.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("malformed notification template " + r.getFilename(), ex);
		}
	}
}
