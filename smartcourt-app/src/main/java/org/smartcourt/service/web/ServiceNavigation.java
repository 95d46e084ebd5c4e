package org.smartcourt.service.web;

import java.util.Set;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 送达平台 for the court's staff who serve; 我的文书 for litigants and lawyers. */
@Configuration(proxyBeanMethods = false)
class ServiceNavigation {

	@Bean
	NavigationItem serviceDeskNavigation() {
		return new NavigationItem("nav.section.b-cases", "nav.service.desk", "/service", 30,
				Set.of(Role.CLERK, Role.FILING_CLERK, Role.ASSISTANT, Role.JUDGE));
	}

	@Bean
	NavigationItem myDocumentsNavigation() {
		return new NavigationItem("nav.section.c-services", "nav.service.mine", "/my/documents", 6,
				Set.of(Role.LITIGANT, Role.LAWYER));
	}
}
