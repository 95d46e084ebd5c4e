package org.smartcourt.deadlines.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 期限计算, for court staff. */
@Configuration(proxyBeanMethods = false)
class DeadlinesNavigation {

	@Bean
	NavigationItem deadlineCalculatorNavigation() {
		return new NavigationItem("nav.section.b-cases", "nav.deadlines.calculator", "/deadlines/calculator", 50,
				Arrays.stream(Role.values()).filter(Role::isStaff).collect(Collectors.toSet()));
	}
}
