package org.smartcourt.organization.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smartcourt.organization.internal.Courtroom;

/** The 法庭 form of the admin pages. */
public class CourtroomForm {

	@NotBlank(message = "{validation.courtroom.name.required}")
	@Size(max = 50, message = "{validation.courtroom.name.too-long}")
	private String name;

	private boolean technology;

	@NotNull(message = "{validation.courtroom.capacity.required}")
	@Min(value = 1, message = "{validation.courtroom.capacity.range}")
	@Max(value = 2000, message = "{validation.courtroom.capacity.range}")
	private Integer capacity;

	@Size(max = 100, message = "{validation.courtroom.location.too-long}")
	private String location;

	private long version;

	static CourtroomForm of(Courtroom c) {
		CourtroomForm form = new CourtroomForm();
		form.name = c.name();
		form.technology = c.technology();
		form.capacity = c.capacity();
		form.location = c.location();
		form.version = c.version();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public boolean isTechnology() {
		return technology;
	}

	public void setTechnology(boolean technology) {
		this.technology = technology;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public String getLocation() {
		return location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
