package org.smartcourt.service.web;

import java.util.List;
import java.util.Map;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseSection;
import org.smartcourt.service.internal.ActingAccounts;
import org.smartcourt.service.internal.ServiceAccess;
import org.smartcourt.service.internal.ServiceQueries;
import org.smartcourt.service.internal.ServingStatus;
import org.smartcourt.service.internal.ServingView;
import org.smartcourt.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * 「送达情况」 on the case page: each service of a document on a party, its method, status, effective date with the rule,
 * and the periods it started (答辩期, 上诉期) with their articles. Court staff see all; a party sees the services on the
 * parties it acts for.
 */
@Component
class ServiceStatusSection implements CaseSection {

	private final ServiceQueries queries;

	ServiceStatusSection(ServiceQueries queries) {
		this.queries = queries;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public String template() {
		return "service/case-section";
	}

	@Override
	public Map<String, Object> model(CaseOverview overview, Actor viewer, Audience level) {
		if (level == Audience.PUBLIC) {
			return Map.of();
		}
		boolean court = level == Audience.COURT;
		List<ServingView> servings = queries.ofCase(overview)
			.stream()
			.filter(v -> court || (v.serving().status() != ServingStatus.PENDING
					&& new ActingAccounts(overview, v.party()).includes(viewer.username())))
			.toList();
		return Map.of("servings", servings, "court", court, "caseId", overview.id().value(), "mayServe",
				court && ServiceAccess.mayServe(viewer, overview));
	}
}
