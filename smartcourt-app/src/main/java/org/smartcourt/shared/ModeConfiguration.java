package org.smartcourt.shared;

import java.util.Arrays;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Production when {@code SMARTCOURT_MODE=production} or the {@code production} profile is active; demo otherwise. */
@Configuration(proxyBeanMethods = false)
class ModeConfiguration {

	@Bean
	SmartCourtMode smartCourtMode(Environment environment) {
		boolean productionProfile = Arrays.asList(environment.getActiveProfiles()).contains("production");
		return productionProfile ? SmartCourtMode.PRODUCTION
				: SmartCourtMode.parse(environment.getProperty("smartcourt.mode"));
	}
}
