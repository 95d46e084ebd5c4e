package org.smartcourt.supervision.web;

import java.math.BigDecimal;
import java.util.List;

import org.smartcourt.supervision.internal.IndicatorValue;
import org.smartcourt.supervision.internal.TrialStatistics;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The board as the API gives it: each indicator with its value (a fraction for percentages), how it reads, and the
 * numbers it was computed from, each with the link to its cases.
 */
record BoardResponse(String scope, String period, String periodLabel, long waiting, List<IndicatorResponse> indicators) {

	record IndicatorResponse(String id, String name, String group, String unit, BigDecimal value, String display,
			String formula, BigDecimal floor, boolean belowFloor, BigDecimal referenceLow, BigDecimal referenceHigh,
			String referenceSource, String definition, String citation, List<TermResponse> terms) {
	}

	/** One number of the formula: {@code when} is PERIOD, START or END; {@code cases} lists what it counts. */
	record TermResponse(String measure, String name, String when, long value, String period, String cases) {
	}

	static BoardResponse of(TrialStatistics.Board board, ScopeParams params) {
		return new BoardResponse(board.scope().label(), board.period().text(), board.period().label(), board.waiting(),
				board.indicators().stream().map(v -> indicator(v, params)).toList());
	}

	static IndicatorResponse indicator(IndicatorValue v, ScopeParams params) {
		var i = v.indicator();
		return new IndicatorResponse(i.id(), i.name(), i.group(), i.unit().name(), v.value(),
				IndicatorFormat.format(v.value(), i.unit()), i.formulaText(), v.floor(), v.belowFloor(),
				i.referenceLow(), i.referenceHigh(), i.referenceSource(), i.definition(), i.citation(),
				v.terms().stream().map(t -> term(t, params, "/api/v1/supervision/cases")).toList());
	}

	static TermResponse term(IndicatorValue.TermValue t, ScopeParams params, String path) {
		return new TermResponse(t.measure().id(), t.measure().name(), t.term().when().name(), t.value(),
				t.period().text(), casesLink(path, t, params));
	}

	/** The link to the cases behind a number, with the scope the viewer asked for. */
	static String casesLink(String path, IndicatorValue.TermValue t, ScopeParams params) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(path)
			.queryParam("measure", t.measure().id())
			.queryParam("when", t.term().when().name())
			.queryParam("period", t.period().text());
		if (params.court() != null && !params.court().isBlank()) {
			b.queryParam("court", params.court());
		}
		if (Boolean.TRUE.equals(params.area())) {
			b.queryParam("area", true);
		}
		if (params.department() != null) {
			b.queryParam("department", params.department());
		}
		if (params.judge() != null) {
			b.queryParam("judge", params.judge());
		}
		if (params.type() != null && !params.type().isBlank()) {
			b.queryParam("type", params.type());
		}
		return b.encode().build().toUriString();
	}
}
