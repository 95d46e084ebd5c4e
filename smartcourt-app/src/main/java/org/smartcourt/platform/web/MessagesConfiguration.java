package org.smartcourt.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Chinese texts: every bundle under {@code messages/} (one per module), found on the classpath, so a module adds
 * its bundle without touching shared configuration. UTF-8, no fallback to the machine's locale.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames(basenames());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	static String[] basenames() {
		try {
			Resource[] bundles = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:messages/*.properties");
			return Arrays.stream(bundles)
				.map(Resource::getFilename)
				.filter(name -> name != null && !name.contains("_"))
				.map(name -> "messages/" + name.substring(0, name.length() - ".properties".length()))
				.distinct()
				.sorted()
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list message bundles", ex);
		}
	}
}
