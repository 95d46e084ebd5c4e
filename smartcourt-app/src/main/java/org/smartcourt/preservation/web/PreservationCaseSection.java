package org.smartcourt.preservation.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseSection;
import org.smartcourt.preservation.internal.Application;
import org.smartcourt.preservation.internal.Measure;
import org.smartcourt.preservation.internal.PreservationQueries;
import org.smartcourt.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 「财产保全」 on the case page: the measures of the preservations serving the case, with their expiry dates. The court
 * sees all; a party or lawyer only those it applied for (the respondent learns of a measure from its service, not
 * here). Left out when there are none.
 */
@Component
class PreservationCaseSection implements CaseSection {

	private final PreservationQueries queries;
	private final MessageSource messages;

	PreservationCaseSection(PreservationQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	/** One measure with the application it belongs to. */
	record Row(UUID application, String label, Measure measure) {
	}

	@Override
	public int order() {
		return 55;
	}

	@Override
	public String template() {
		return "preservation/case-section";
	}

	@Override
	public Map<String, Object> model(CaseOverview overview, Actor viewer, Audience level) {
		if (level == Audience.PUBLIC) {
			return Map.of();
		}
		List<Application> list = queries.ofCase(overview.id())
			.stream()
			.filter(a -> level == Audience.COURT || viewer.username().equals(a.filedBy()))
			.toList();
		List<Row> rows = list.stream()
			.flatMap(a -> a.measures().stream().map(m -> new Row(a.id().value(), label(a), m)))
			.filter(r -> r.measure().startDate() != null)
			.toList();
		return rows.isEmpty() ? Map.of() : Map.of("rows", rows);
	}

	private String label(Application a) {
		String kind = messages.getMessage(a.kind().labelKey(), null, a.kind().name(), Locale.SIMPLIFIED_CHINESE);
		return a.reviewCase() == null ? kind : kind + "（" + a.reviewCase().number() + "）";
	}
}
