package org.smartcourt.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.smartcourt.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A {@link DomainException} that a page does not handle itself (forms show their field errors in place) becomes the
 * shell's error page, with the right status and the Chinese title and detail of the problem.
 */
@ControllerAdvice(annotations = Controller.class)
class PageProblemAdvice {

	private final ProblemFactory problems;

	PageProblemAdvice(ProblemFactory problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ModelAndView refused(DomainException ex, HttpServletResponse response) {
		HttpStatus status = ProblemStatus.of(ex.kind());
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", status.value());
		page.addObject("title", problems.message("problem." + ex.code() + ".title", null,
				problems.message("problem." + ProblemTypes.codeForStatus(status.value()) + ".title", null, "")));
		page.addObject("detail", problems.message(ex.messageKey(), ex.args(), ""));
		return page;
	}
}
