package org.smartcourt.casefile.internal.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the bundled templates ({@code reference/casefile/templates/<code>.md}) in the table as version 1 of every
 * code that has no row yet. A code with rows is left alone, so an administrator's edits survive every upgrade; a new
 * bundled text reaches an installation only through the template page.
 */
@Component
@Order(20)
class TemplateSeeder implements ApplicationRunner {

	static final String SYSTEM = "system";
	private static final Logger log = LoggerFactory.getLogger(TemplateSeeder.class);

	private final DocumentTemplateRepository templates;
	private final MessageSource messages;
	private final Clock clock;

	TemplateSeeder(DocumentTemplateRepository templates, MessageSource messages, Clock clock) {
		this.templates = templates;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int added = 0;
		for (TemplateCode code : TemplateCode.values()) {
			templates.lock(code);
			if (!templates.exists(code)) {
				templates.addVersion(code, messages.getMessage(code.labelKey(), null, Locale.SIMPLIFIED_CHINESE),
						bundled(code), clock.instant(), SYSTEM);
				added++;
			}
		}
		if (added > 0) {
			log.info("Seeded {} court document templates", added);
		}
	}

	static String bundled(TemplateCode code) {
		ClassPathResource file = new ClassPathResource("reference/casefile/templates/" + code.slug() + ".md");
		try (var in = file.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("missing bundled template " + code.slug(), ex);
		}
	}
}
