package org.smartcourt.organization.web;

import org.smartcourt.shared.CourtId;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** After a change on an admin form, back to the court's admin page with a notice of what was done. */
final class BackToCourtPage {

	private BackToCourtPage() {
	}

	static String saved(CourtId court, RedirectAttributes redirect) {
		return withNotice(court, redirect, "org.saved");
	}

	static String deactivated(CourtId court, RedirectAttributes redirect) {
		return withNotice(court, redirect, "org.deactivated");
	}

	private static String withNotice(CourtId court, RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/admin/organization/courts/" + court.value();
	}
}
