package org.smartcourt.mediation.web;

import java.util.EnumSet;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 分调裁审 in the navigation: the desk for filing clerks, the workbench for mediators, the room for parties. */
@Configuration(proxyBeanMethods = false)
class MediationNavigation {

	@Bean
	NavigationItem mediationDiversionNavigation() {
		return new NavigationItem("nav.section.c-services", "nav.mediation.diversion", "/mediation/diversion", 70,
				EnumSet.of(Role.FILING_CLERK));
	}

	@Bean
	NavigationItem mediationWorkbenchNavigation() {
		return new NavigationItem("nav.section.c-services", "nav.mediation.workbench", "/mediation/workbench", 71,
				EnumSet.of(Role.MEDIATOR));
	}

	@Bean
	NavigationItem mediationMineNavigation() {
		return new NavigationItem("nav.section.c-services", "nav.mediation.mine", "/my/mediation", 72,
				EnumSet.of(Role.LITIGANT, Role.LAWYER));
	}

	@Bean
	NavigationItem mediationRosterNavigation() {
		return new NavigationItem("nav.section.c-services", "nav.mediation.roster", "/mediation/roster", 73,
				EnumSet.of(Role.FILING_CLERK, Role.IT_ADMIN));
	}

	@Bean
	NavigationItem mediationStatisticsNavigation() {
		return new NavigationItem("nav.section.m-manage", "nav.mediation.statistics", "/mediation/statistics", 70,
				EnumSet.of(Role.FILING_CLERK, Role.DIVISION_HEAD, Role.PRESIDENT));
	}
}
