package org.smartcourt.supervision.web;

import java.util.EnumSet;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 审判质效 in the navigation: the board for presidents and division heads, a judge's own figures. */
@Configuration(proxyBeanMethods = false)
class SupervisionNavigation {

	@Bean
	NavigationItem supervisionBoardNavigation() {
		return new NavigationItem("nav.section.m-manage", "nav.supervision.board", "/supervision", 10,
				EnumSet.of(Role.PRESIDENT, Role.DIVISION_HEAD));
	}

	@Bean
	NavigationItem supervisionCourtsNavigation() {
		return new NavigationItem("nav.section.m-manage", "nav.supervision.courts", "/supervision/courts", 11,
				EnumSet.of(Role.PRESIDENT));
	}

	@Bean
	NavigationItem supervisionJudgesNavigation() {
		return new NavigationItem("nav.section.m-manage", "nav.supervision.judges", "/supervision/judges", 14,
				EnumSet.of(Role.PRESIDENT, Role.DIVISION_HEAD));
	}

	@Bean
	NavigationItem supervisionWatchNavigation() {
		return new NavigationItem("nav.section.m-manage", "nav.supervision.watch", "/supervision/watch", 13,
				EnumSet.of(Role.PRESIDENT, Role.DIVISION_HEAD));
	}

	@Bean
	NavigationItem supervisionMineNavigation() {
		return new NavigationItem("nav.section.m-manage", "nav.supervision.mine", "/supervision", 12,
				EnumSet.of(Role.JUDGE));
	}
}
