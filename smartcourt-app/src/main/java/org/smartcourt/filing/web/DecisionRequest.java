package org.smartcourt.filing.web;

import java.time.LocalDate;
import java.util.List;

import org.smartcourt.cases.Procedure;

/**
 * A filing clerk's decision: {@code ACCEPT} (立案, with the procedure), {@code CORRECT} (补正, with the complete list
 * of items) or {@code REFUSE} (不予受理/不予立案, with the reasons).
 */
record DecisionRequest(Decision decision, Procedure procedure, List<String> items, String note, LocalDate correctBy,
		String reasons) {

	enum Decision {
		ACCEPT, CORRECT, REFUSE
	}
}
