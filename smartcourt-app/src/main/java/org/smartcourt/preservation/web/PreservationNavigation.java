package org.smartcourt.preservation.web;

import java.util.EnumSet;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 智能保全 in the 诉讼服务 section: the applicants' portal and the court queue. */
@Configuration(proxyBeanMethods = false)
class PreservationNavigation {

	@Bean
	NavigationItem preservationPortalNavigation() {
		return new NavigationItem("nav.section.c-services", "nav.preservation.portal", "/my/preservation", 65,
				EnumSet.of(Role.LITIGANT, Role.LAWYER));
	}

	@Bean
	NavigationItem preservationQueueNavigation() {
		return new NavigationItem("nav.section.c-services", "nav.preservation.queue", "/preservation", 66,
				EnumSet.of(Role.FILING_CLERK, Role.JUDGE, Role.ASSISTANT, Role.CLERK, Role.DIVISION_HEAD, Role.PRESIDENT));
	}
}
