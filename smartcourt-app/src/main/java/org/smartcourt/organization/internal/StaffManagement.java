package org.smartcourt.organization.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.organization.CaseCategory;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases on staff records, with the same scope rules as {@link DepartmentManagement}. A person's department must
 * be an active department of the same court.
 */
@Service
public class StaffManagement {

	private final StaffRepository staff;
	private final DepartmentRepository departments;
	private final CourtDirectory courts;
	private final OrganizationScope scope;
	private final AuditTrail audit;

	StaffManagement(StaffRepository staff, DepartmentRepository departments, CourtDirectory courts,
			OrganizationScope scope, AuditTrail audit) {
		this.staff = staff;
		this.departments = departments;
		this.courts = courts;
		this.scope = scope;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<StaffMember> list(Actor actor, CourtId court) {
		courts.get(court);
		scope.requireRead(actor, court, "organization.staff.list", "court", court.value());
		return staff.activeAt(court);
	}

	@Transactional(readOnly = true)
	public StaffMember get(Actor actor, StaffId id) {
		StaffMember member = load(id);
		scope.requireRead(actor, member.court(), "organization.staff.read", "staff", id.toString());
		return member;
	}

	@Transactional
	public StaffMember create(Actor actor, CourtId court, StaffDraft draft) {
		courts.get(court);
		scope.requireManage(actor, court, "organization.staff.create", "court", court.value());
		StaffMember member = StaffMember.enrol(court, department(court, draft), draft.name(), draft.position(),
				draft.username(), categories(draft));
		staff.insert(member);
		audit.success("organization.staff.create", "staff", member.id().toString());
		return load(member.id());
	}

	/** @throws DomainException (conflict) when {@code version} is not the current one. */
	@Transactional
	public StaffMember update(Actor actor, StaffId id, long version, StaffDraft draft) {
		StaffMember member = load(id);
		scope.requireManage(actor, member.court(), "organization.staff.update", "staff", id.toString());
		OrganizationRules.requireVersion(member.version(), version);
		member.reassign(department(member.court(), draft), draft.name(), draft.position(), draft.username(),
				categories(draft));
		staff.update(member);
		audit.success("organization.staff.update", "staff", id.toString());
		return load(id);
	}

	@Transactional
	public StaffMember deactivate(Actor actor, StaffId id) {
		StaffMember member = load(id);
		scope.requireManage(actor, member.court(), "organization.staff.deactivate", "staff", id.toString());
		member.deactivate();
		staff.update(member);
		audit.success("organization.staff.deactivate", "staff", id.toString());
		return load(id);
	}

	private DepartmentId department(CourtId court, StaffDraft draft) {
		if (draft.department() == null) {
			return null;
		}
		Optional<Department> department = departments.find(draft.department())
			.filter(d -> d.active() && d.court().equals(court));
		new FieldProblems().check(department.isPresent(), "departmentId", "not-in-court",
				"validation.staff.department.not-in-court")
			.throwIfAny();
		return draft.department();
	}

	private static Set<CaseCategory> categories(StaffDraft draft) {
		Set<CaseCategory> categories = EnumSet.noneOf(CaseCategory.class);
		FieldProblems problems = new FieldProblems();
		for (String code : draft.caseCategoryCodes()) {
			Optional<CaseCategory> category = CaseCategory.fromCode(code);
			problems.check(category.isPresent(), "caseCategories", "unknown", "validation.staff.case-categories.unknown");
			category.ifPresent(categories::add);
		}
		problems.throwIfAny();
		return categories;
	}

	private StaffMember load(StaffId id) {
		return staff.find(id)
			.orElseThrow(() -> DomainException.notFound("staff-not-found", "problem.staff-not-found.detail"));
	}
}
