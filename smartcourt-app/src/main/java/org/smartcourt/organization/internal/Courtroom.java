package org.smartcourt.organization.internal;

import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;

/**
 * 法庭 (courtroom) of one court: where hearings are held. A 科技法庭 has recording, remote-hearing and evidence display
 * equipment, which online hearings need. Capacity counts seats in the public gallery and is between
 * {@value #CAPACITY_MIN} and {@value #CAPACITY_MAX}.
 */
public class Courtroom {

	public static final int NAME_MAX = 50;
	public static final int LOCATION_MAX = 100;
	public static final int CAPACITY_MIN = 1;
	public static final int CAPACITY_MAX = 2000;

	private final CourtroomId id;
	private final CourtId court;
	private String name;
	private boolean technology;
	private int capacity;
	private String location;
	private boolean active;
	private final long version;

	Courtroom(CourtroomId id, CourtId court, String name, boolean technology, int capacity, String location,
			boolean active, long version) {
		this.id = id;
		this.court = court;
		this.name = name;
		this.technology = technology;
		this.capacity = capacity;
		this.location = location;
		this.active = active;
		this.version = version;
	}

	/** @throws DomainException (invalid input) for a blank or long name or location, or capacity out of range. */
	public static Courtroom open(CourtId court, String name, boolean technology, Integer capacity, String location) {
		validate(name, capacity, location);
		return new Courtroom(CourtroomId.random(), court, name.strip(), technology, capacity,
				FieldProblems.strip(location), true, 0);
	}

	/** @throws DomainException (conflict) when deactivated; (invalid input) as for {@link #open}. */
	public void refit(String newName, boolean newTechnology, Integer newCapacity, String newLocation) {
		OrganizationRules.requireActive(active);
		validate(newName, newCapacity, newLocation);
		this.name = newName.strip();
		this.technology = newTechnology;
		this.capacity = newCapacity;
		this.location = FieldProblems.strip(newLocation);
	}

	/** @throws DomainException (conflict) when it is already deactivated. */
	public void close() {
		OrganizationRules.requireActive(active);
		this.active = false;
	}

	private static void validate(String name, Integer capacity, String location) {
		new FieldProblems().checkText(name, "name", NAME_MAX, "validation.courtroom.name")
			.check(capacity != null, "capacity", "required", "validation.courtroom.capacity.required")
			.check(capacity == null || (capacity >= CAPACITY_MIN && capacity <= CAPACITY_MAX), "capacity", "range",
					"validation.courtroom.capacity.range")
			.check(location == null || location.strip().length() <= LOCATION_MAX, "location", "too-long",
					"validation.courtroom.location.too-long")
			.throwIfAny();
	}

	public CourtroomId id() {
		return id;
	}

	public CourtId court() {
		return court;
	}

	public String name() {
		return name;
	}

	/** Whether this is a 科技法庭. */
	public boolean technology() {
		return technology;
	}

	public int capacity() {
		return capacity;
	}

	public String location() {
		return location;
	}

	public boolean active() {
		return active;
	}

	public long version() {
		return version;
	}
}
