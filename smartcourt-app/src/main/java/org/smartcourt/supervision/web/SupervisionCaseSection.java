package org.smartcourt.supervision.web;

import java.util.Map;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseSection;
import org.smartcourt.shared.Actor;
import org.smartcourt.supervision.internal.CaseSupervision;
import org.springframework.stereotype.Component;

/**
 * 「院庭长监督」 on the case page, for the court only: the open flags and unanswered acts, and the way to the case's
 * oversight page for those who supervise it or are its 承办法官. Parties never see it.
 */
@Component
class SupervisionCaseSection implements CaseSection {

	private final CaseSupervision supervision;

	SupervisionCaseSection(CaseSupervision supervision) {
		this.supervision = supervision;
	}

	@Override
	public int order() {
		return 15;
	}

	@Override
	public String template() {
		return "supervision/case-section";
	}

	@Override
	public Map<String, Object> model(CaseOverview overview, Actor viewer, Audience level) {
		if (level != Audience.COURT) {
			return Map.of();
		}
		CaseSupervision.Oversight o = supervision.of(viewer, overview);
		if (o.flags().isEmpty() && o.acts().isEmpty() && !o.mayFlag()) {
			return Map.of();
		}
		return Map.of("o", o, "caseId", overview.id().toString());
	}
}
