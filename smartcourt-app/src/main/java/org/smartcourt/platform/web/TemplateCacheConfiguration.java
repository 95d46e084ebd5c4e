package org.smartcourt.platform.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Sizes Thymeleaf's cache of parsed templates for this application. Thymeleaf keeps 200 parsed templates by default,
 * and every fragment a page inserts is an entry of its own: the shell's head, header, navigation and footer once per
 * page that inserts them, each case-page section, each row fragment. With some 110 pages and their fragments, a mix of
 * pages evicted entries all the time, so pages were parsed again under load; parsing takes a fair lock that serialised
 * the request threads (issue 10: a case page waited seconds in an open-model load). The entries are small; keep them all.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCacheConfiguration {

	/** Comfortably above the pages × inserted fragments of the application. */
	static final int PARSED_TEMPLATES = 4_000;

	@Bean
	static BeanPostProcessor templateCacheSize() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine && !engine.isInitialized()) {
					StandardCacheManager cache = new StandardCacheManager();
					cache.setTemplateCacheMaxSize(PARSED_TEMPLATES);
					engine.setCacheManager(cache);
				}
				return bean;
			}
		};
	}
}
