package org.smartcourt.organization.web;

import org.smartcourt.organization.internal.CourtDirectory;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 本院机构: the read-only organization pages for court staff (their court and the courts below it). */
@Controller
class OrganizationPageController {

	private final CourtPageModel courtPage;

	OrganizationPageController(CourtPageModel courtPage) {
		this.courtPage = courtPage;
	}

	@GetMapping("/organization/court")
	String ownCourt() {
		Actor actor = CurrentActor.require();
		if (actor.court() == null) {
			throw DomainException.forbidden("organization-out-of-scope", "problem.organization-out-of-scope.detail");
		}
		return "redirect:/organization/courts/" + actor.court().value();
	}

	@GetMapping("/organization/courts/{id}")
	String court(@PathVariable String id, Model model) {
		String view = courtPage.fill(CurrentActor.require(), CourtDirectory.parseId(id), model);
		model.addAttribute("adminView", false);
		return view;
	}
}
