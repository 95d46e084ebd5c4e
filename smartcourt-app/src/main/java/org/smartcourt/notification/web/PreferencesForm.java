package org.smartcourt.notification.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcourt.notification.Category;
import org.smartcourt.notification.Channel;

/** What the preferences page posts: channel checkboxes named {@code <CATEGORY>} with channel values, quiet hours, contact. */
record PreferencesForm(Map<Category, Set<Channel>> channels, String quietStart, String quietEnd, String mobile,
		String email, String dingtalkUserId) {

	static PreferencesForm of(Map<String, List<String>> params) {
		Map<Category, Set<Channel>> channels = new java.util.EnumMap<>(Category.class);
		for (Category c : Category.values()) {
			if (!c.isMandatory()) {
				Set<Channel> chosen = EnumSet.noneOf(Channel.class);
				params.getOrDefault("channels-" + c.name(), List.of()).forEach(v -> chosen.add(Channel.valueOf(v)));
				channels.put(c, chosen);
			}
		}
		return new PreferencesForm(channels, first(params, "quietStart"), first(params, "quietEnd"),
				first(params, "mobile"), first(params, "email"), first(params, "dingtalkUserId"));
	}

	private static String first(Map<String, List<String>> params, String name) {
		List<String> values = params.get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}
}
