package org.smartcourt.audit.web;

import org.smartcourt.audit.AuditLog;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit log screen for IT admins: a filter form and the newest records first. */
@Controller
class AuditPageController {

	private final AuditLog log;

	AuditPageController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/admin/audit")
	@PreAuthorize("hasRole('IT_ADMIN')")
	String search(AuditSearchParams params, Model model) {
		model.addAttribute("params", params);
		model.addAttribute("outcomes", AuditOutcome.values());
		model.addAttribute("result", log.search(CurrentActor.require(), params.toFilter()));
		return "admin/audit/search";
	}
}
