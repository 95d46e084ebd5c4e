package org.smartcourt.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Shows a refused page command on the page that sent it: the problem's Chinese detail ({@code problem}) above the
 * form and each field's message ({@code errors}, by field name) beside it. Refusals that are not about the form
 * (not found, forbidden) are thrown on to the error page.
 */
@Component
public class FormProblems {

	private final MessageSource messages;

	FormProblems(MessageSource messages) {
		this.messages = messages;
	}

	/** @throws DomainException {@code ex} itself when it is not about the form. */
	public void show(DomainException ex, Model model) {
		show(ex, model, UnaryOperator.identity());
	}

	/**
	 * As {@link #show(DomainException, Model)}, with the API's field names mapped to the form's ({@code
	 * properties[0].kind} → {@code kind0}).
	 */
	public void show(DomainException ex, Model model, UnaryOperator<String> formField) {
		model.addAttribute("errors", errors(ex, formField));
		model.addAttribute("problem", detail(ex));
	}

	/** The same, kept for the page a command redirects back to. */
	public void flash(DomainException ex, RedirectAttributes flash) {
		flash.addFlashAttribute("errors", errors(ex, UnaryOperator.identity()));
		flash.addFlashAttribute("problem", detail(ex));
	}

	private Map<String, String> errors(DomainException ex, UnaryOperator<String> formField) {
		switch (ex.kind()) {
			case INVALID_INPUT, CONFLICT, RULE_VIOLATION, TOO_MANY_REQUESTS -> {
				Map<String, String> errors = new LinkedHashMap<>();
				ex.fieldProblems()
					.forEach(p -> errors.putIfAbsent(formField.apply(p.field()),
							message(p.messageKey(), p.args().toArray())));
				return errors;
			}
			default -> throw ex;
		}
	}

	private String detail(DomainException ex) {
		return message(ex.messageKey(), ex.args());
	}

	private String message(String key, Object[] args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}
}
