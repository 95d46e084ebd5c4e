package org.smartcourt.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smartcourt.organization.internal.DepartmentKind;

/**
 * Input for creating or changing a 庭室.
 *
 * @param version required when changing: the version that was read (optimistic locking).
 */
record DepartmentRequest(
		@NotBlank(message = "{validation.department.name.required}") @Size(max = 50,
				message = "{validation.department.name.too-long}") String name,
		@NotNull(message = "{validation.department.kind.required}") DepartmentKind kind, Long version) implements VersionedRequest {
}
