package org.smartcourt.organization.internal;

import java.util.List;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases on 庭室: staff of a court (or of a court above it) read them; its IT admins (or those of a court above)
 * create, change and deactivate them. Every command writes its audit record in the command's transaction (so
 * both commit or neither); a refusal is audited before it is thrown.
 */
@Service
public class DepartmentManagement {

	private final DepartmentRepository departments;
	private final CourtDirectory courts;
	private final OrganizationScope scope;
	private final AuditTrail audit;

	DepartmentManagement(DepartmentRepository departments, CourtDirectory courts, OrganizationScope scope,
			AuditTrail audit) {
		this.departments = departments;
		this.courts = courts;
		this.scope = scope;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Department> list(Actor actor, CourtId court) {
		courts.get(court);
		scope.requireRead(actor, court, "organization.department.list", "court", court.value());
		return departments.activeAt(court);
	}

	@Transactional(readOnly = true)
	public Department get(Actor actor, DepartmentId id) {
		Department department = load(id);
		scope.requireRead(actor, department.court(), "organization.department.read", "department", id.toString());
		return department;
	}

	@Transactional
	public Department create(Actor actor, CourtId court, String name, DepartmentKind kind) {
		courts.get(court);
		scope.requireManage(actor, court, "organization.department.create", "court", court.value());
		Department department = Department.establish(court, name, kind);
		departments.insert(department);
		audit.success("organization.department.create", "department", department.id().toString());
		return load(department.id());
	}

	/** @throws DomainException (conflict) when {@code version} is not the current one. */
	@Transactional
	public Department update(Actor actor, DepartmentId id, long version, String name, DepartmentKind kind) {
		Department department = load(id);
		scope.requireManage(actor, department.court(), "organization.department.update", "department",
				id.toString());
		OrganizationRules.requireVersion(department.version(), version);
		department.redefine(name, kind);
		departments.update(department);
		audit.success("organization.department.update", "department", id.toString());
		return load(id);
	}

	@Transactional
	public Department deactivate(Actor actor, DepartmentId id) {
		Department department = load(id);
		scope.requireManage(actor, department.court(), "organization.department.deactivate", "department",
				id.toString());
		department.deactivate();
		departments.update(department);
		audit.success("organization.department.deactivate", "department", id.toString());
		return load(id);
	}

	private Department load(DepartmentId id) {
		return departments.find(id)
			.orElseThrow(() -> DomainException.notFound("department-not-found", "problem.department-not-found.detail"));
	}
}
