package org.smartcourt.hearings.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.TeamMember;
import org.smartcourt.hearings.Hearing;

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

	/** What a hearing of case {@code c} occupies: the courtroom of {@code h} (if any), each person sitting on the case (by staff id) and each lawyer (by 执业证号). */
	static List<Booking> of(CaseOverview c, Hearing h) {
		List<Booking> bookings = new ArrayList<>();
		if (h != null && h.courtroomId() != null) {
			bookings.add(Booking.room(h.courtroomId(), h.courtroomName()));
		}
		Map<UUID, TeamMember> sitting = new LinkedHashMap<>();
		c.team().stream().filter(m -> m.role().sits()).forEach(m -> sitting.putIfAbsent(m.staffId(), m));
		sitting.values().forEach(m -> bookings.add(Booking.staff(m.staffId(), m.name())));
		Set<String> licences = new LinkedHashSet<>();
		c.parties()
			.stream()
			.filter(p -> p.agent() && p.lawyer() && p.licenseNumber() != null && !p.licenseNumber().isBlank())
			.filter(p -> licences.add(p.licenseNumber().strip()))
			.forEach(p -> bookings.add(Booking.lawyer(p.licenseNumber().strip(), p.name())));
		return bookings;
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
