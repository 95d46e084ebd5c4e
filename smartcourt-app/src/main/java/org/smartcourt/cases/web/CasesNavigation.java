package org.smartcourt.cases.web;

import java.util.Set;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 我的案件, for litigants and lawyers. */
@Configuration(proxyBeanMethods = false)
class CasesNavigation {

	@Bean
	NavigationItem myCasesNavigation() {
		return new NavigationItem("nav.section.c-services", "nav.cases.mine", "/cases/mine", 5,
				Set.of(Role.LITIGANT, Role.LAWYER));
	}
}
