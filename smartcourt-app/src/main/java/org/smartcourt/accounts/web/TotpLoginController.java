package org.smartcourt.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.smartcourt.accounts.internal.SecondFactor;
import org.smartcourt.accounts.internal.SecondFactorLogin;
import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 登录第二步: the 动态口令 after the password, or, for an IT admin in production without one yet, its enrolment.
 * Only sessions that passed the password step reach it (see {@link SecondFactorLogin}).
 */
@Controller
class TotpLoginController {

	private final SecondFactorLogin login;
	private final SecondFactor secondFactor;
	private final MessageSource messages;

	TotpLoginController(SecondFactorLogin login, SecondFactor secondFactor, MessageSource messages) {
		this.login = login;
		this.secondFactor = secondFactor;
		this.messages = messages;
	}

	@GetMapping("/login/totp")
	String form(HttpSession session, Model model) {
		FormErrors.none(model);
		return view(session, model);
	}

	@PostMapping("/login/totp")
	String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Model model) {
		SecondFactorLogin.Pending pending = login.pending().orElseThrow();
		try {
			if (login.needsEnrolment(pending)) {
				String secret = (String) session.getAttribute(AccountPageController.ENROLMENT_SECRET);
				if (secret == null) {
					return "redirect:/login/totp";
				}
				login.enrolAndComplete(pending, secret, code, request, response);
				request.getSession().removeAttribute(AccountPageController.ENROLMENT_SECRET);
			}
			else {
				login.complete(pending, code, request, response);
			}
			return "redirect:/";
		}
		catch (DomainException ex) {
			FormErrors.add(model, ex, messages);
			return view(session, model);
		}
	}

	private String view(HttpSession session, Model model) {
		SecondFactorLogin.Pending pending = login.pending().orElseThrow();
		boolean enrol = login.needsEnrolment(pending);
		model.addAttribute("totpEnrolled", !enrol);
		model.addAttribute("loginStep", true);
		if (enrol) {
			AccountPageController.addEnrolment(secondFactor, pending.username(), session, model);
		}
		model.addAttribute("action", "/login/totp");
		return "accounts/totp";
	}
}
