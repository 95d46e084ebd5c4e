package org.smartcourt.ledger.web;

import java.util.EnumSet;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 电子证据核验 for everyone (parties, lawyers and the court alike); 证据链运行状态 for IT admins. */
@Configuration(proxyBeanMethods = false)
class LedgerNavigation {

	@Bean
	NavigationItem ledgerVerifyNavigation() {
		return new NavigationItem("nav.section.c-services", "nav.ledger.verify", "/public/ledger/verify", 60,
				EnumSet.allOf(Role.class));
	}

	@Bean
	NavigationItem ledgerAdminNavigation() {
		return new NavigationItem("nav.section.y-admin", "nav.ledger.admin", "/admin/ledger", 60, EnumSet.of(Role.IT_ADMIN));
	}
}
