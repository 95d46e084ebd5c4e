package org.smartcourt.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refused request on an organization page gets the shell's error page with the right status and Chinese text. */
@ControllerAdvice(assignableTypes = { OrganizationPageController.class, OrganizationAdminController.class,
		DepartmentPageController.class, CourtroomPageController.class, StaffPageController.class,
		TribunalPageController.class })
class OrganizationPageAdvice {

	private final MessageSource messages;

	OrganizationPageAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ModelAndView refused(DomainException ex, HttpServletResponse response) {
		int status = switch (ex.kind()) {
			case INVALID_INPUT -> 400;
			case FORBIDDEN -> 403;
			case NOT_FOUND -> 404;
			case CONFLICT -> 409;
			case RULE_VIOLATION -> 422;
			case TOO_MANY_REQUESTS -> 429;
		};
		response.setStatus(status);
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", status);
		page.addObject("title", messages.getMessage("problem." + ex.code() + ".title", null, ex.code(),
				LocaleContextHolder.getLocale()));
		page.addObject("detail",
				messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), LocaleContextHolder.getLocale()));
		return page;
	}
}
