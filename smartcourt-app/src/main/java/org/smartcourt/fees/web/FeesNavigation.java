package org.smartcourt.fees.web;

import java.util.EnumSet;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The fee calculator, for everyone signed in. */
@Configuration(proxyBeanMethods = false)
class FeesNavigation {

	@Bean
	NavigationItem feeCalculatorNavigation() {
		return new NavigationItem("nav.section.c-services", "nav.fees.calculator", "/fees/calculator", 40,
				EnumSet.allOf(Role.class));
	}
}
