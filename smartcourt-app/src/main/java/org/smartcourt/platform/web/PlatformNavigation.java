package org.smartcourt.platform.web;

import java.util.EnumSet;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entries the platform itself contributes. */
@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

	static final String SECTION_HOME = "nav.section.a-home";

	@Bean
	NavigationItem homeNavigation() {
		return new NavigationItem(SECTION_HOME, "nav.home", "/", 0, EnumSet.allOf(Role.class));
	}

	@Bean
	NavigationItem apiDocsNavigation() {
		return new NavigationItem("nav.section.z-system", "nav.apidocs", "/swagger-ui.html", 90,
				EnumSet.of(Role.IT_ADMIN));
	}
}
