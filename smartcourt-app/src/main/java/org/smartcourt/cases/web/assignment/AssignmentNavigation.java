package org.smartcourt.cases.web.assignment;

import java.util.Set;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 待分案, for filing clerks, 庭长 and 院长. */
@Configuration(proxyBeanMethods = false)
class AssignmentNavigation {

	@Bean
	NavigationItem assignmentQueueNavigation() {
		return new NavigationItem("nav.section.b-cases", "nav.assignment.queue", "/cases/assignment", 15,
				Set.of(Role.FILING_CLERK, Role.DIVISION_HEAD, Role.PRESIDENT));
	}
}
