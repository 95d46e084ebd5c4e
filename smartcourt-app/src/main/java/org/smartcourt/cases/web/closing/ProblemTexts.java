package org.smartcourt.cases.web.closing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.smartcourt.cases.internal.closing.MissingItem;
import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Chinese sentences for missing items and refusals, for the case page (the API has Problem Details). */
@Component
class ProblemTexts {

	private final MessageSource messages;

	ProblemTexts(MessageSource messages) {
		this.messages = messages;
	}

	String message(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

	String of(MissingItem item) {
		return messages.getMessage(item.messageKey(), item.args().toArray(), item.messageKey(),
				Locale.SIMPLIFIED_CHINESE);
	}

	List<String> of(List<MissingItem> items) {
		return items.stream().map(this::of).toList();
	}

	/** The refusal's detail followed by each field problem. */
	List<String> of(DomainException ex) {
		List<String> lines = new ArrayList<>();
		lines.add(messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), Locale.SIMPLIFIED_CHINESE));
		ex.fieldProblems()
			.forEach(f -> lines.add(messages.getMessage(f.messageKey(), f.args().toArray(), f.messageKey(),
					Locale.SIMPLIFIED_CHINESE)));
		return lines;
	}
}
