package org.smartcourt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Every page and every fragment a page inserts fits in Thymeleaf's cache of parsed templates at once. A fragment is
 * cached per template that inserts it, so the entries the application can create are its templates plus their
 * insertions; with Thymeleaf's default of 200, a mix of pages re-parsed templates under load and the request threads
 * queued on the parser's lock (issue 10).
 */
@IntegrationTest
class TemplateCacheTests {

	private static final Pattern INSERTION = Pattern.compile("th:(replace|insert)=");

	@Autowired
	SpringTemplateEngine engine;

	@Test
	void theParsedTemplateCacheHoldsEveryPageWithTheFragmentsItInserts() throws IOException {
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
		long entries = templates.length;
		for (Resource template : templates) {
			entries += INSERTION.matcher(template.getContentAsString(StandardCharsets.UTF_8)).results().count();
		}
		assertThat(templates).hasSizeGreaterThan(50);
		assertThat(((StandardCacheManager) engine.getCacheManager()).getTemplateCacheMaxSize()).isGreaterThanOrEqualTo((int) entries);
	}
}
