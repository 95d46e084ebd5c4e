package org.smartcourt.accounts.web;

import org.smartcourt.shared.SmartCourtMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. Spring Security processes the form it posts. */
@Controller
class LoginPageController {

	private final SmartCourtMode mode;
	private final String demoPassword;

	LoginPageController(SmartCourtMode mode, @Value("${smartcourt.security.demo-password}") String demoPassword) {
		this.mode = mode;
		this.demoPassword = demoPassword;
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
		boolean demo = mode == SmartCourtMode.DEMO;
		model.addAttribute("demo", demo);
		model.addAttribute("demoPassword", demo ? demoPassword : null);
		return "login";
	}
}
