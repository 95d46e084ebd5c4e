package org.smartcourt.supervision.web;

import java.math.BigDecimal;
import java.util.List;

import org.smartcourt.supervision.internal.Indicator;

/** An indicator's definition as data: what it counts, its formula over measures, range and citation. */
record DefinitionResponse(String id, String name, String group, String unit, String formula, List<String> measures,
		BigDecimal referenceLow, BigDecimal referenceHigh, String referenceSource, String definition, String citation,
		boolean yearToDate) {

	static DefinitionResponse of(Indicator i) {
		return new DefinitionResponse(i.id(), i.name(), i.group(), i.unit().name(), i.formulaText(),
				i.terms().stream().map(Indicator.Term::measure).distinct().toList(), i.referenceLow(),
				i.referenceHigh(), i.referenceSource(), i.definition(), i.citation(), i.yearToDate());
	}
}
