package org.smartcourt.notification;

import java.util.UUID;

/** Identifier of a queued message. */
public record MessageId(UUID value) {

	public MessageId {
		if (value == null) {
			throw new IllegalArgumentException("message id must not be null");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
