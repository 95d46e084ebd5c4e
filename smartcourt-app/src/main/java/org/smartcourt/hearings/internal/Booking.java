package org.smartcourt.hearings.internal;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Something a hearing occupies for its time: a courtroom, a person sitting on the case or a lawyer.
 *
 * @param resource {@code room:<id>}, {@code staff:<id>} or {@code lawyer:<执业证号>}.
 * @param label how people name it in a conflict message, e.g. 第一法庭, 沈法官, 赵律师（执业证号…）.
 */
record Booking(String resource, String label) {

	static Booking room(UUID id, String name) {
		return new Booking("room:" + id, name);
	}

	static Booking staff(UUID id, String name) {
		return new Booking("staff:" + id, name);
	}

	static Booking lawyer(String licenseNumber, String name) {
		return new Booking("lawyer:" + licenseNumber, name + "（律师，执业证号" + licenseNumber + "）");
	}

	boolean isStaff() {
		return resource.startsWith("staff:");
	}

	/** A period during which a resource is taken. */
	record Busy(String resource, LocalDateTime start, LocalDateTime end) {

		boolean overlaps(LocalDateTime from, LocalDateTime to) {
			return start.isBefore(to) && from.isBefore(end);
		}
	}
}
