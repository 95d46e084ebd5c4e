package org.smartcourt.organization.web;

import jakarta.validation.Valid;
import org.smartcourt.organization.internal.CourtDirectory;
import org.smartcourt.organization.internal.CourtRecord;
import org.smartcourt.organization.internal.OrganizationScope;
import org.smartcourt.organization.internal.TribunalManagement;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 人民法庭 form of the admin pages, and deactivating a tribunal. */
@Controller
@PreAuthorize("hasRole('IT_ADMIN')")
class TribunalPageController {

	private static final String FORM = "admin/organization/tribunal-form";

	private final TribunalManagement tribunals;
	private final CourtDirectory directory;
	private final OrganizationScope scope;

	TribunalPageController(TribunalManagement tribunals, CourtDirectory directory, OrganizationScope scope) {
		this.tribunals = tribunals;
		this.directory = directory;
		this.scope = scope;
	}

	@GetMapping("/admin/organization/courts/{courtId}/tribunals/new")
	String newForm(@PathVariable String courtId, Model model) {
		CourtId court = CourtDirectory.parseId(courtId);
		if (!scope.mayManage(CurrentActor.require(), court)) {
			throw DomainException.forbidden("organization-out-of-scope", "problem.organization-out-of-scope.detail");
		}
		return form(model, court, new TribunalForm());
	}

	@PostMapping("/admin/organization/courts/{courtId}/tribunals")
	String create(@PathVariable String courtId, @Valid @ModelAttribute("form") TribunalForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		CourtId court = CourtDirectory.parseId(courtId);
		if (FormProblems.tryCommand(errors,
				() -> tribunals.create(CurrentActor.require(), court, form.getName(), form.getNote()))) {
			return BackToCourtPage.saved(court, redirect);
		}
		return form(model, court, form);
	}

	@PostMapping("/admin/organization/courts/{id}/deactivate")
	String deactivate(@PathVariable String id, RedirectAttributes redirect) {
		CourtRecord tribunal = tribunals.deactivate(CurrentActor.require(), CourtDirectory.parseId(id));
		return BackToCourtPage.deactivated(tribunal.parent(), redirect);
	}

	private String form(Model model, CourtId court, TribunalForm form) {
		model.addAttribute("court", directory.get(court));
		model.addAttribute("form", form);
		return FORM;
	}
}
