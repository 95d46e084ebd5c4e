package org.smartcourt.cases.web.search;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.cases.internal.search.CaseSearch;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 案件查询, for the staff who may search. */
@Configuration(proxyBeanMethods = false)
class CaseSearchNavigation {

	@Bean
	NavigationItem caseSearchItem() {
		return new NavigationItem("nav.section.b-cases", "nav.cases.search", "/cases/search", 5,
				CaseSearch.SEARCHERS);
	}
}
