package org.smartcourt.appraisal.web;

import java.util.EnumSet;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 司法鉴定 in the 诉讼服务 section: the office's queue and roster, the parties' appraisals, the institution's portal. */
@Configuration(proxyBeanMethods = false)
class AppraisalNavigation {

	@Bean
	NavigationItem appraisalQueueNavigation() {
		return new NavigationItem("nav.section.c-services", "nav.appraisal.queue", "/appraisal", 70,
				EnumSet.of(Role.APPRAISAL));
	}

	@Bean
	NavigationItem appraisalRosterNavigation() {
		return new NavigationItem("nav.section.c-services", "nav.appraisal.roster", "/appraisal/roster", 71,
				EnumSet.of(Role.APPRAISAL, Role.JUDGE, Role.DIVISION_HEAD, Role.PRESIDENT));
	}

	@Bean
	NavigationItem appraisalPartyNavigation() {
		return new NavigationItem("nav.section.c-services", "nav.appraisal.mine", "/my/appraisals", 72,
				EnumSet.of(Role.LITIGANT, Role.LAWYER));
	}

	@Bean
	NavigationItem appraisalInstitutionNavigation() {
		return new NavigationItem("nav.section.c-services", "nav.appraisal.institution", "/institution", 73,
				EnumSet.of(Role.APPRAISAL_INSTITUTION));
	}
}
