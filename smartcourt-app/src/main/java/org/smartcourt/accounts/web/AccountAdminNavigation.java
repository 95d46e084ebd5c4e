package org.smartcourt.accounts.web;

import java.util.Set;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 账号管理 in the IT admin's navigation. */
@Configuration(proxyBeanMethods = false)
class AccountAdminNavigation {

	@Bean
	NavigationItem accountAdministrationEntry() {
		return new NavigationItem("nav.section.y-admin", "nav.accounts", "/admin/accounts", 20, Set.of(Role.IT_ADMIN));
	}
}
