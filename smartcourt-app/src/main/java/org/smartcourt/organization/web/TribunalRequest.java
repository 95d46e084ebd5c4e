package org.smartcourt.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Input for adding a 人民法庭. */
record TribunalRequest(
		@NotBlank(message = "{validation.tribunal.name.required}") @Size(max = 100,
				message = "{validation.tribunal.name.too-long}") String name,
		@Size(max = 200, message = "{validation.tribunal.note.too-long}") String note) {
}
