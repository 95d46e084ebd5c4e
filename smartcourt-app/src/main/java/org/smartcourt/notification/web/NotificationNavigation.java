package org.smartcourt.notification.web;

import java.util.EnumSet;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 消息通知 in everyone's home section. */
@Configuration(proxyBeanMethods = false)
class NotificationNavigation {

	@Bean
	NavigationItem noticesNavigation() {
		return new NavigationItem("nav.section.a-home", "nav.notices", "/notices", 10, EnumSet.allOf(Role.class));
	}
}
