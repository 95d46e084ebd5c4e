package org.smartcourt.organization.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.organization.Staffing;
import org.smartcourt.shared.CourtId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Staffing} over the organization's repositories. */
@Service
@Transactional(readOnly = true)
class OrganizationStaffing implements Staffing {

	private final StaffRepository staff;
	private final DepartmentRepository departments;
	private final CourtroomRepository courtrooms;

	OrganizationStaffing(StaffRepository staff, DepartmentRepository departments, CourtroomRepository courtrooms) {
		this.staff = staff;
		this.departments = departments;
		this.courtrooms = courtrooms;
	}

	@Override
	public List<StaffSummary> staffAt(CourtId court) {
		return staff.activeAt(court).stream().map(OrganizationStaffing::summary).toList();
	}

	@Override
	public java.util.Map<CourtId, Integer> judgeCounts(java.util.Collection<CourtId> courts) {
		return staff.hearingCounts(courts);
	}

	@Override
	public List<StaffSummary> staffOf(UUID departmentId) {
		return staff.activeIn(departmentId).stream().map(OrganizationStaffing::summary).toList();
	}

	@Override
	public Optional<StaffSummary> staff(UUID id) {
		return staff.find(new StaffId(id)).filter(StaffMember::active).map(OrganizationStaffing::summary);
	}

	@Override
	public Optional<StaffSummary> byUsername(String username) {
		return username == null ? Optional.empty()
				: staff.findActiveByUsername(username).map(OrganizationStaffing::summary);
	}

	@Override
	public List<DepartmentSummary> departmentsAt(CourtId court) {
		return departments.activeAt(court).stream().map(OrganizationStaffing::summary).toList();
	}

	@Override
	public Optional<DepartmentSummary> department(UUID id) {
		return departments.find(new DepartmentId(id)).filter(Department::active).map(OrganizationStaffing::summary);
	}

	@Override
	public List<CourtroomSummary> courtroomsAt(CourtId court) {
		return courtrooms.activeAt(court).stream().map(OrganizationStaffing::summary).toList();
	}

	@Override
	public Optional<CourtroomSummary> courtroom(UUID id) {
		return courtrooms.find(new CourtroomId(id)).filter(Courtroom::active).map(OrganizationStaffing::summary);
	}

	private static StaffSummary summary(StaffMember m) {
		return new StaffSummary(m.id().value(), m.court(), m.department() == null ? null : m.department().value(),
				m.name(), m.position(), m.username(), m.caseCategories());
	}

	private static DepartmentSummary summary(Department d) {
		return new DepartmentSummary(d.id().value(), d.court(), d.name(), d.kind().name());
	}

	private static CourtroomSummary summary(Courtroom r) {
		return new CourtroomSummary(r.id().value(), r.court(), r.name(), r.technology(), r.capacity(), r.location());
	}
}
