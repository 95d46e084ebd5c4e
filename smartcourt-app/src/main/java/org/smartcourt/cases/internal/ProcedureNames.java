package org.smartcourt.cases.internal;

import java.util.Locale;

import org.smartcourt.cases.Procedure;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Chinese names of procedures for docket summaries, which are stored as text and read by parties. */
@Component
public class ProcedureNames {

	private final MessageSource messages;

	ProcedureNames(MessageSource messages) {
		this.messages = messages;
	}

	public String nameOf(Procedure procedure) {
		return messages.getMessage(procedure.labelKey(), null, procedure.name(), Locale.SIMPLIFIED_CHINESE);
	}
}
