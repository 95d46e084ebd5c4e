package org.smartcourt.organization.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.smartcourt.organization.CaseCategory;
import org.smartcourt.organization.internal.CourtDirectory;
import org.smartcourt.organization.internal.DepartmentManagement;
import org.smartcourt.organization.Position;
import org.smartcourt.organization.internal.StaffId;
import org.smartcourt.organization.internal.StaffManagement;
import org.smartcourt.organization.internal.StaffMember;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff forms of the admin pages. */
@Controller
@PreAuthorize("hasRole('IT_ADMIN')")
class StaffPageController {

	private static final String FORM = "admin/organization/staff-form";

	private final StaffManagement staff;
	private final DepartmentManagement departments;
	private final CourtDirectory directory;

	StaffPageController(StaffManagement staff, DepartmentManagement departments, CourtDirectory directory) {
		this.staff = staff;
		this.departments = departments;
		this.directory = directory;
	}

	@ModelAttribute("positions")
	Position[] positions() {
		return Position.values();
	}

	@ModelAttribute("categories")
	CaseCategory[] categories() {
		return CaseCategory.values();
	}

	@GetMapping("/admin/organization/courts/{courtId}/staff/new")
	String newForm(@PathVariable String courtId, Model model) {
		return form(model, CourtDirectory.parseId(courtId), new StaffForm(), null);
	}

	@PostMapping("/admin/organization/courts/{courtId}/staff")
	String create(@PathVariable String courtId, @Valid @ModelAttribute("form") StaffForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		CourtId court = CourtDirectory.parseId(courtId);
		if (FormProblems.tryCommand(errors, () -> staff.create(CurrentActor.require(), court, form.toDraft()))) {
			return BackToCourtPage.saved(court, redirect);
		}
		return form(model, court, form, null);
	}

	@GetMapping("/admin/organization/staff/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		StaffMember member = staff.get(CurrentActor.require(), new StaffId(id));
		return form(model, member.court(), StaffForm.of(member), id);
	}

	@PostMapping("/admin/organization/staff/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") StaffForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		StaffMember member = staff.get(CurrentActor.require(), new StaffId(id));
		if (FormProblems.tryCommand(errors,
				() -> staff.update(CurrentActor.require(), member.id(), form.getVersion(), form.toDraft()))) {
			return BackToCourtPage.saved(member.court(), redirect);
		}
		return form(model, member.court(), form, id);
	}

	@PostMapping("/admin/organization/staff/{id}/deactivate")
	String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		StaffMember member = staff.deactivate(CurrentActor.require(), new StaffId(id));
		return BackToCourtPage.deactivated(member.court(), redirect);
	}

	private String form(Model model, CourtId court, StaffForm form, UUID id) {
		model.addAttribute("court", directory.get(court));
		model.addAttribute("departments", departments.list(CurrentActor.require(), court));
		model.addAttribute("form", form);
		model.addAttribute("editingId", id);
		return FORM;
	}
}
