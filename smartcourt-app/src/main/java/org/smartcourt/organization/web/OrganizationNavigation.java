package org.smartcourt.organization.web;

import java.util.Arrays;
import java.util.EnumSet;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation entries: maintenance for IT admins, a read-only view of their court for all staff. */
@Configuration(proxyBeanMethods = false)
class OrganizationNavigation {

	@Bean
	NavigationItem organizationAdminNavigation() {
		return new NavigationItem("nav.section.y-admin", "nav.org.admin", "/admin/organization/courts", 10,
				EnumSet.of(Role.IT_ADMIN));
	}

	@Bean
	NavigationItem ownCourtNavigation() {
		EnumSet<Role> staff = EnumSet.noneOf(Role.class);
		Arrays.stream(Role.values()).filter(Role::isStaff).forEach(staff::add);
		return new NavigationItem("nav.section.a-home", "nav.org.mine", "/organization/court", 50, staff);
	}
}
