package org.smartcourt.casefile.web.documents;

import java.util.EnumSet;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 文书模板与院印 in the administrators' navigation. */
@Configuration(proxyBeanMethods = false)
class DocumentNavigation {

	@Bean
	NavigationItem documentTemplatesNavigation() {
		return new NavigationItem("nav.section.y-admin", "nav.casefile.templates", "/admin/document-templates", 40,
				EnumSet.of(Role.IT_ADMIN));
	}
}
