package org.smartcourt.organization.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.smartcourt.organization.CaseCategory;
import org.smartcourt.organization.Position;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;

/**
 * 人员: a person working at one court, in one of its departments, with a {@link Position}. Judges carry the case
 * categories they may hear; other positions carry none. The person may have an account, linked by username only.
 */
public class StaffMember {

	public static final int NAME_MAX = 50;
	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");

	private final StaffId id;
	private final CourtId court;
	private DepartmentId department;
	private String name;
	private Position position;
	private String username;
	private Set<CaseCategory> caseCategories;
	private boolean active;
	private final long version;

	StaffMember(StaffId id, CourtId court, DepartmentId department, String name, Position position, String username,
			Set<CaseCategory> caseCategories, boolean active, long version) {
		this.id = id;
		this.court = court;
		this.department = department;
		this.name = name;
		this.position = position;
		this.username = username;
		this.caseCategories = caseCategories.isEmpty() ? EnumSet.noneOf(CaseCategory.class)
				: EnumSet.copyOf(caseCategories);
		this.active = active;
		this.version = version;
	}

	/**
	 * Records a person at {@code court}.
	 *
	 * @param department the department, or {@literal null}; the caller checks it belongs to {@code court}.
	 * @param username the person's account, or {@literal null} when they have none.
	 * @throws DomainException (invalid input) for a missing name or position, a malformed username, or case
	 * categories on a position that does not hear cases.
	 */
	public static StaffMember enrol(CourtId court, DepartmentId department, String name, Position position,
			String username, Set<CaseCategory> caseCategories) {
		validate(name, position, username, caseCategories);
		return new StaffMember(StaffId.random(), court, department, name.strip(), position,
				FieldProblems.strip(username), caseCategories, true, 0);
	}

	/** Changes department, name, position, account link and case categories; rules as for {@link #enrol}. */
	public void reassign(DepartmentId newDepartment, String newName, Position newPosition, String newUsername,
			Set<CaseCategory> newCaseCategories) {
		OrganizationRules.requireActive(active);
		validate(newName, newPosition, newUsername, newCaseCategories);
		this.department = newDepartment;
		this.name = newName.strip();
		this.position = newPosition;
		this.username = FieldProblems.strip(newUsername);
		this.caseCategories = newCaseCategories.isEmpty() ? EnumSet.noneOf(CaseCategory.class)
				: EnumSet.copyOf(newCaseCategories);
	}

	/** The person left the court; their account link is released for reuse. */
	public void deactivate() {
		OrganizationRules.requireActive(active);
		this.active = false;
	}

	/** Whether this person may be assigned a case of {@code category}. */
	public boolean mayHear(CaseCategory category) {
		return active && caseCategories.contains(category);
	}

	private static void validate(String name, Position position, String username, Set<CaseCategory> categories) {
		String account = FieldProblems.strip(username);
		new FieldProblems().checkText(name, "name", NAME_MAX, "validation.staff.name")
			.check(position != null, "position", "required", "validation.staff.position.required")
			.check(account == null || USERNAME.matcher(account).matches(), "username", "pattern",
					"validation.staff.username.pattern")
			.check(categories.isEmpty() || position == null || position.hearsCases(), "caseCategories",
					"not-a-judge", "validation.staff.case-categories.not-a-judge")
			.throwIfAny();
	}

	public StaffId id() {
		return id;
	}

	public CourtId court() {
		return court;
	}

	public DepartmentId department() {
		return department;
	}

	public String name() {
		return name;
	}

	public Position position() {
		return position;
	}

	public String username() {
		return username;
	}

	public Set<CaseCategory> caseCategories() {
		return Collections.unmodifiableSet(caseCategories);
	}

	public boolean active() {
		return active;
	}

	public long version() {
		return version;
	}
}
