package org.smartcourt.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The 人民法庭 form of the admin pages. */
public class TribunalForm {

	@NotBlank(message = "{validation.tribunal.name.required}")
	@Size(max = 100, message = "{validation.tribunal.name.too-long}")
	private String name;

	@Size(max = 200, message = "{validation.tribunal.note.too-long}")
	private String note;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
