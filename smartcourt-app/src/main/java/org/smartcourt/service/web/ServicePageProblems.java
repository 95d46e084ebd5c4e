package org.smartcourt.service.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A refused form, as the lines shown above it: the problem's Chinese title and detail, then each field's message. */
@Component
class ServicePageProblems {

	private final MessageSource messages;

	ServicePageProblems(MessageSource messages) {
		this.messages = messages;
	}

	List<String> lines(DomainException ex) {
		List<String> lines = new ArrayList<>();
		if (ex.fieldProblems().isEmpty()) {
			lines.add(message("problem." + ex.code() + ".title", new Object[0]) + "："
					+ message(ex.messageKey(), ex.args()));
		}
		ex.fieldProblems().forEach(p -> lines.add(message(p.messageKey(), p.args().toArray())));
		return lines;
	}

	private String message(String key, Object[] args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}
}
