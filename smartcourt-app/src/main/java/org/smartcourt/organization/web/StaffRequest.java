package org.smartcourt.organization.web;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.smartcourt.organization.internal.DepartmentId;
import org.smartcourt.organization.Position;
import org.smartcourt.organization.internal.StaffDraft;

/**
 * Input for creating or changing a staff record.
 *
 * @param username the person's account, if any.
 * @param caseCategories four-digit case-category codes the judge may hear, e.g. {@code ["0300"]}.
 * @param version required when changing: the version that was read (optimistic locking).
 */
record StaffRequest(
		@NotBlank(message = "{validation.staff.name.required}") @Size(max = 50,
				message = "{validation.staff.name.too-long}") String name,
		@NotNull(message = "{validation.staff.position.required}") Position position, UUID departmentId,
		@Pattern(regexp = "[A-Za-z0-9._-]{2,64}", message = "{validation.staff.username.pattern}") String username,
		Set<String> caseCategories, Long version) implements VersionedRequest {

	StaffDraft toDraft() {
		return new StaffDraft(departmentId == null ? null : new DepartmentId(departmentId), name, position,
				username == null || username.isBlank() ? null : username, caseCategories);
	}
}
