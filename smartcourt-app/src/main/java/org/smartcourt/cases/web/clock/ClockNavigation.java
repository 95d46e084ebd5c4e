package org.smartcourt.cases.web.clock;

import java.util.Set;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 我承办的案件, 全院案件 and 延长审限审批 in the court staff's navigation. */
@Configuration(proxyBeanMethods = false)
class ClockNavigation {

	@Bean
	NavigationItem assignedCasesNavigation() {
		return new NavigationItem("nav.section.b-cases", "nav.clock.assigned", "/cases/assigned", 10,
				Set.of(Role.JUDGE, Role.ASSISTANT, Role.CLERK, Role.DIVISION_HEAD, Role.PRESIDENT));
	}

	@Bean
	NavigationItem courtCasesNavigation() {
		return new NavigationItem("nav.section.b-cases", "nav.clock.court", "/cases/court", 20,
				Set.of(Role.DIVISION_HEAD, Role.PRESIDENT));
	}

	@Bean
	NavigationItem extensionApprovalsNavigation() {
		return new NavigationItem("nav.section.b-cases", "nav.clock.extensions", "/cases/extensions", 30,
				Set.of(Role.PRESIDENT));
	}
}
