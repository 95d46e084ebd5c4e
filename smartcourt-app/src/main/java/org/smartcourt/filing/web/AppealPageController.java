package org.smartcourt.filing.web;

import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.filing.internal.AppealFilings;
import org.smartcourt.shared.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The case page's 「提起上诉」 button: opens the appeal draft and continues in the filing wizard. */
@Controller
class AppealPageController {

	private final AppealFilings appeals;

	AppealPageController(AppealFilings appeals) {
		this.appeals = appeals;
	}

	@PostMapping("/cases/{id}/appeal-filing")
	String start(@PathVariable UUID id, @RequestParam(required = false) String token) {
		AppealFilings.StartedAppeal started = appeals.start(CurrentActor.require(), new CaseId(id),
				token == null || token.isBlank() ? null : token);
		return "redirect:/filings/" + started.filing().id() + "/edit/court";
	}
}
