package org.smartcourt.organization.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Input for creating or changing a 法庭.
 *
 * @param technology whether it is a 科技法庭; absent means no.
 * @param version required when changing: the version that was read (optimistic locking).
 */
record CourtroomRequest(
		@NotBlank(message = "{validation.courtroom.name.required}") @Size(max = 50,
				message = "{validation.courtroom.name.too-long}") String name,
		Boolean technology,
		@NotNull(message = "{validation.courtroom.capacity.required}") @Min(value = 1,
				message = "{validation.courtroom.capacity.range}") @Max(value = 2000,
						message = "{validation.courtroom.capacity.range}") Integer capacity,
		@Size(max = 100, message = "{validation.courtroom.location.too-long}") String location, Long version)
		implements VersionedRequest {

	boolean isTechnology() {
		return Boolean.TRUE.equals(technology);
	}
}
