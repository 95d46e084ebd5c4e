package org.smartcourt.organization.web;

import java.util.Set;

import org.smartcourt.organization.internal.CourtDirectory;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 法院与机构 for IT admins: the court tree with code badges, and each court's page with its maintenance actions. */
@Controller
@PreAuthorize("hasRole('IT_ADMIN')")
class OrganizationAdminController {

	private final CourtDirectory directory;
	private final CourtPageModel courtPage;

	OrganizationAdminController(CourtDirectory directory, CourtPageModel courtPage) {
		this.directory = directory;
		this.courtPage = courtPage;
	}

	@GetMapping("/admin/organization")
	String start() {
		return "redirect:/admin/organization/courts";
	}

	@GetMapping("/admin/organization/courts")
	String courts(Model model) {
		Actor actor = CurrentActor.require();
		Set<CourtId> manageable = directory.subtree(actor.court());
		model.addAttribute("courts", directory.tree());
		model.addAttribute("manageable", manageable);
		return "admin/organization/courts";
	}

	@GetMapping("/admin/organization/courts/{id}")
	String court(@PathVariable String id, Model model) {
		String view = courtPage.fill(CurrentActor.require(), CourtDirectory.parseId(id), model);
		model.addAttribute("adminView", true);
		return view;
	}
}
