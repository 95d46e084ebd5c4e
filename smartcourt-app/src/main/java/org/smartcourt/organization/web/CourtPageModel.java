package org.smartcourt.organization.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.smartcourt.organization.CourtLevel;
import org.smartcourt.organization.internal.CourtDirectory;
import org.smartcourt.organization.internal.CourtRecord;
import org.smartcourt.organization.internal.CourtroomManagement;
import org.smartcourt.organization.internal.Department;
import org.smartcourt.organization.internal.DepartmentId;
import org.smartcourt.organization.internal.DepartmentManagement;
import org.smartcourt.organization.internal.OrganizationScope;
import org.smartcourt.organization.internal.StaffManagement;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of a court's page (its departments, courtrooms, staff and 人民法庭), which IT admins and other
 * staff share; the use cases refuse a court outside the actor's scope.
 */
@Component
class CourtPageModel {

	private final CourtDirectory directory;
	private final DepartmentManagement departments;
	private final CourtroomManagement courtrooms;
	private final StaffManagement staff;
	private final OrganizationScope scope;

	CourtPageModel(CourtDirectory directory, DepartmentManagement departments, CourtroomManagement courtrooms,
			StaffManagement staff, OrganizationScope scope) {
		this.directory = directory;
		this.departments = departments;
		this.courtrooms = courtrooms;
		this.staff = staff;
		this.scope = scope;
	}

	String fill(Actor actor, CourtId id, Model model) {
		CourtRecord court = directory.get(id);
		var departmentList = departments.list(actor, id);
		Map<DepartmentId, String> departmentNames = departmentList.stream()
			.collect(Collectors.toMap(Department::id, Department::name));
		model.addAttribute("court", court);
		model.addAttribute("parent", court.parent() == null ? null : directory.get(court.parent()));
		model.addAttribute("departments", departmentList);
		model.addAttribute("departmentNames", departmentNames);
		model.addAttribute("courtrooms", courtrooms.list(actor, id));
		model.addAttribute("staff", staff.list(actor, id));
		model.addAttribute("isBasic", court.level() == CourtLevel.BASIC);
		model.addAttribute("tribunals", directory.children(id)
			.stream()
			.filter(c -> c.level() == CourtLevel.TRIBUNAL)
			.toList());
		model.addAttribute("canManage", scope.mayManage(actor, id));
		return "organization/court";
	}
}
