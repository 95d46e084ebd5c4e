package org.smartcourt.notification;

import java.util.Set;

import org.smartcourt.shared.UserId;

/**
 * Each person's own notification settings (通知偏好), within what the law allows: a mandatory category (送达 notices,
 * 在线诉讼规则 art. 32; hearings; security) cannot be changed or switched off. Changes are audited.
 */
public interface NotificationPreferences {

	/** The channels a person may choose from. */
	Set<Channel> CHOOSABLE = Set.of(Channel.IN_APP, Channel.SMS, Channel.EMAIL, Channel.DINGTALK_WORK);

	NotificationSettings of(UserId user);

	/**
	 * @throws org.smartcourt.shared.DomainException {@code RULE_VIOLATION} ({@code notification-category-mandatory})
	 *         for a mandatory category; {@code INVALID_INPUT} for a channel that cannot be chosen.
	 */
	void choose(UserId user, Category category, Set<Channel> channels);

	/** @param quietHours or {@literal null} for none. */
	void quietHours(UserId user, QuietHours quietHours);

	/**
	 * @throws org.smartcourt.shared.DomainException {@code INVALID_INPUT} for a malformed mobile number or e-mail.
	 */
	void contact(UserId user, String mobile, String email, String dingtalkUserId);
}
