package org.smartcourt.audit.web;

import java.util.Set;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log in the IT admin's navigation. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

	@Bean
	NavigationItem auditLogNavigation() {
		return new NavigationItem("nav.section.y-admin", "nav.audit", "/admin/audit", 50, Set.of(Role.IT_ADMIN));
	}
}
