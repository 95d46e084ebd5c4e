package org.smartcourt.organization.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.smartcourt.organization.internal.CourtDirectory;
import org.smartcourt.organization.internal.Department;
import org.smartcourt.organization.internal.DepartmentId;
import org.smartcourt.organization.internal.DepartmentKind;
import org.smartcourt.organization.internal.DepartmentManagement;
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

/** The 庭室 forms of the admin pages. */
@Controller
@PreAuthorize("hasRole('IT_ADMIN')")
class DepartmentPageController {

	private static final String FORM = "admin/organization/department-form";

	private final DepartmentManagement departments;
	private final CourtDirectory directory;

	DepartmentPageController(DepartmentManagement departments, CourtDirectory directory) {
		this.departments = departments;
		this.directory = directory;
	}

	@ModelAttribute("kinds")
	DepartmentKind[] kinds() {
		return DepartmentKind.values();
	}

	@GetMapping("/admin/organization/courts/{courtId}/departments/new")
	String newForm(@PathVariable String courtId, Model model) {
		CourtId court = CourtDirectory.parseId(courtId);
		departments.list(CurrentActor.require(), court);
		return form(model, court, new DepartmentForm(), null);
	}

	@PostMapping("/admin/organization/courts/{courtId}/departments")
	String create(@PathVariable String courtId, @Valid @ModelAttribute("form") DepartmentForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		CourtId court = CourtDirectory.parseId(courtId);
		if (FormProblems.tryCommand(errors,
				() -> departments.create(CurrentActor.require(), court, form.getName(), form.getKind()))) {
			return BackToCourtPage.saved(court, redirect);
		}
		return form(model, court, form, null);
	}

	@GetMapping("/admin/organization/departments/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		Department department = departments.get(CurrentActor.require(), new DepartmentId(id));
		return form(model, department.court(), DepartmentForm.of(department), id);
	}

	@PostMapping("/admin/organization/departments/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") DepartmentForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Department department = departments.get(CurrentActor.require(), new DepartmentId(id));
		if (FormProblems.tryCommand(errors, () -> departments.update(CurrentActor.require(), department.id(),
				form.getVersion(), form.getName(), form.getKind()))) {
			return BackToCourtPage.saved(department.court(), redirect);
		}
		return form(model, department.court(), form, id);
	}

	@PostMapping("/admin/organization/departments/{id}/deactivate")
	String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		Department department = departments.deactivate(CurrentActor.require(), new DepartmentId(id));
		return BackToCourtPage.deactivated(department.court(), redirect);
	}

	private String form(Model model, CourtId court, DepartmentForm form, UUID id) {
		model.addAttribute("court", directory.get(court));
		model.addAttribute("form", form);
		model.addAttribute("editingId", id);
		return FORM;
	}
}
