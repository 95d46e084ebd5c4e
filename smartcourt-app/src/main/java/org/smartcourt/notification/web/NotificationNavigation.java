package org.smartcourt.notification.web;

import java.util.EnumSet;

import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 消息通知 in everyone's home section; 通知模板 and 发件队列 in the IT admin's. */
@Configuration(proxyBeanMethods = false)
class NotificationNavigation {

	@Bean
	NavigationItem noticesNavigation() {
		return new NavigationItem("nav.section.a-home", "nav.notices", "/notices", 10, EnumSet.allOf(Role.class));
	}

	@Bean
	NavigationItem notificationTemplatesNavigation() {
		return new NavigationItem("nav.section.y-admin", "nav.notification-templates", "/admin/notification-templates",
				60, EnumSet.of(Role.IT_ADMIN));
	}

	@Bean
	NavigationItem notificationOutboxNavigation() {
		return new NavigationItem("nav.section.y-admin", "nav.notification-outbox", "/admin/notification-outbox", 61,
				EnumSet.of(Role.IT_ADMIN));
	}
}
