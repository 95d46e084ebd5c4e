package org.smartcourt.mediation.web;

import java.util.Locale;

import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.FormProblems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a page command and redirects back; a refused command (bad input, wrong stage) shows its Chinese detail and
 * each field's message above the forms after the redirect. Not-found and forbidden go to the error page.
 */
@Component("mediationPageProblems")
class PageProblems {

	private final FormProblems problems;
	private final MessageSource messages;

	PageProblems(FormProblems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	/** Runs the command; on success the page shows the bundle text {@code doneKey}. */
	String run(Runnable command, String back, String doneKey, RedirectAttributes flash) {
		try {
			command.run();
			flash.addFlashAttribute("done", messages.getMessage(doneKey, null, doneKey, Locale.SIMPLIFIED_CHINESE));
		}
		catch (DomainException ex) {
			problems.flash(ex, flash);
		}
		return "redirect:" + back;
	}
}
