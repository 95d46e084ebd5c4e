package org.smartcourt.fees.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.smartcourt.fees.CaseKind;
import org.smartcourt.fees.CourtFees;
import org.smartcourt.fees.FeeExemption;
import org.smartcourt.fees.Procedure;
import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * 诉讼费计算器: a GET form (nothing changes, so the result can be bookmarked and shared) that shows the fee with its
 * derivation table and the province's choices.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class FeeCalculatorPageController {

	private final CourtFees fees;
	private final MessageSource messages;

	FeeCalculatorPageController(CourtFees fees, MessageSource messages) {
		this.fees = fees;
		this.messages = messages;
	}

	@GetMapping("/fees/calculator")
	String calculator(@ModelAttribute("form") FeeCalculatorForm form, Model model) {
		model.addAttribute("kinds", CaseKind.values());
		model.addAttribute("procedures", Procedure.values());
		model.addAttribute("exemptions", FeeExemption.values());
		model.addAttribute("schedule", fees.schedule());
		Map<String, String> errors = new LinkedHashMap<>();
		if (form.submitted()) {
			try {
				model.addAttribute("assessment", fees.assess(form.toFeeRequest()));
			}
			catch (DomainException ex) {
				if (ex.kind() != DomainException.Kind.INVALID_INPUT) {
					throw ex;
				}
				ex.fieldProblems()
					.forEach(p -> errors.putIfAbsent(p.field(), messages.getMessage(p.messageKey(),
							p.args().toArray(), p.messageKey(), LocaleContextHolder.getLocale())));
			}
		}
		model.addAttribute("errors", errors);
		return "fees/calculator";
	}
}
