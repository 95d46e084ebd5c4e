package org.smartcourt.notification.internal;

import java.time.Instant;
import java.util.Set;

/** A row of {@code notification_template}: the current version of a template and the placeholders its callers fill. */
record StoredTemplate(String code, int version, TemplateText text, Set<String> placeholders, boolean edited,
		Instant updatedAt) {
}
