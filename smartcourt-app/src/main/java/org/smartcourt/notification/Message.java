package org.smartcourt.notification;

import java.util.Map;
import java.util.Set;

/**
 * A message to queue: a template filled with values, for one recipient, on one or more channels.
 *
 * @param deliveryKey the caller's idempotency key, unique per message (for example {@code service:<attempt id>}):
 *        queuing the same key again queues nothing and returns the first message's id.
 * @param template the code of a notification template (for example {@code service.document}); templates live in
 *        {@code reference/notification/templates/<code>.txt} and are editable by the IT admin.
 * @param values the template's placeholders ({@code {name}}) and their values.
 * @param link an application path the reader can follow ({@code /…}), or {@literal null}; SMS and e-mail carry it
 *        as an absolute URL.
 * @param channels where to send it; empty means the recipient's preferred channels for the template's category.
 */
public record Message(String deliveryKey, Recipient to, String template, Map<String, String> values, String link,
		Set<Channel> channels) {

	public Message {
		if (deliveryKey == null || deliveryKey.isBlank() || deliveryKey.length() > 200) {
			throw new IllegalArgumentException("a message needs a delivery key of 1 to 200 characters");
		}
		if (to == null || template == null) {
			throw new IllegalArgumentException("a message needs a recipient and a template");
		}
		values = Map.copyOf(values == null ? Map.of() : values);
		channels = channels == null ? Set.of() : Set.copyOf(channels);
	}
}
