package org.smartcourt.mediation.web;

import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.FormProblems;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a page command and redirects back; a refused command (bad input, wrong stage) shows its Chinese detail and
 * each field's message above the forms after the redirect. Not-found and forbidden go to the error page.
 */
@Component("mediationPageProblems")
class PageProblems {

	private final FormProblems problems;

	PageProblems(FormProblems problems) {
		this.problems = problems;
	}

	String run(Runnable command, String back, String done, RedirectAttributes flash) {
		try {
			command.run();
			flash.addFlashAttribute("done", done);
		}
		catch (DomainException ex) {
			problems.flash(ex, flash);
		}
		return "redirect:" + back;
	}
}
