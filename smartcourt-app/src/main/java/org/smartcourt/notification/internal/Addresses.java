package org.smartcourt.notification.internal;

import org.smartcourt.notification.Channel;

/** The address a delivery goes to, masked for admin pages and logs (手机 138****0001, z***@example.cn). */
final class Addresses {

	private Addresses() {
	}

	static String masked(Channel channel, QueuedMessage m) {
		return switch (channel) {
			case IN_APP -> m.userId() == null ? "-" : "用户 " + m.userId().toString().substring(0, 8);
			case SMS -> m.mobile() == null ? "-" : mobile(m.mobile());
			case EMAIL -> m.email() == null ? "-" : email(m.email());
			case DINGTALK_ROBOT -> m.robot() == null ? "-" : m.robot();
			case DINGTALK_WORK -> m.dingtalkUserId() == null ? "-" : m.dingtalkUserId();
		};
	}

	static String mobile(String mobile) {
		return mobile.length() < 7 ? "****" : mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
	}

	static String email(String email) {
		int at = email.indexOf('@');
		return at < 1 ? "***" : email.charAt(0) + "***" + email.substring(at);
	}
}
