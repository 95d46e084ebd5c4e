package org.smartcourt.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smartcourt.organization.internal.Department;
import org.smartcourt.organization.internal.DepartmentKind;

/** The 庭室 form of the admin pages. */
public class DepartmentForm {

	@NotBlank(message = "{validation.department.name.required}")
	@Size(max = 50, message = "{validation.department.name.too-long}")
	private String name;

	@NotNull(message = "{validation.department.kind.required}")
	private DepartmentKind kind;

	private long version;

	static DepartmentForm of(Department d) {
		DepartmentForm form = new DepartmentForm();
		form.name = d.name();
		form.kind = d.kind();
		form.version = d.version();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public DepartmentKind getKind() {
		return kind;
	}

	public void setKind(DepartmentKind kind) {
		this.kind = kind;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
