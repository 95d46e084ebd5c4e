package org.smartcourt.deadlines.web;

import org.smartcourt.deadlines.Citation;
import org.smartcourt.deadlines.DeadlineRule;

/** One rule of the table with its citation and the counting rule that applies. */
record RuleResponse(String id, String name, String proceeding, int length, String unit, String lengthText,
		String startEvent, CitationResponse citation, String countingCitation, boolean movesOffRestDay,
		String confidence, String note) {

	/** A citation, whole ({@code text}) and in parts. */
	record CitationResponse(String text, String law, String article, String paragraph, String item, String version) {
		static CitationResponse of(Citation c) {
			return new CitationResponse(c.text(), c.law(), c.article(), c.paragraph(), c.item(), c.version());
		}
	}

	static RuleResponse of(DeadlineRule r) {
		return new RuleResponse(r.id().value(), r.name(), r.proceeding(), r.length(), r.unit().name(), r.lengthText(),
				r.startEvent(), CitationResponse.of(r.citation()),
				r.counting().startDay().text() + "、" + r.counting().lastDay().text() + r.counting().via(),
				r.movesOffRestDay(), r.confidence().name(), r.note());
	}
}
