package org.smartcourt.organization.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.smartcourt.organization.internal.CourtDirectory;
import org.smartcourt.organization.internal.Courtroom;
import org.smartcourt.organization.internal.CourtroomId;
import org.smartcourt.organization.internal.CourtroomManagement;
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

/** The 法庭 forms of the admin pages. */
@Controller
@PreAuthorize("hasRole('IT_ADMIN')")
class CourtroomPageController {

	private static final String FORM = "admin/organization/courtroom-form";

	private final CourtroomManagement courtrooms;
	private final CourtDirectory directory;

	CourtroomPageController(CourtroomManagement courtrooms, CourtDirectory directory) {
		this.courtrooms = courtrooms;
		this.directory = directory;
	}

	@GetMapping("/admin/organization/courts/{courtId}/courtrooms/new")
	String newForm(@PathVariable String courtId, Model model) {
		CourtId court = CourtDirectory.parseId(courtId);
		courtrooms.list(CurrentActor.require(), court);
		return form(model, court, new CourtroomForm(), null);
	}

	@PostMapping("/admin/organization/courts/{courtId}/courtrooms")
	String create(@PathVariable String courtId, @Valid @ModelAttribute("form") CourtroomForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		CourtId court = CourtDirectory.parseId(courtId);
		if (FormProblems.tryCommand(errors, () -> courtrooms.create(CurrentActor.require(), court, form.getName(),
				form.isTechnology(), form.getCapacity(), form.getLocation()))) {
			return BackToCourtPage.saved(court, redirect);
		}
		return form(model, court, form, null);
	}

	@GetMapping("/admin/organization/courtrooms/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		Courtroom courtroom = courtrooms.get(CurrentActor.require(), new CourtroomId(id));
		return form(model, courtroom.court(), CourtroomForm.of(courtroom), id);
	}

	@PostMapping("/admin/organization/courtrooms/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") CourtroomForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Courtroom courtroom = courtrooms.get(CurrentActor.require(), new CourtroomId(id));
		if (FormProblems.tryCommand(errors, () -> courtrooms.update(CurrentActor.require(), courtroom.id(),
				form.getVersion(), form.getName(), form.isTechnology(), form.getCapacity(), form.getLocation()))) {
			return BackToCourtPage.saved(courtroom.court(), redirect);
		}
		return form(model, courtroom.court(), form, id);
	}

	@PostMapping("/admin/organization/courtrooms/{id}/deactivate")
	String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		Courtroom courtroom = courtrooms.deactivate(CurrentActor.require(), new CourtroomId(id));
		return BackToCourtPage.deactivated(courtroom.court(), redirect);
	}

	private String form(Model model, CourtId court, CourtroomForm form, UUID id) {
		model.addAttribute("court", directory.get(court));
		model.addAttribute("form", form);
		model.addAttribute("editingId", id);
		return FORM;
	}
}
