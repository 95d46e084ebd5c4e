package org.smartcourt.mediation.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a page command and redirects back; a refused command (bad input, wrong stage) shows its Chinese detail and
 * each field's message above the forms after the redirect. Not-found and forbidden go to the error page.
 */
@Component("mediationPageProblems")
class PageProblems {

	private final MessageSource messages;

	PageProblems(MessageSource messages) {
		this.messages = messages;
	}

	String run(Runnable command, String back, String done, RedirectAttributes flash) {
		try {
			command.run();
			flash.addFlashAttribute("done", done);
		}
		catch (DomainException ex) {
			switch (ex.kind()) {
				case INVALID_INPUT, CONFLICT, RULE_VIOLATION, TOO_MANY_REQUESTS -> {
					Map<String, String> errors = new LinkedHashMap<>();
					ex.fieldProblems()
						.forEach(p -> errors.putIfAbsent(p.field(), messages.getMessage(p.messageKey(),
								p.args().toArray(), p.messageKey(), Locale.SIMPLIFIED_CHINESE)));
					flash.addFlashAttribute("errors", errors);
					flash.addFlashAttribute("problem",
							messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), Locale.SIMPLIFIED_CHINESE));
				}
				default -> throw ex;
			}
		}
		return "redirect:" + back;
	}
}
