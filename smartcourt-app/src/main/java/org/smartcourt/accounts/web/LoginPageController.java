package org.smartcourt.accounts.web;

import org.smartcourt.accounts.SmartCourtMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. Spring Security processes the form it posts. */
@Controller
class LoginPageController {

	private final SmartCourtMode mode;

	LoginPageController(SmartCourtMode mode) {
		this.mode = mode;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, Model model) {
		if (error != null) {
			model.addAttribute("errorKey", switch (error) {
				case "locked" -> "login.error.locked";
				case "disabled" -> "login.error.disabled";
				default -> "login.error.bad";
			});
		}
		model.addAttribute("demo", mode == SmartCourtMode.DEMO);
		return "login";
	}
}
