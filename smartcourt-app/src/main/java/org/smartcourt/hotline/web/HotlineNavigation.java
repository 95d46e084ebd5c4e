package org.smartcourt.hotline.web;

import java.util.EnumSet;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 12368 in the 诉讼服务 section: the portal, the desk, 待办, the knowledge base and statistics. */
@Configuration(proxyBeanMethods = false)
class HotlineNavigation {

	@Bean
	NavigationItem hotlinePortalNavigation() {
		return new NavigationItem("nav.section.c-services", "nav.hotline.portal", "/hotline", 60,
				EnumSet.of(Role.LITIGANT, Role.LAWYER));
	}

	@Bean
	NavigationItem hotlineDeskNavigation() {
		return new NavigationItem("nav.section.c-services", "nav.hotline.desk", "/hotline/desk", 61,
				EnumSet.of(Role.HOTLINE, Role.FILING_CLERK));
	}

	@Bean
	NavigationItem hotlineTodoNavigation() {
		return new NavigationItem("nav.section.c-services", "nav.hotline.todo", "/hotline/todo", 62,
				EnumSet.of(Role.JUDGE, Role.ASSISTANT, Role.CLERK, Role.DIVISION_HEAD, Role.PRESIDENT));
	}

	@Bean
	NavigationItem hotlineKnowledgeNavigation() {
		return new NavigationItem("nav.section.c-services", "nav.hotline.kb", "/hotline/kb", 63,
				EnumSet.of(Role.LITIGANT, Role.LAWYER, Role.HOTLINE, Role.FILING_CLERK));
	}

	@Bean
	NavigationItem hotlineStatisticsNavigation() {
		return new NavigationItem("nav.section.m-manage", "nav.hotline.statistics", "/hotline/statistics", 60,
				EnumSet.of(Role.HOTLINE, Role.FILING_CLERK, Role.DIVISION_HEAD, Role.PRESIDENT));
	}
}
