package org.smartcourt.supervision.web;

import java.util.List;

import org.smartcourt.supervision.internal.IndicatorUnit;
import org.smartcourt.supervision.internal.IndicatorValue;

/** An indicator as the board's table shows it: the value in words, its numbers with their links, its reference. */
record IndicatorRow(String id, String name, String group, String display, String formula, String floor, boolean belowFloor,
		String reference, String definition, String citation, List<TermRow> terms) {

	/** One number: how many, of what, when, and the page that lists them. */
	record TermRow(String measure, String name, String when, long value, String link) {
	}

	static IndicatorRow of(IndicatorValue v, ScopeParams params) {
		var i = v.indicator();
		String reference = i.referenceLow() == null && i.referenceHigh() == null ? null
				: IndicatorFormat.format(i.referenceLow(), i.unit()) + " – "
						+ IndicatorFormat.format(i.referenceHigh(), i.unit());
		return new IndicatorRow(i.id(), i.name(), i.group(), IndicatorFormat.format(v.value(), i.unit()), i.formulaText(),
				v.floor() == null ? null : IndicatorFormat.format(v.floor(), IndicatorUnit.PERCENT), v.belowFloor(),
				reference, i.definition(), i.citation(),
				v.terms()
					.stream()
					.map(t -> new TermRow(t.measure().id(), t.measure().name(), t.term().when().name(), t.value(),
							SupervisionPageController.pageLink(t, params)))
					.toList());
	}
}
