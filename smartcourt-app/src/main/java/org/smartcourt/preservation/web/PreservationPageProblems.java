package org.smartcourt.preservation.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Shows a refused command on its page: the problem's Chinese detail above and each field's message beside its
 * field (keys {@code properties[0].kind} become {@code kind0}). Not-found and forbidden go to the error page.
 */
@Component
class PreservationPageProblems {

	private final MessageSource messages;

	PreservationPageProblems(MessageSource messages) {
		this.messages = messages;
	}

	void show(DomainException ex, Model model) {
		switch (ex.kind()) {
			case INVALID_INPUT, CONFLICT, RULE_VIOLATION -> {
				Map<String, String> errors = new LinkedHashMap<>();
				ex.fieldProblems()
					.forEach(p -> errors.putIfAbsent(formField(p.field()),
							messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), Locale.SIMPLIFIED_CHINESE)));
				model.addAttribute("errors", errors);
				model.addAttribute("problem",
						messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), Locale.SIMPLIFIED_CHINESE));
			}
			default -> throw ex;
		}
	}

	/** {@code properties[1].estimatedValue} → {@code value1}. */
	static String formField(String field) {
		if (!field.startsWith("properties[")) {
			return field;
		}
		String index = field.substring("properties[".length(), field.indexOf(']'));
		String name = field.substring(field.indexOf("].") + 2);
		return ("estimatedValue".equals(name) ? "value" : name) + index;
	}
}
