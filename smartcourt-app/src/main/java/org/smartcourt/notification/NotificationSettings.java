package org.smartcourt.notification;

import java.util.List;

/**
 * A person's notification settings (通知偏好): channels per category, quiet hours and the addresses they are reached
 * at besides the platform inbox.
 *
 * @param quietHours or {@literal null} when there are none.
 * @param mobile the mobile number messages go to, or {@literal null}.
 * @param email or {@literal null}.
 * @param dingtalkUserId the person's DingTalk user id (staff, for 钉钉工作通知), or {@literal null}.
 */
public record NotificationSettings(List<ChannelChoice> choices, QuietHours quietHours, String mobile, String email,
		String dingtalkUserId) {
}
