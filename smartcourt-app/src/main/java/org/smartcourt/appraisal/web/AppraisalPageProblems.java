package org.smartcourt.appraisal.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Shows a refused command on the page that sent it: the problem's Chinese detail above the form and each field's
 * message beside it. Refusals that are not about the form (not found, forbidden) go to the error page.
 */
@Component
class AppraisalPageProblems {

	private final MessageSource messages;

	AppraisalPageProblems(MessageSource messages) {
		this.messages = messages;
	}

	/** @throws DomainException {@code ex} itself when it is not about the form. */
	void show(DomainException ex, Model model) {
		switch (ex.kind()) {
			case INVALID_INPUT, CONFLICT, RULE_VIOLATION -> {
				Map<String, String> errors = new LinkedHashMap<>();
				ex.fieldProblems()
					.forEach(p -> errors.putIfAbsent(p.field(),
							messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), Locale.SIMPLIFIED_CHINESE)));
				model.addAttribute("errors", errors);
				model.addAttribute("problem",
						messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), Locale.SIMPLIFIED_CHINESE));
			}
			default -> throw ex;
		}
	}
}
