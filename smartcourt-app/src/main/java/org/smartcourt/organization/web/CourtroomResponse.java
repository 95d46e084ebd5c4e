package org.smartcourt.organization.web;

import org.smartcourt.organization.internal.Courtroom;

/** A 法庭 as the API shows it; {@code technology} marks a 科技法庭. */
record CourtroomResponse(String id, String courtId, String name, boolean technology, int capacity, String location,
		boolean active, long version) {

	static CourtroomResponse of(Courtroom c) {
		return new CourtroomResponse(c.id().toString(), c.court().value(), c.name(), c.technology(), c.capacity(),
				c.location(), c.active(), c.version());
	}
}
