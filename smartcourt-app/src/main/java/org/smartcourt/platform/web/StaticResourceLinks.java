package org.smartcourt.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are. With the webjars locator on the class path, Spring Boot turns on the
 * resource chain and its {@link ResourceUrlEncodingFilter}, which asks the static-resource handlers about every
 * {@code @{…}} link of every page: a class-path lookup per link, 300 ms for a judge's list of 355 cases (issue 10).
 * We version no static file by content, and webjar paths without a version are resolved when they are requested, so
 * the filter has nothing to rewrite.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceLinks {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingOff() {
		// Boot's own registration backs off when one for this filter exists; ours is switched off
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}
}
