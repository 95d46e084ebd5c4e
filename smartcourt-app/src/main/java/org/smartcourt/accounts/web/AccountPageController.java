package org.smartcourt.accounts.web;

import jakarta.servlet.http.HttpSession;
import org.smartcourt.accounts.internal.PasswordChanges;
import org.smartcourt.accounts.internal.SecondFactor;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own security settings: 修改密码 and 双因素认证 (动态口令) enrolment. */
@Controller
class AccountPageController {

	static final String ENROLMENT_SECRET = "smartcourt.totp.enrolment-secret";

	private final PasswordChanges passwords;
	private final SecondFactor secondFactor;
	private final MessageSource messages;

	AccountPageController(PasswordChanges passwords, SecondFactor secondFactor, MessageSource messages) {
		this.passwords = passwords;
		this.secondFactor = secondFactor;
		this.messages = messages;
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		FormErrors.none(model);
		return "accounts/password";
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmation,
			Model model, RedirectAttributes redirect) {
		try {
			passwords.change(CurrentActor.require(), currentPassword, newPassword, confirmation);
			redirect.addFlashAttribute("changed", true);
			return "redirect:/account/password";
		}
		catch (DomainException ex) {
			FormErrors.add(model, ex, messages);
			return "accounts/password";
		}
	}

	@GetMapping("/account/totp")
	String totp(HttpSession session, Model model) {
		FormErrors.none(model);
		return totpView(CurrentActor.require(), session, model);
	}

	@PostMapping("/account/totp")
	String enrol(@RequestParam(defaultValue = "") String code, HttpSession session, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		String secret = (String) session.getAttribute(ENROLMENT_SECRET);
		if (secret == null) {
			return "redirect:/account/totp";
		}
		try {
			secondFactor.enrol(actor.id(), secret, code);
			session.removeAttribute(ENROLMENT_SECRET);
			redirect.addFlashAttribute("enrolled", true);
			return "redirect:/account/totp";
		}
		catch (DomainException ex) {
			FormErrors.add(model, ex, messages);
			return totpView(actor, session, model);
		}
	}

	private String totpView(Actor actor, HttpSession session, Model model) {
		boolean enrolled = secondFactor.enrolled(actor.id());
		model.addAttribute("totpEnrolled", enrolled);
		if (!enrolled) {
			addEnrolment(secondFactor, actor.username(), session, model);
		}
		model.addAttribute("action", "/account/totp");
		return "accounts/totp";
	}

	/** Shows a secret kept in the session until it is confirmed, so a reload does not change it. */
	static void addEnrolment(SecondFactor secondFactor, String username, HttpSession session, Model model) {
		String secret = (String) session.getAttribute(ENROLMENT_SECRET);
		if (secret == null) {
			secret = secondFactor.newSecret();
			session.setAttribute(ENROLMENT_SECRET, secret);
		}
		model.addAttribute("secret", secret);
		model.addAttribute("keyUri", secondFactor.keyUri(username, secret));
	}
}
