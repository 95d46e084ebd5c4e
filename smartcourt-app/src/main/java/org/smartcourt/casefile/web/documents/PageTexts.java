package org.smartcourt.casefile.web.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Chinese texts for the document pages: notices, and a refusal as its detail followed by each field problem. */
@Component
class PageTexts {

	private final MessageSource messages;

	PageTexts(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

	List<String> problems(DomainException ex) {
		List<String> lines = new ArrayList<>();
		lines.add(messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), Locale.SIMPLIFIED_CHINESE));
		ex.fieldProblems()
			.forEach(f -> lines.add(messages.getMessage(f.messageKey(), f.args().toArray(), f.messageKey(),
					Locale.SIMPLIFIED_CHINESE)));
		return lines;
	}
}
