package org.smartcourt.notification;

import java.util.List;

import org.smartcourt.shared.Actor;

/**
 * The notification templates (通知模板), editable by the IT admin. Each save makes a new version; messages keep the
 * text they were rendered with.
 */
public interface NotificationTemplates {

	List<NotificationTemplate> all();

	/** @throws org.smartcourt.shared.DomainException {@code NOT_FOUND} for an unknown code. */
	NotificationTemplate get(String code);

	/**
	 * Saves a new version (IT admin only; audited).
	 *
	 * @throws org.smartcourt.shared.DomainException {@code INVALID_INPUT} with a field problem on {@code text} for a
	 *         malformed header, a changed category or an unknown placeholder; nothing is saved.
	 */
	NotificationTemplate update(Actor admin, String code, String text);
}
