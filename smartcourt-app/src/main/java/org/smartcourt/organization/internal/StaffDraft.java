package org.smartcourt.organization.internal;

import java.util.Set;

import org.smartcourt.organization.Position;

/**
 * What an IT admin enters for a person: the input of enrolling or changing a {@link StaffMember}.
 *
 * @param department the department, or {@literal null}.
 * @param username the linked account, or {@literal null}.
 * @param caseCategoryCodes four-digit {@link org.smartcourt.organization.CaseCategory} codes, e.g. {@code 0300}.
 */
public record StaffDraft(DepartmentId department, String name, Position position, String username,
		Set<String> caseCategoryCodes) {

	public StaffDraft {
		caseCategoryCodes = caseCategoryCodes == null ? Set.of() : Set.copyOf(caseCategoryCodes);
	}
}
