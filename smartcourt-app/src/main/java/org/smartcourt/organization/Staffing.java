package org.smartcourt.organization;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.shared.CourtId;

/**
 * The people, departments and courtrooms of a court, as other modules see them (分案, 排期, 审限预警). Only active
 * records are returned.
 */
public interface Staffing {

	/**
	 * A person at a court.
	 *
	 * @param departmentId their department, or {@literal null}.
	 * @param username their account, or {@literal null} (人民陪审员 often have none).
	 * @param caseCategories the case categories a judge may hear; empty for other positions.
	 */
	record StaffSummary(UUID id, CourtId court, UUID departmentId, String name, Position position, String username,
			Set<CaseCategory> caseCategories) {

		public boolean mayHear(CaseCategory category) {
			return position.hearsCases() && caseCategories.contains(category);
		}
	}

	/** A department (庭室); {@code kind} is its DepartmentKind name, e.g. {@code TRIAL} for a 审判庭. */
	record DepartmentSummary(UUID id, CourtId court, String name, String kind) {
	}

	/** A courtroom; {@code technology} for a 科技法庭 with recording equipment. */
	record CourtroomSummary(UUID id, CourtId court, String name, boolean technology, int capacity, String location) {
	}

	List<StaffSummary> staffAt(CourtId court);

	/**
	 * How many active staff who hear cases ({@link Position#hearsCases()}, i.e. 员额法官 and the presidents and heads
	 * who sit) each of these courts has; a court without any is absent from the map. One query for any number of
	 * courts (the statistics' 人均结案数 of a province).
	 */
	java.util.Map<CourtId, Integer> judgeCounts(java.util.Collection<CourtId> courts);

	/** The active staff of one department (庭室), in the order of {@link #staffAt}. */
	List<StaffSummary> staffOf(UUID departmentId);

	Optional<StaffSummary> staff(UUID id);

	Optional<StaffSummary> byUsername(String username);

	List<DepartmentSummary> departmentsAt(CourtId court);

	Optional<DepartmentSummary> department(UUID id);

	List<CourtroomSummary> courtroomsAt(CourtId court);

	Optional<CourtroomSummary> courtroom(UUID id);
}
