package org.smartcourt.filing.web;

import java.util.Set;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Filing entries: 网上立案 for filers, the queue, intake and report for filing clerks. */
@Configuration(proxyBeanMethods = false)
class FilingNavigation {

	@Bean
	NavigationItem onlineFilingEntry() {
		return new NavigationItem("nav.section.c-services", "nav.filing.mine", "/filings", 10,
				Set.of(Role.LITIGANT, Role.LAWYER));
	}

	@Bean
	NavigationItem filingQueueEntry() {
		return new NavigationItem("nav.section.b-cases", "nav.filing.queue", "/clerk/filings", 10,
				Set.of(Role.FILING_CLERK));
	}

	@Bean
	NavigationItem crossDomainIntakeEntry() {
		return new NavigationItem("nav.section.b-cases", "nav.filing.intake", "/clerk/intake", 20,
				Set.of(Role.FILING_CLERK));
	}

	@Bean
	NavigationItem crossDomainReportEntry() {
		return new NavigationItem("nav.section.b-cases", "nav.filing.report", "/clerk/cross-domain", 30,
				Set.of(Role.FILING_CLERK));
	}
}
