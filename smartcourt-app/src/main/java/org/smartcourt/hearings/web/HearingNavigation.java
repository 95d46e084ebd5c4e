package org.smartcourt.hearings.web;

import java.util.EnumSet;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 今日开庭 and 庭审日历 for trial staff; 开庭公告 for everyone. */
@Configuration(proxyBeanMethods = false)
class HearingNavigation {

	private static final EnumSet<Role> TRIAL_STAFF = EnumSet.of(Role.JUDGE, Role.ASSISTANT, Role.CLERK,
			Role.DIVISION_HEAD, Role.PRESIDENT);

	@Bean
	NavigationItem hearingsTodayNavigation() {
		return new NavigationItem("nav.section.b-cases", "nav.hearings.today", "/hearings/today", 40, TRIAL_STAFF);
	}

	@Bean
	NavigationItem hearingsCalendarNavigation() {
		return new NavigationItem("nav.section.b-cases", "nav.hearings.calendar", "/hearings/calendar", 41,
				EnumSet.of(Role.JUDGE, Role.ASSISTANT, Role.CLERK, Role.DIVISION_HEAD, Role.PRESIDENT,
						Role.FILING_CLERK));
	}

	@Bean
	NavigationItem hearingsPublicNavigation() {
		return new NavigationItem("nav.section.c-services", "nav.hearings.announcements", "/public/hearings", 50,
				EnumSet.allOf(Role.class));
	}
}
