package org.smartcourt.accounts.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/**
 * Puts a {@link DomainException} into a page model: per-field Chinese messages as {@code errors} (field → text) for
 * {@code aria-invalid}/{@code aria-describedby}, and the overall message as {@code errorMessage}.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void none(Model model) {
		model.addAttribute("errors", Map.of());
	}

	static void add(Model model, DomainException ex, MessageSource messages) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.fieldProblems()
			.forEach(f -> errors.putIfAbsent(f.field(), messages.getMessage(f.messageKey(), f.args().toArray(),
					f.messageKey(), LocaleContextHolder.getLocale())));
		model.addAttribute("errors", errors);
		model.addAttribute("errorMessage",
				messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), LocaleContextHolder.getLocale()));
	}
}
