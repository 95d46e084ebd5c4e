package org.smartcourt.notification.internal;

import java.util.EnumSet;
import java.util.Set;

import org.smartcourt.notification.Category;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.NotificationPreferences;
import org.smartcourt.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * Which channels a message goes on when its caller names none: the person's choice for the category, or the
 * defaults (in-app, plus SMS for 送达, hearings and security when there is a mobile number). Mandatory categories
 * always get the defaults, so nobody can switch them off.
 */
@Component
class ChannelPolicy {

	private final PreferenceRepository preferences;

	ChannelPolicy(PreferenceRepository preferences) {
		this.preferences = preferences;
	}

	static Set<Channel> defaults(Category category, boolean hasMobile) {
		Set<Channel> channels = EnumSet.of(Channel.IN_APP);
		if (hasMobile && (category == Category.SERVICE || category == Category.HEARING
				|| category == Category.SECURITY)) {
			channels.add(Channel.SMS);
		}
		return channels;
	}

	/** For a platform user; {@code mobile}, {@code email} say which addresses are known. */
	Set<Channel> forUser(UserId user, Category category, boolean hasMobile) {
		if (category.isMandatory()) {
			return defaults(category, hasMobile);
		}
		Set<Channel> chosen = preferences.chosen(user).get(category);
		if (chosen == null) {
			return defaults(category, hasMobile);
		}
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		chosen.stream().filter(NotificationPreferences.CHOOSABLE::contains).forEach(channels::add);
		return channels;
	}

	/** For addresses without an account: every channel there is an address for. */
	static Set<Channel> forAddresses(String mobile, String email, String robot) {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		if (mobile != null) {
			channels.add(Channel.SMS);
		}
		if (email != null) {
			channels.add(Channel.EMAIL);
		}
		if (robot != null) {
			channels.add(Channel.DINGTALK_ROBOT);
		}
		return channels;
	}
}
