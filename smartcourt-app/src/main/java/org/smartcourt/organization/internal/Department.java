package org.smartcourt.organization.internal;

import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;

/**
 * 庭室 (department) of one court, such as 立案庭 or 民事审判第一庭. Its name is unique among the court's active
 * departments (enforced by the database). A deactivated department can no longer be changed.
 */
public class Department {

	public static final int NAME_MAX = 50;

	private final DepartmentId id;
	private final CourtId court;
	private String name;
	private DepartmentKind kind;
	private boolean active;
	private final long version;

	Department(DepartmentId id, CourtId court, String name, DepartmentKind kind, boolean active, long version) {
		this.id = id;
		this.court = court;
		this.name = name;
		this.kind = kind;
		this.active = active;
		this.version = version;
	}

	/**
	 * Sets up a new department.
	 *
	 * @throws DomainException (invalid input) when the name is blank or too long, or the kind is missing.
	 */
	public static Department establish(CourtId court, String name, DepartmentKind kind) {
		validate(name, kind);
		return new Department(DepartmentId.random(), court, name.strip(), kind, true, 0);
	}

	/**
	 * Renames and re-classifies this department.
	 *
	 * @throws DomainException (conflict) when it is deactivated; (invalid input) as for {@link #establish}.
	 */
	public void redefine(String newName, DepartmentKind newKind) {
		OrganizationRules.requireActive(active);
		validate(newName, newKind);
		this.name = newName.strip();
		this.kind = newKind;
	}

	/** @throws DomainException (conflict) when it is already deactivated. */
	public void deactivate() {
		OrganizationRules.requireActive(active);
		this.active = false;
	}

	private static void validate(String name, DepartmentKind kind) {
		new FieldProblems().checkText(name, "name", NAME_MAX, "validation.department.name")
			.check(kind != null, "kind", "required", "validation.department.kind.required")
			.throwIfAny();
	}

	public DepartmentId id() {
		return id;
	}

	public CourtId court() {
		return court;
	}

	public String name() {
		return name;
	}

	public DepartmentKind kind() {
		return kind;
	}

	public boolean active() {
		return active;
	}

	public long version() {
		return version;
	}
}
