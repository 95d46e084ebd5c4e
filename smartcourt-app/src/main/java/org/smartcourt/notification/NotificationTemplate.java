package org.smartcourt.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notification template (通知模板) as the IT admin sees it.
 *
 * @param text the file form: {@code category:}/{@code title:}/{@code sms:} headers, {@code ---}, the body.
 * @param placeholders the placeholders its callers fill ({@code link} is always available).
 * @param edited whether an admin changed it (then its seed file no longer replaces it).
 */
public record NotificationTemplate(String code, Category category, int version, String text,
		List<String> placeholders, boolean edited, Instant updatedAt) {
}
