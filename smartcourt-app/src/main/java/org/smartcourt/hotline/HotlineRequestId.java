package org.smartcourt.hotline;

import java.util.UUID;

/** Stable identifier of a 12368 request; its 受理编号 is the human name. */
public record HotlineRequestId(UUID value) {

	public HotlineRequestId {
		if (value == null) {
			throw new IllegalArgumentException("request id is required");
		}
	}

	public static HotlineRequestId random() {
		return new HotlineRequestId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
