package org.smartcourt.organization.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.smartcourt.organization.CaseCategory;
import org.smartcourt.organization.internal.DepartmentId;
import org.smartcourt.organization.Position;
import org.smartcourt.organization.internal.StaffDraft;
import org.smartcourt.organization.internal.StaffMember;

/** The staff form of the admin pages; an empty username means the person has no account. */
public class StaffForm {

	@NotBlank(message = "{validation.staff.name.required}")
	@Size(max = 50, message = "{validation.staff.name.too-long}")
	private String name;

	@NotNull(message = "{validation.staff.position.required}")
	private Position position;

	private UUID departmentId;

	@Pattern(regexp = "|[A-Za-z0-9._-]{2,64}", message = "{validation.staff.username.pattern}")
	private String username;

	private List<String> caseCategories = new ArrayList<>();

	private long version;

	static StaffForm of(StaffMember s) {
		StaffForm form = new StaffForm();
		form.name = s.name();
		form.position = s.position();
		form.departmentId = s.department() == null ? null : s.department().value();
		form.username = s.username();
		form.caseCategories = new ArrayList<>(s.caseCategories().stream().map(CaseCategory::code).sorted().toList());
		form.version = s.version();
		return form;
	}

	StaffDraft toDraft() {
		return new StaffDraft(departmentId == null ? null : new DepartmentId(departmentId), name, position,
				username == null || username.isBlank() ? null : username,
				caseCategories == null ? null : new HashSet<>(caseCategories));
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Position getPosition() {
		return position;
	}

	public void setPosition(Position position) {
		this.position = position;
	}

	public UUID getDepartmentId() {
		return departmentId;
	}

	public void setDepartmentId(UUID departmentId) {
		this.departmentId = departmentId;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public List<String> getCaseCategories() {
		return caseCategories;
	}

	public void setCaseCategories(List<String> caseCategories) {
		this.caseCategories = caseCategories;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
