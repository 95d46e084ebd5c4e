package org.smartcourt.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import org.smartcourt.accounts.MobileNumber;
import org.smartcourt.accounts.PartyKind;
import org.smartcourt.accounts.internal.PhoneVerification;
import org.smartcourt.accounts.internal.RegistrationCommand;
import org.smartcourt.accounts.internal.Registrations;
import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registration page: one form; its 获取验证码 button posts the same form to {@code /register/otp}, which texts a
 * code and shows the form again with what was typed (never the password), so no script is needed.
 */
@Controller
class RegistrationPageController {

	private static final RegistrationCommand EMPTY = new RegistrationCommand("NATURAL_PERSON", null, null, null, null,
			null, null, null, null, null, null, null);

	private final PhoneVerification verification;
	private final Registrations registrations;
	private final MessageSource messages;

	RegistrationPageController(PhoneVerification verification, Registrations registrations, MessageSource messages) {
		this.verification = verification;
		this.registrations = registrations;
		this.messages = messages;
	}

	@GetMapping("/register")
	String form(Model model) {
		return show(EMPTY, model);
	}

	@PostMapping("/register/otp")
	String sendCode(@ModelAttribute("form") RegistrationCommand form, HttpServletRequest request, Model model) {
		try {
			MobileNumber mobile = MobileNumber.parse(form.mobile());
			verification.send(mobile, request.getRemoteAddr());
			model.addAttribute("codeSentTo", mobile.masked());
			FormErrors.none(model);
		}
		catch (DomainException ex) {
			FormErrors.add(model, ex, messages);
		}
		return view(form, model);
	}

	@PostMapping("/register")
	String register(@ModelAttribute("form") RegistrationCommand form, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		try {
			Registrations.Outcome outcome = registrations.register(form, request.getRemoteAddr());
			// flash attributes live in the JDBC session: only serializable strings
			redirect.addFlashAttribute("registeredUsername", outcome.party().account().username());
			redirect.addFlashAttribute("registeredIdNumber", outcome.party().idNumberMasked());
			return "redirect:/register/done";
		}
		catch (DomainException ex) {
			FormErrors.add(model, ex, messages);
			return view(form, model);
		}
	}

	@GetMapping("/register/done")
	String done(Model model) {
		return model.containsAttribute("registeredUsername") ? "accounts/register-done" : "redirect:/login";
	}

	private String show(RegistrationCommand form, Model model) {
		FormErrors.none(model);
		return view(form, model);
	}

	private static String view(RegistrationCommand form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", PartyKind.values());
		return "accounts/register";
	}
}
