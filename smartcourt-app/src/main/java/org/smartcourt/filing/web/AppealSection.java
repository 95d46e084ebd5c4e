package org.smartcourt.filing.web;

import java.util.Map;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseSection;
import org.smartcourt.filing.internal.AppealFilings;
import org.smartcourt.shared.Actor;
import org.springframework.stereotype.Component;

/** 「上诉」 on the case page: for parties to a decided first-instance civil case, the 上诉期 and the button to appeal. */
@Component
class AppealSection implements CaseSection {

	private final AppealFilings appeals;

	AppealSection(AppealFilings appeals) {
		this.appeals = appeals;
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public String template() {
		return "filing/appeal-section";
	}

	@Override
	public Map<String, Object> model(CaseOverview overview, Actor viewer, Audience level) {
		return appeals.openFor(viewer, overview, level)
			.<Map<String, Object>>map(period -> Map.of("caseId", overview.id().value(), "period", period))
			.orElse(Map.of());
	}
}
