package org.smartcourt.supervision.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The shape of {@code indicators.json}, as written; {@link Definitions} checks and compiles it. */
record DefinitionsFile(String version, List<String> sources, List<String> excludedTypes, List<MeasureEntry> measures,
		List<IndicatorEntry> indicators) {

	record MeasureEntry(String id, String name, Basis basis, Integer months, String filter, String value,
			String explain) {
	}

	record IndicatorEntry(String id, String name, String group, String formula, IndicatorUnit unit,
			BigDecimal referenceLow, BigDecimal referenceHigh, String referenceSource, String definition,
			String citation, Boolean yearToDate, Map<Integer, BigDecimal> floors) {
	}
}
